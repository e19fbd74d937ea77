package io.github.cnstats.internal.numeral;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each shortcut of {@link NumeralShortcuts} gives what the general method gives, in the same form
 * ({@code equals}, so the same scale too), wherever it answers at all; and it answers for the plain numerals it
 * is there for, so that the agreement is not met by always declining.
 */
class NumeralShortcutsPropertiesTest {

    /** Every magnitude character the lexer makes (十 百 千 万 亿), and none, as the exponent 0. */
    private static final String MAGNITUDES = "十百千万亿兆";

    /** The lexer's Chinese digits (CN_DIGIT) that are digits, not tens. */
    private static final String CHINESE_DIGITS = "零〇○一二两三四五六七八九";

    @Property(tries = 800)
    void plainArabicAgreesWithTheGeneralReading(@ForAll("plainNumerals") String digits,
                                                @ForAll("magnitudeOrNone") String magnitude) {
        int exponent = runExponent(magnitude);
        if (exponent < 0) {
            return; // a run the shortcuts leave to the general method (mayFollowAgreesWithTheGeneralSuffix)
        }
        BigDecimal quick = NumeralShortcuts.plainArabic("前" + digits + "后", 1, digits.length() + 1, exponent);
        BigDecimal general;
        try {
            general = Numerals.applyMagnitudes(Numerals.parseArabic(digits), magnitude);
        } catch (NumeralLimitException tooLarge) {
            assertNull(quick, digits + magnitude); // the limit and its message are the general method's
            return;
        }
        if (digits.replace(".", "").length() <= NumeralShortcuts.MAX_DIGITS && significantDigits(digits) <= 10
                && exponent <= 8) {
            // A long holds any such number scaled by 10^8: the shortcut must answer.
            assertNotNull(quick, digits + magnitude);
        }
        if (quick != null) {
            assertEquals(general, quick, digits + magnitude);
        }
    }

    /** Digits with a point or not, with the zeros in front and at the end that canonical forms drop. */
    @Provide
    Arbitrary<String> plainNumerals() {
        Arbitrary<String> whole = Arbitraries.strings().withChars("0000123456789").ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> fraction = Arbitraries.strings().withChars("0000123456789").ofMinLength(1).ofMaxLength(10);
        return Combinators.combine(whole, fraction, Arbitraries.integers().between(0, 2))
                .as((w, f, shape) -> shape == 0 ? w : w + "." + f);
    }

    /** None, one magnitude character, or a run of them, well-formed (千万, 万亿, 万万) or not (亿万). */
    @Provide
    Arbitrary<String> magnitudeOrNone() {
        return Arbitraries.oneOf(Arbitraries.of("", "十", "百", "千", "万", "亿"),
                Arbitraries.strings().withChars(MAGNITUDES).ofMinLength(2).ofMaxLength(3));
    }

    /**
     * Every run of up to four magnitude characters: where {@link NumeralShortcuts#mayFollow} accepts each
     * character after the one before, the general suffix reads the run as the sum of their powers (or refuses
     * it for its size alone); where it does not, the general suffix refuses the run.
     */
    @Example
    void mayFollowAgreesWithTheGeneralSuffix() {
        List<String> runs = new ArrayList<>(List.of(""));
        int accepted = 0;
        for (int length = 1; length <= 4; length++) {
            List<String> longer = new ArrayList<>();
            for (String run : runs) {
                for (char c : MAGNITUDES.toCharArray()) {
                    longer.add(run + c);
                }
            }
            runs = longer;
            for (String run : runs) {
                int exponent = runExponent(run);
                if (exponent < 0) {
                    assertThrows(NumberFormatException.class, () -> Numerals.applyMagnitudes(BigDecimal.ONE, run),
                            run);
                } else if (exponent > Numerals.MAX_EXPONENT) {
                    assertThrows(NumeralLimitException.class, () -> Numerals.applyMagnitudes(BigDecimal.ONE, run),
                            run);
                } else {
                    assertEquals(BigDecimal.ONE.scaleByPowerOfTen(exponent).setScale(0),
                            Numerals.applyMagnitudes(BigDecimal.ONE, run), run);
                    accepted++;
                }
            }
        }
        assertTrue(accepted > 20, "千万, 万亿, 万万, 亿亿 and the like are read: " + accepted);
        assertFalse(NumeralShortcuts.mayFollow(0, -1), "no magnitude");
    }

    /** The power of a run of magnitudes folded with {@link NumeralShortcuts#mayFollow}, as NumeralReader does. */
    private static int runExponent(String run) {
        int exponent = 0;
        int previous = 0;
        for (char c : run.toCharArray()) {
            int power = NumeralShortcuts.magnitudeExponent(c);
            if (!NumeralShortcuts.mayFollow(previous, power)) {
                return -1;
            }
            exponent += power;
            previous = power;
        }
        return exponent;
    }

    /** Text that is sometimes an Arabic numeral and often not: the shortcut must decline what is not plain. */
    @Property(tries = 500)
    void plainArabicAnswersOnlyWhereTheGeneralReadingDoesTheSame(@ForAll("numeralLikeText") String text) {
        BigDecimal quick = NumeralShortcuts.plainArabic(text, 0, text.length(), 0);
        if (quick != null) {
            assertEquals(Numerals.parseArabic(text), quick, text);
        }
    }

    @Provide
    Arbitrary<String> numeralLikeText() {
        return Arbitraries.strings().withChars("0123456789..,，０９．").ofMinLength(0).ofMaxLength(24);
    }

    @Example
    void plainArabicDeclinesWhatItDoesNotRead() {
        assertNull(NumeralShortcuts.plainArabic("3,291", 0, 5, 0), "grouping commas");
        assertNull(NumeralShortcuts.plainArabic("３９", 0, 2, 0), "full-width digits");
        assertNull(NumeralShortcuts.plainArabic("1234567890123456789", 0, 19, 0), "19 digits");
        assertNull(NumeralShortcuts.plainArabic("123456789012345678", 0, 18, 8), "beyond a long once scaled");
        assertNull(NumeralShortcuts.plainArabic("12.", 0, 3, 0), "a point at the end");
        assertNull(NumeralShortcuts.plainArabic("", 0, 0, 0), "nothing");
        assertNull(NumeralShortcuts.plainArabic("12", 0, 2, 19), "more powers of ten than a long has");
        assertEquals(new BigDecimal("12000000000000"), NumeralShortcuts.plainArabic("12", 0, 2, 12), "12万亿");
    }

    /** Every character: where the shortcut gives a power of ten, the general suffix of that one character agrees. */
    @Example
    void magnitudeExponentAgreesWithTheGeneralSuffixOnEveryCharacter() {
        int answered = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            int exponent = NumeralShortcuts.magnitudeExponent(c);
            if (exponent >= 0) {
                assertEquals(Numerals.applyMagnitudes(BigDecimal.ONE, String.valueOf(c)),
                        BigDecimal.ONE.scaleByPowerOfTen(exponent).setScale(0), String.valueOf(c));
                answered++;
            }
        }
        assertEquals(MAGNITUDES.length(), answered, "the lexer's magnitudes 十 百 千 万 亿 兆");
    }

    /** Every character: where the shortcut gives a digit, the general reading of that one character agrees. */
    @Example
    void chineseDigitAgreesWithTheGeneralReadingOnEveryCharacter() {
        int answered = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            BigDecimal quick = NumeralShortcuts.chineseDigit(c);
            if (quick != null) {
                assertEquals(Numerals.parseChinese(String.valueOf(c)), quick, String.valueOf(c));
                answered++;
            }
        }
        assertEquals(CHINESE_DIGITS.length(), answered, "the lexer's digits, but for 廿 卅 卌");
    }

    private static int significantDigits(String digits) {
        String integer = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        String fraction = digits.contains(".") ? digits.substring(digits.indexOf('.') + 1) : "";
        return integer.replaceFirst("^0+", "").length() + fraction.length();
    }
}
