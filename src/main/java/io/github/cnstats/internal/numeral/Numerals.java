package io.github.cnstats.internal.numeral;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The numeral arithmetic of cnstats: turns the text of a number that the grammar has found into an exact
 * {@link BigDecimal}, and spells numbers back out for formatters.
 *
 * <p>Forms read: Arabic ({@code 391000}, {@code 3,291}, {@code 39.1}), Chinese (三千二百, 两万, 廿五, 一七五三,
 * 廿五点二亿, 一万五), and mixed ({@code 1.2万}, {@code 3千万}, {@code 4.06亿}). Input is expected after NFKC and
 * Traditional→Simplified normalisation, but full-width digits and the Traditional 萬 億 兩 點 are read as well.
 *
 * <p><b>Results.</b> Every value is returned in one canonical form: trailing zeros after the point stripped and
 * scale never negative, so {@code toPlainString()} gives the spec's normal form and numerically equal results
 * are also {@code equals}. Compare values from elsewhere with {@code compareTo}.
 *
 * <p><b>Limits.</b> Numerals longer than {@link #MAX_NUMERAL_LENGTH} characters and values above
 * 10^{@link #MAX_EXPONENT} are refused with a {@link NumeralLimitException} before any arithmetic, so hostile
 * text costs microseconds. Apart from {@link NullPointerException} for null arguments, the parse methods throw
 * only {@link NumberFormatException} (of which {@code NumeralLimitException} is one).
 *
 * <p>{@link NumeralShortcuts} reads the most common forms (a plain Arabic number with at most one magnitude,
 * a lone Chinese digit) straight from a text's characters, and declines everything else; what it answers,
 * these methods would answer too.
 */
public final class Numerals {

    /** The longest numeral, in characters, that is read; longer text is refused unread. */
    public static final int MAX_NUMERAL_LENGTH = 64;

    /** The largest value read is 10 to this power (一亿亿亿); larger values are refused. */
    public static final int MAX_EXPONENT = 24;

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numerals() {
    }

    /**
     * The one form in which values are stored, here and in the records of the public API: trailing zeros after
     * the point stripped and scale never negative, so that numerically equal values are {@code equals} and
     * {@link BigDecimal#toPlainString()} never needs an exponent.
     *
     * @param value a number
     * @return the same number in canonical form
     */
    public static BigDecimal canonical(BigDecimal value) {
        return Limits.canonical(value);
    }

    /**
     * The spec's normal form of a decimal: no exponent, no grouping, no trailing zeros after the point.
     *
     * @param value a number
     * @return its plain text, e.g. {@code 391000}, {@code 5.7}
     */
    public static String plain(BigDecimal value) {
        return Limits.canonical(value).toPlainString();
    }

    /**
     * Reads an Arabic numeral: digits, optional thousands separators, optional decimal part; ASCII or
     * full-width. {@code "391000"}, {@code "39.1"}, {@code "3,291"}, {@code "1,234,567.5"}, {@code "３９．１"}.
     * No sign, exponent or surrounding space.
     *
     * @param text the numeral
     * @return its exact value, canonical
     * @throws NumberFormatException  if the text is not a well-formed Arabic numeral
     * @throws NumeralLimitException if it is too long or too large
     */
    public static BigDecimal parseArabic(String text) {
        return ArabicNumerals.parse(Objects.requireNonNull(text, "text"));
    }

    /**
     * Reads a Chinese numeral: positional (三千二百 = 3200, 一千零五 = 1005, 十四 = 14, 两万亿 = 2×10^12), spoken
     * with elision (一万五 = 15000, 两百五 = 250), with 廿 卅 卌 (廿五 = 25), digit by digit (一七五三 = 1753,
     * 二〇二三 = 2023), with 点 and a fraction (三点一四 = 3.14, 廿五点二亿 = 2520000000), or a bare magnitude
     * (万, 百万, 万亿). Archaic doubled magnitudes multiply (万万 = 10^8, 亿亿 = 10^16). The rules are set out in
     * {@link ChineseNumeralEvaluator}.
     *
     * @param text the numeral
     * @return its exact value, canonical
     * @throws NumberFormatException  if the text is not a well-formed Chinese numeral
     * @throws NumeralLimitException if it is too long or too large
     */
    public static BigDecimal parseChinese(String text) {
        return ChineseNumeralEvaluator.evaluate(Objects.requireNonNull(text, "text"));
    }

    /**
     * Multiplies a number by the magnitude characters that follow it in text: 1.2 and 万 give 12000,
     * 3 and 千万 give 30000000, 2 and 万亿 give 2×10^12. Accepted: at most one of 十 百 千, first, then 万 and 亿
     * (also 萬 億) never smaller after larger. An empty string multiplies by one.
     *
     * @param base       the number before the magnitudes
     * @param magnitudes the magnitude characters, e.g. {@code "万"}, {@code "千万"}, {@code "万亿"}
     * @return {@code base} times every magnitude, canonical
     * @throws NumberFormatException  if {@code magnitudes} is not a run of magnitude characters
     * @throws NumeralLimitException if it is too long or the result too large
     */
    public static BigDecimal applyMagnitudes(BigDecimal base, String magnitudes) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(magnitudes, "magnitudes");
        Limits.checkLength(magnitudes);
        List<Glyph> glyphs = Glyph.tokenize(magnitudes, 0, magnitudes.length());
        int exponent = MagnitudeSuffix.exponent(magnitudes, glyphs, 0, glyphs.size());
        return Limits.shift(base, exponent, magnitudes);
    }

    /**
     * Reads a Chinese numeral that an approximation word (余 多 几) splits from its magnitudes: 十余万 is 十 and 万,
     * 100000; 二十多亿 is 2×10^9. In 一百几十万 the unit right after the word (十) is the place of the digits the
     * word stands for, smaller than the last unit before it: it adds nothing to the base, and 一百几十万 is
     * 一百 × 万, as is 一百零几万 (a 零 before the word marks the missing place). Any other unit there (十多十) is
     * refused.
     *
     * @param base       the numeral before the word
     * @param magnitudes the magnitude characters after it
     * @return the base scaled by the magnitudes, canonical
     * @throws NumberFormatException  if the parts are not such a numeral
     * @throws NumeralLimitException if they are too long or the result too large
     */
    public static BigDecimal parseApproximatedChinese(String base, String magnitudes) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(magnitudes, "magnitudes");
        Limits.checkLength(base);
        Limits.checkLength(magnitudes);
        String scale = magnitudes;
        Glyph first = magnitudes.isEmpty() ? null : Glyph.classify(magnitudes.charAt(0), 0);
        if (first != null && first.kind() == Glyph.Kind.UNIT) {
            Glyph last = base.isEmpty() ? null : Glyph.classify(base.charAt(base.length() - 1), 0);
            if (last == null || last.kind() != Glyph.Kind.UNIT || last.value() <= first.value()) {
                throw NumeralErrors.malformed(base + magnitudes, base.length(),
                        "an approximation before " + magnitudes.charAt(0) + " needs a larger unit before it");
            }
            scale = magnitudes.substring(1);
        }
        String written = base;
        if (written.length() > 1 && Glyph.classify(written.charAt(written.length() - 1), 0) != null
                && Glyph.classify(written.charAt(written.length() - 1), 0).isZero()) {
            written = written.substring(0, written.length() - 1); // 一百零几万: the 零 before the word's digits
        }
        BigDecimal value = ChineseNumeralEvaluator.evaluate(written);
        return scale.isEmpty() ? value : applyMagnitudes(value, scale);
    }

    /**
     * Reads any numeral of official text: Arabic with magnitude characters after it ({@code 1.2万},
     * {@code 3千万}, {@code 4.06亿}, {@code 3,291亿}), plain Arabic ({@code 12}), or Chinese (三千二百).
     *
     * @param text the numeral
     * @return its exact value, canonical
     * @throws NumberFormatException  if the text is none of these forms
     * @throws NumeralLimitException if it is too long or too large
     */
    public static BigDecimal parseMixed(String text) {
        Objects.requireNonNull(text, "text");
        Limits.checkLength(text);
        if (text.isEmpty() || ArabicNumerals.digit(text.charAt(0)) < 0) {
            return ChineseNumeralEvaluator.evaluate(text);
        }
        int end = 0;
        while (end < text.length() && isArabicNumeralChar(text.charAt(end))) {
            end++;
        }
        BigDecimal base = ArabicNumerals.parse(text.substring(0, end));
        List<Glyph> glyphs = Glyph.tokenize(text, end, text.length());
        int exponent = MagnitudeSuffix.exponent(text, glyphs, 0, glyphs.size());
        return Limits.shift(base, exponent, text);
    }

    /**
     * Turns a statement in tenths (成) into a percentage: 七成 is 7 tenths, 70 %; 3成6 is 3 tenths and
     * 6 hundredths, 36 %; 2.5成 is 25 %.
     *
     * @param tenths            the number before 成, from 0 to 10
     * @param hundredthsOrNull  the digit after 成 (0–9), or {@code null} if there is none; when given,
     *                          {@code tenths} must be a whole number
     * @return the percentage, from 0 to 100, canonical
     * @throws NumberFormatException if the numbers cannot be tenths and hundredths of a whole
     */
    public static BigDecimal tenthsToPercent(BigDecimal tenths, BigDecimal hundredthsOrNull) {
        Objects.requireNonNull(tenths, "tenths");
        // Range checks come first, so that no arithmetic is done on a hostile value such as 1E+999999999.
        if (tenths.signum() < 0 || tenths.compareTo(TEN) > 0) {
            throw new NumberFormatException("成 counts tenths of a whole: expected 0 to 10 tenths, not " + tenths);
        }
        BigDecimal percent = tenths.multiply(TEN);
        if (hundredthsOrNull != null) {
            if (hundredthsOrNull.signum() < 0 || hundredthsOrNull.compareTo(TEN) >= 0
                    || !isWhole(hundredthsOrNull)) {
                throw new NumberFormatException("the digit after 成 must be 0 to 9, not " + hundredthsOrNull);
            }
            if (!isWhole(tenths)) {
                throw new NumberFormatException("a digit after 成 needs a whole number of tenths, not " + tenths);
            }
            percent = percent.add(hundredthsOrNull);
        }
        if (percent.compareTo(HUNDRED) > 0) {
            throw new NumberFormatException("成 counts tenths of a whole: " + percent + " % is more than 十成");
        }
        return Limits.canonical(percent);
    }

    /**
     * Reads a statement in tenths: a numeral, 成, and optionally one digit: 七成 = 70, 3成6 = 36, 七成五 = 75,
     * 两成 = 20, 十成 = 100.
     *
     * @param text the statement, 成 included
     * @return the percentage it states, canonical
     * @throws NumberFormatException  if the text is not such a statement
     * @throws NumeralLimitException if it is too long
     */
    public static BigDecimal parseTenths(String text) {
        Objects.requireNonNull(text, "text");
        Limits.checkLength(text);
        int cheng = text.indexOf('成');
        if (cheng <= 0) {
            throw NumeralErrors.malformed(text, Math.max(cheng, 0), "expected a number followed by 成");
        }
        BigDecimal tenths = parseMixed(text.substring(0, cheng));
        String after = text.substring(cheng + 1);
        if (after.isEmpty()) {
            return tenthsToPercent(tenths, null);
        }
        int digit = after.length() == 1 ? digitValue(after.charAt(0)) : -1;
        if (digit < 0) {
            throw NumeralErrors.malformed(text, cheng + 1, "only one digit may follow 成");
        }
        return tenthsToPercent(tenths, BigDecimal.valueOf(digit));
    }

    /**
     * Spells a number in canonical Simplified Chinese numerals: 391000 → 三十九万一千, 1005 → 一千零五,
     * 30200 → 三万零二百, 10 → 十, 110 → 一百一十, 100000000 → 一亿, 1.2×10^12 → 一万二千亿, 3.14 → 三点一四,
     * 0 → 零. The form uses 二 (never 两), 零 for every gap, and 万亿 rather than 兆; see
     * {@link ChineseNumeralWriter} for the rules and why ICU's spell-out is not used.
     * {@code parseChinese(toChinese(v))} equals {@code v}.
     *
     * @param value a number, not negative, below 10^16, with at most {@link #MAX_NUMERAL_LENGTH} digits after
     *              the point once trailing zeros are stripped
     * @return its spelling
     * @throws IllegalArgumentException if the value is out of that range
     */
    public static String toChinese(BigDecimal value) {
        return ChineseNumeralWriter.write(Objects.requireNonNull(value, "value"));
    }

    /**
     * Writes a number in the style of official text: plain below 10^4 ({@code 3291}), with 万 below 10^8
     * ({@code 39.1万}), with 亿 below 10^12 ({@code 4.06亿}), with 万亿 above ({@code 1.2万亿}); no trailing
     * zeros. {@code parseMixed(toMagnitudeForm(v))} equals {@code v} whenever the form is at most
     * {@link #MAX_NUMERAL_LENGTH} characters long.
     *
     * @param value a number, not negative, at most 10^{@link #MAX_EXPONENT}, with at most
     *              {@link #MAX_NUMERAL_LENGTH} digits after the point once trailing zeros are stripped
     * @return its magnitude form
     * @throws IllegalArgumentException if the value is out of that range
     */
    public static String toMagnitudeForm(BigDecimal value) {
        return MagnitudeForm.write(Objects.requireNonNull(value, "value"));
    }

    private static boolean isArabicNumeralChar(char c) {
        return ArabicNumerals.digit(c) >= 0 || ArabicNumerals.isSeparator(c) || ArabicNumerals.isPoint(c);
    }

    /** An Arabic digit (ASCII or full-width) or a Chinese one; -1 for anything else. */
    private static int digitValue(char c) {
        int arabic = ArabicNumerals.digit(c);
        if (arabic >= 0) {
            return arabic;
        }
        Glyph glyph = Glyph.classify(c, 0);
        return glyph != null && glyph.kind() == Glyph.Kind.DIGIT ? glyph.value() : -1;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
