package io.github.cnstats.internal.numeral;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trips and agreements that must hold for every number, not only for the examples. */
class NumeralPropertiesTest {

    private static final long INTEGER_BOUND = 10_000_000_000_000_000L;
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";
    private static final List<Character> ZEROS = List.of('零', '〇', '○');

    private static void assertSameValue(BigDecimal expected, BigDecimal actual, String input) {
        assertEquals(0, expected.compareTo(actual), () -> input + " gave " + actual.toPlainString()
                + ", expected " + expected.toPlainString());
    }

    // --- parseChinese(toChinese(n)) == n ---------------------------------------------------------------

    @Property
    void chineseSpellingOfEveryIntegerReadsBack(@ForAll @LongRange(min = 0, max = INTEGER_BOUND - 1) long n) {
        String spelled = Numerals.toChinese(BigDecimal.valueOf(n));
        assertSameValue(BigDecimal.valueOf(n), Numerals.parseChinese(spelled), spelled);
    }

    /** Uniform longs rarely have zeros inside; these have many, to exercise every 零 rule. */
    @Property
    void chineseSpellingOfIntegersFullOfZerosReadsBack(@ForAll("integersFullOfZeros") long n) {
        String spelled = Numerals.toChinese(BigDecimal.valueOf(n));
        assertSameValue(BigDecimal.valueOf(n), Numerals.parseChinese(spelled), spelled);
    }

    @Provide
    Arbitrary<Long> integersFullOfZeros() {
        return Arbitraries.strings().withChars("000000123456789").ofMinLength(1).ofMaxLength(16).map(Long::parseLong);
    }

    @Property
    void chineseSpellingOfDecimalsReadsBack(@ForAll("integersFullOfZeros") long integer,
                                            @ForAll @IntRange(min = 0, max = 99_999_999) int fraction,
                                            @ForAll @IntRange(min = 1, max = 8) int fractionDigits) {
        BigDecimal value = BigDecimal.valueOf(integer).add(BigDecimal.valueOf(fraction % pow10(fractionDigits),
                fractionDigits));
        String spelled = Numerals.toChinese(value);
        assertSameValue(value, Numerals.parseChinese(spelled), spelled);
    }

    // --- parseMixed(toMagnitudeForm(v)) == v ---------------------------------------------------------------

    @Property
    void magnitudeFormReadsBack(@ForAll("decimalsUpToTheLimit") BigDecimal value) {
        String form = Numerals.toMagnitudeForm(value);
        assertSameValue(value, Numerals.parseMixed(form), form);
    }

    @Provide
    Arbitrary<BigDecimal> decimalsUpToTheLimit() {
        // An unscaled value below 10^20 with a scale from -4 to 10 spans [0, 10^24] and many decimal lengths.
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(20));
        Arbitrary<Integer> scale = Arbitraries.integers().between(-4, 10);
        return Combinators.combine(unscaled, scale).as(BigDecimal::new);
    }

    @Property
    void magnitudeFormIsPlainBelowTenThousandAndOneMagnitudeAbove(@ForAll("decimalsUpToTheLimit") BigDecimal value) {
        String form = Numerals.toMagnitudeForm(value);
        String magnitude = form.replaceAll("^[0-9.]+", "");
        String expected = value.compareTo(new BigDecimal("1E4")) < 0 ? ""
                : value.compareTo(new BigDecimal("1E8")) < 0 ? "万"
                : value.compareTo(new BigDecimal("1E12")) < 0 ? "亿" : "万亿";
        assertEquals(expected, magnitude, form);
        String number = form.substring(0, form.length() - magnitude.length());
        assertTrue(!number.contains(".") || !number.endsWith("0"), () -> "trailing zero in " + form);
    }

    // --- digit by digit ---------------------------------------------------------------------------------------

    @Property
    void digitByDigitSpellingReadsAsTheInteger(@ForAll @LongRange(min = 0) long n,
                                               @ForAll @IntRange(min = 0, max = 2) int zeroStyle,
                                               @ForAll @IntRange(min = 0, max = 3) int leadingZeros) {
        String digits = "0".repeat(leadingZeros) + n;
        if (digits.length() < 2) {
            digits = "0" + digits;    // one digit alone is a plain digit, not digit by digit
        }
        StringBuilder spelled = new StringBuilder();
        for (char c : digits.toCharArray()) {
            spelled.append(c == '0' ? ZEROS.get(zeroStyle) : CHINESE_DIGITS.charAt(c - '0'));
        }
        assertSameValue(BigDecimal.valueOf(n), Numerals.parseChinese(spelled.toString()), spelled.toString());
    }

    // --- thousands separators and full width ---------------------------------------------------------------------

    @Property
    void thousandsSeparatorsDoNotChangeTheValue(@ForAll("decimalsUpToTheLimit") BigDecimal value) {
        String plain = value.toPlainString();
        String grouped = group(plain);
        assertSameValue(Numerals.parseArabic(plain), Numerals.parseArabic(grouped), grouped);
        assertSameValue(value, Numerals.parseArabic(plain), plain);
    }

    @Property
    void fullWidthFormsReadAsTheirAsciiForms(@ForAll("decimalsUpToTheLimit") BigDecimal value) {
        String grouped = group(value.toPlainString());
        StringBuilder fullWidth = new StringBuilder();
        for (char c : grouped.toCharArray()) {
            fullWidth.append(c == ',' ? '，' : c == '.' ? '．' : (char) (c - '0' + '０'));
        }
        assertSameValue(Numerals.parseArabic(grouped), Numerals.parseArabic(fullWidth.toString()),
                fullWidth.toString());
    }

    /** Inserts a comma every three digits of the integer part. */
    private static String group(String plain) {
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        String rest = point < 0 ? "" : plain.substring(point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return grouped + rest;
    }

    // --- robustness: nothing but a value or a NumberFormatException ---------------------------------------------

    @Property
    void anyStringOfNumeralCharactersGivesAValueOrANumberFormatException(
            @ForAll @StringLength(max = 70) @net.jqwik.api.constraints.Chars({
                '零', '〇', '一', '二', '两', '三', '五', '九', '十', '百', '千', '万', '亿', '点', '廿', '萬'
            }) String text) {
        assertOnlyValueOrNumberFormatException(text, () -> Numerals.parseChinese(text));
    }

    @Property
    void anyMixedStringGivesAValueOrANumberFormatException(
            @ForAll @StringLength(max = 70) @net.jqwik.api.constraints.Chars({
                '0', '1', '5', '9', ',', '.', '９', '，', '．', '万', '亿', '千', '十', '三', '零', '点', '成'
            }) String text) {
        assertOnlyValueOrNumberFormatException(text, () -> Numerals.parseMixed(text));
        assertOnlyValueOrNumberFormatException(text, () -> Numerals.parseTenths(text));
    }

    private static void assertOnlyValueOrNumberFormatException(String text,
                                                               java.util.function.Supplier<BigDecimal> parse) {
        BigDecimal value;
        try {
            value = parse.get();
        } catch (NumberFormatException expected) {
            return;
        }
        // Anything else thrown (ArithmeticException, StackOverflowError, ...) fails the property by itself.
        assertTrue(value.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(Numerals.MAX_EXPONENT)) <= 0, text);
        assertTrue(text.length() <= Numerals.MAX_NUMERAL_LENGTH, text);
        assertTrue(value.scale() >= 0 && (value.scale() == 0 || value.unscaledValue().mod(BigInteger.TEN).signum() != 0),
                () -> text + " gave a non-canonical " + value);
    }

    private static int pow10(int exponent) {
        return BigInteger.TEN.pow(exponent).intValueExact();
    }
}
