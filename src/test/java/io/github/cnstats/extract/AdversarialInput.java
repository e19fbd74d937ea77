package io.github.cnstats.extract;

import java.nio.charset.StandardCharsets;

/**
 * Inputs built to make a parser slow or crash: no sentence break in 10 MB, a megabyte of digits, a magnitude
 * repeated 100,000 times, 50,000 nested brackets, a change word repeated for a megabyte. Parsing each must cost
 * time linear in its length and must not fail; {@code ParseRobustnessTest} checks the second, the JMH
 * benchmarks in {@code src/jmh} measure the first.
 */
public enum AdversarialInput {

    /** One 10 MB line of statistics and prose with commas but no sentence end. */
    ONE_LONG_LINE {
        @Override
        public String text() {
            return repeatToBytes("全省共侦破盗窃案件12.6万起,同比下降4.3%,各地各部门持续推进平安建设,", 10 * MB);
        }
    },
    /** 1 MB of ASCII digits: one number with no end. */
    DIGITS {
        @Override
        public String text() {
            return repeatToBytes("1234567890", MB);
        }
    },
    /** 100,000 repetitions of the magnitude 万. */
    MAGNITUDES {
        @Override
        public String text() {
            return "1" + "万".repeat(100_000) + "人";
        }
    },
    /** 50,000 nested brackets around one statistic. */
    NESTED_BRACKETS {
        @Override
        public String text() {
            return "(".repeat(50_000) + "破获案件39.1万起" + ")".repeat(50_000);
        }
    },
    /** 1 MB of the change words 同比上升 with no amount. */
    CHANGE_WORDS {
        @Override
        public String text() {
            return repeatToBytes("同比上升", MB);
        }
    };

    private static final int MB = 1024 * 1024;

    /** @return the input; built on each call, since the largest is 10 MB */
    public abstract String text();

    private static String repeatToBytes(String unit, int bytes) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat(Math.max(1, bytes / unitBytes));
    }
}
