package io.github.cnstats.internal.extract;

import java.util.regex.Pattern;

/** Section headers: 分季度看, 从分产业看, 分地区看, 按消费类型分, which name what follows and count nothing. */
final class ComparisonFrames {

    /** 分季度看, 从分产业看, 分地区看, 按消费类型分: a section header, which names what follows and counts nothing. */
    private static final Pattern HEADER = Pattern.compile("\\s*(?:从|分|按)[^,;:。]{1,10}?(?:来看|看|分)\\s*");

    private ComparisonFrames() {
    }

    /** @return whether {@code text[start, end)}, a clause, is a section header */
    static boolean isHeader(String text, int start, int end) {
        return HEADER.matcher(text).region(start, end).matches();
    }
}
