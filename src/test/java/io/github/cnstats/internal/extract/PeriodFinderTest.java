package io.github.cnstats.internal.extract;

import io.github.cnstats.Period;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link PeriodFinder} answers as if it ran every pattern afresh on every question: the shapes it skips by their
 * first two characters, and the matches it remembers by start, change no answer. The reference below is the
 * finder as it was before either, kept here to compare against.
 */
class PeriodFinderTest {

    /** Characters that periods are made of, that end or follow them, and a few that have nothing to do with them. */
    private static final String ALPHABET = "0123456789一二三四五六七八九十两〇○零年月份日个季度末半上下前首第今去本当次"
            + "截至止到目为自以来近过去最未连续周天全内初底中旬时期间“”增降级龄比较与于的万,;:-—案";

    /** Pieces that make long periods when put together: 自二〇二三年11月份至12个月份以来. */
    private static final String[] PIECES = {
        "2023", "二〇二三", "12", "十二", "一", "4", "年", "个", "月", "份", "至", "到", "—", "-", "日", "以来", "至今",
        "自", "第", "季度", "末", "上半", "下半", "前", "首", "截至", "截止到", "底", "中旬", "连续", "过去", "近", "最近",
        "“", "”", "时期", "来", "度", "比", ",", "增长", "的"};

    /** A character outside the Basic Multilingual Plane, written as a surrogate pair. */
    private static final String SUPPLEMENTARY = "𠀀";

    @Test
    void answersAsTheUnrememberedPatternsDo() {
        Random random = new Random(2026);
        for (int round = 0; round < 300; round++) {
            String text = round % 2 == 0 ? randomPieces(random, 1 + random.nextInt(30))
                    : randomText(random, round % 10 == 1 ? 3000 : 1 + random.nextInt(80));
            PeriodFinder finder = new PeriodFinder(text);
            for (int question = 0; question < 200; question++) {
                int start = random.nextInt(text.length());
                int end = start + 1 + random.nextInt(Math.min(40, text.length() - start));
                String where = "in " + text + " at [" + start + ", " + end + ")";
                assertEquals(Reference.endOfPeriodAt(text, start, end), finder.endOfPeriodAt(start, end), where);
                assertEquals(Reference.longestAt(text, start, end), finder.longestAt(start, end), where);
            }
        }
    }

    @Test
    void theLongestPeriodsOfTheShapesWithCluesAreFound() {
        // The clue of each shape is written as far in as the pattern allows.
        assertOnePeriod("自2023个年1111月份至1111个月份以来", Period.Kind.SINCE);
        assertOnePeriod("2023个年1111份至1111个月份", Period.Kind.MONTHS);
        assertOnePeriod("过去1111个年来", Period.Kind.DURATION);
        assertOnePeriod("1111个年前1111个季度", Period.Kind.UP_TO);
        assertOnePeriod("1111个年", Period.Kind.YEAR);
        assertOnePeriod("截止到1111日", Period.Kind.UP_TO);
        assertOnePeriod("“𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇”时期", Period.Kind.OTHER);
        assertOnePeriod("“一二三四五六七八”期间", Period.Kind.OTHER);
    }

    /** {@code text} is one period of {@code kind}, from its first character to its last. */
    private static void assertOnePeriod(String text, Period.Kind kind) {
        assertEquals(new PeriodFinder.Found(0, text.length(), kind),
                new PeriodFinder(text).longestAt(0, text.length()), text);
    }

    @Test
    void aPeriodCutByTheRegionEndIsMatchedAgainForThatEnd() {
        String text = "2023年1至11月份,增长";
        PeriodFinder finder = new PeriodFinder(text);
        assertEquals(11, finder.endOfPeriodAt(0, text.length())); // 2023年1至11月份
        assertEquals(10, finder.endOfPeriodAt(0, 10)); // 2023年1至11月
        assertEquals(5, finder.endOfPeriodAt(0, 9)); // 2023年, as 1至11 is no month
        assertEquals(5, finder.endOfPeriodAt(0, 8)); // 2023年 again, at an end the patterns read past
        assertEquals(11, finder.endOfPeriodAt(0, 12)); // the whole again, beyond what the patterns read
        assertEquals(new PeriodFinder.Found(0, 5, Period.Kind.YEAR), finder.longestAt(0, 7));
    }

    private static String randomPieces(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            if (random.nextInt(40) == 0) {
                text.append(SUPPLEMENTARY);
            } else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    /** The finder before its shortcuts: every pattern at every position it is asked about. */
    private static final class Reference {

        static int endOfPeriodAt(String text, int start, int end) {
            PeriodFinder.Found found = longestAt(text, start, end);
            return found == null ? start : found.end();
        }

        static PeriodFinder.Found longestAt(String text, int start, int end) {
            return isComparedWith(text, start) ? null : matchAt(text, start, end);
        }

        private static PeriodFinder.Found matchAt(String text, int start, int end) {
            if (!(text.charAt(start) >= '0' && text.charAt(start) <= '9'
                    || "截到自近过最未前今去上明本当次全年连“一二三四五六七八九十两〇○零第下".indexOf(text.charAt(start)) >= 0)) {
                return null;
            }
            PeriodFinder.Found best = null;
            for (PeriodShapes.Shape shape : PeriodShapes.SHAPES) {
                Matcher m = shape.pattern().matcher(text).region(start, end);
                if (m.lookingAt() && m.end() > start && (best == null || m.end() > best.end())) {
                    best = new PeriodFinder.Found(start, m.end(), shape.kind());
                }
            }
            if (best == null) {
                return null;
            }
            if (best.end() < end && "级度龄".indexOf(text.charAt(best.end())) >= 0) {
                return null;
            }
            return best;
        }

        private static boolean isComparedWith(String text, int start) {
            return start > 0 && "比较与于".indexOf(text.charAt(start - 1)) >= 0;
        }
    }
}
