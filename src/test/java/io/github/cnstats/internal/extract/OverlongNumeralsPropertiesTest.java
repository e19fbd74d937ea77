package io.github.cnstats.internal.extract;

import io.github.cnstats.Diagnostic;
import io.github.cnstats.ParserLimits;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@link OverlongNumerals#blank} probes one character in {@code CEILING + 1}; it must blank and report exactly
 * the runs that looking at every character finds, wherever they start and however long they are.
 */
class OverlongNumeralsPropertiesTest {

    private static final int CEILING = ParserLimits.CEILING_MAX_NUMERAL_LENGTH;

    /** Texts of runs of numeral characters with lengths around the ceiling, between short stretches of prose. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> numerals = Arbitraries.of('1', '0', '.', ',', '万', '亿', '三', '〇', '卌').list()
                .ofMinSize(0).ofMaxSize(3 * CEILING)
                .map(OverlongNumeralsPropertiesTest::join);
        Arbitrary<String> nearCeiling = Arbitraries.integers().between(CEILING - 2, CEILING + 2)
                .map(length -> "7".repeat(length));
        Arbitrary<String> prose = Arbitraries.of('案', '件', 'a', ' ', '□', '%').list().ofMinSize(0).ofMaxSize(80)
                .map(OverlongNumeralsPropertiesTest::join);
        return Arbitraries.oneOf(numerals, nearCeiling, prose).list().ofMaxSize(12)
                .map(pieces -> String.join("", pieces));
    }

    @Property
    void blanksWhatAScanOfEveryCharacterBlanks(@ForAll("texts") String text) {
        List<Declined> expected = new ArrayList<>();
        List<Declined> actual = new ArrayList<>();
        assertEquals(everyCharacter(text, expected), OverlongNumerals.blank(text, actual));
        assertEquals(expected, actual);
    }

    @Test
    void aRunOfExactlyTheCeilingStaysAndOneMoreIsBlanked() {
        for (int before = 0; before <= CEILING + 1; before++) {
            String prose = "案".repeat(before);
            List<Declined> declined = new ArrayList<>();
            String atCeiling = prose + "9".repeat(CEILING) + "件";
            assertSame(atCeiling, OverlongNumerals.blank(atCeiling, declined));
            String overlong = prose + "9".repeat(CEILING + 1);
            assertEquals(prose + "□".repeat(CEILING + 1), OverlongNumerals.blank(overlong, declined));
            assertEquals(List.of(new Declined(Diagnostic.Kind.NUMERAL_TOO_LONG, before, before + CEILING + 1,
                    "run of " + (CEILING + 1) + " numeral characters is longer than any numeral (" + CEILING + ")")),
                    declined);
        }
    }

    /** The scan as it was: every character looked at, in order. */
    private static String everyCharacter(String text, List<Declined> declined) {
        String numeralChars = "0123456789.,零〇○一二两三四五六七八九十百千万亿廿卅卌点";
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < text.length()) {
            if (numeralChars.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && numeralChars.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            if (i - start > CEILING) {
                java.util.Arrays.fill(chars, start, i, '□');
                declined.add(new Declined(Diagnostic.Kind.NUMERAL_TOO_LONG, start, i,
                        "run of " + (i - start) + " numeral characters is longer than any numeral (" + CEILING + ")"));
            }
        }
        return new String(chars);
    }

    private static String join(List<Character> characters) {
        StringBuilder out = new StringBuilder(characters.size());
        characters.forEach(out::append);
        return out.toString();
    }
}
