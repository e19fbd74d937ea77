package io.github.cnstats.internal.numeral;

import java.math.BigDecimal;

/**
 * The numerals that most text writes, read straight from the characters with no {@code String} built: a plain
 * Arabic number of at most {@value #MAX_DIGITS} digits scaled by a well-formed run of magnitude characters
 * ({@code 2074}, {@code 39.1}, {@code 1.2万}, {@code 3千万}), and a lone Chinese digit (一, 三, 两). They are
 * nine in ten numerals of official text.
 *
 * <p>Each method gives exactly the value, in the same canonical form, that the general method named in its
 * documentation gives, or {@code null} where the shortcut does not apply; it never throws. So a caller tries
 * the shortcut and falls back to the general method on {@code null}, and every malformed numeral, every limit
 * and every message stays the general method's. {@code NumeralShortcutsPropertiesTest} holds each shortcut
 * to its general method.
 */
public final class NumeralShortcuts {

    /**
     * The most digits read here: below 10^18 the digits fit a {@code long}; scaled by magnitudes, the value is
     * read here only while the product still fits one (a value of at most 10 digits does after 亿), and longer
     * ones are left to {@code BigDecimal}. It is also the largest power of ten that scales a number here.
     */
    static final int MAX_DIGITS = 18;

    private static final long[] POWERS_OF_TEN = new long[MAX_DIGITS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private NumeralShortcuts() {
    }

    /**
     * The power of ten of one magnitude character standing alone after a number: 十 is 1, 万 is 4, 亿 is 8, 兆 is 12.
     * Any one of them alone is a well-formed suffix for {@link Numerals#applyMagnitudes}, which only refuses
     * runs (a unit after another character, a smaller magnitude after a larger one). Only the characters of
     * normalised text are read here, which are the lexer's {@code MAGNITUDE}s; the Traditional and financial
     * forms are left to the general method.
     *
     * @param c a character
     * @return its power of ten, or -1
     */
    public static int magnitudeExponent(char c) {
        return switch (c) {
            case '十' -> 1;
            case '百' -> 2;
            case '千' -> 3;
            case '万' -> 4;
            case '亿' -> 8;
            case '兆' -> 12;
            default -> -1;
        };
    }

    /**
     * Whether a magnitude of power {@code power} may follow one of power {@code previous} in a run of magnitude
     * characters after a number, as {@link Numerals#applyMagnitudes} reads runs ({@code MagnitudeSuffix}): a unit
     * (十 百 千) only first, then 万 and 亿, never a smaller after a larger. So 千万, 万亿, 万万 and 亿亿 are read,
     * and 亿万, 万千 and 十十 are not. The power of a run it accepts is the sum of its characters' powers.
     *
     * <p>A run read this way, character by character, needs neither the characters side by side nor a
     * {@code String} of them: 300万余万 scales 300 by 万万 with 余 between.
     *
     * @param previous the power of the character before, from {@link #magnitudeExponent}, or 0 at the start
     * @param power    the power of this character, from {@link #magnitudeExponent} (-1 for none)
     * @return whether the run stays one that the general method accepts; false also for a {@code power} of -1
     */
    public static boolean mayFollow(int previous, int power) {
        if (power >= 4) {
            return power >= previous; // 万 and 亿: a unit before is always smaller
        }
        return power > 0 && previous == 0; // 十 百 千: only first
    }

    /**
     * The value of {@code text[from, to)} read as a plain Arabic numeral, times 10^{@code exponent}: what
     * {@code Numerals.applyMagnitudes(Numerals.parseArabic(digits), magnitudes)} gives for magnitudes of that
     * exponent, and {@code Numerals.parseArabic(digits)} for exponent 0. Any value answered is below 2^63, so
     * far below the {@link Numerals#MAX_EXPONENT} that the general method holds it to.
     *
     * @param text     the text holding the numeral
     * @param from     where its first digit is
     * @param to       the index after its last character
     * @param exponent the power of ten to scale by, from 0 to {@value #MAX_DIGITS}
     * @return the value, canonical; or {@code null} if the characters are not ASCII digits with at most one
     *         point between digits, have more than {@value #MAX_DIGITS} digits, or the scaled value does not fit
     *         a {@code long} (grouping commas, full-width digits and the rest are left to the general method)
     */
    public static BigDecimal plainArabic(CharSequence text, int from, int to, int exponent) {
        if (exponent < 0 || exponent > MAX_DIGITS || to - from > MAX_DIGITS + 1) {
            return null;
        }
        long unscaled = 0;
        int digits = 0;
        int point = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0'); // at most 18 digits: no overflow
                digits++;
            } else if (c == '.' && point < 0 && i > from && i < to - 1) {
                point = i;
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > MAX_DIGITS) {
            return null;
        }
        if (unscaled == 0) {
            return BigDecimal.ZERO; // canonical zero has scale 0 however it was written (0.00, 0万)
        }
        int scale = point < 0 ? -exponent : to - point - 1 - exponent;
        if (scale < 0) {
            // Scaling up a whole number: 1.2万 is 12 × 10^3. The product must fit a long; -scale is at most
            // the exponent, so the power of ten is in the table.
            if (unscaled > Long.MAX_VALUE / POWERS_OF_TEN[-scale]) {
                return null;
            }
            unscaled *= POWERS_OF_TEN[-scale];
            scale = 0;
        }
        // Canonical form: no trailing zeros after the point (39.10 is 39.1), as Limits.canonical makes it.
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        if (scale == 0) {
            return whole(unscaled);
        }
        BigDecimal shared = SharedDecimals.of(unscaled, scale); // the rates and shares: 5.7, 12.35
        return shared != null ? shared : BigDecimal.valueOf(unscaled, scale);
    }

    /**
     * Whole numbers below this are shared: the counts, days, months and years (to 2100) that most numerals of
     * official text are. {@code BigDecimal} itself shares only 0 to 10.
     */
    static final int SHARED_WHOLE_NUMBERS = 2101;

    /**
     * The shared whole numbers, each made when first read. A {@code BigDecimal} is immutable and its value is
     * in final fields, so a thread that finds one here sees all of it, and threads that race for a slot each
     * store an equal one; what it caches lazily (its precision, its string) is safe to race on by design.
     */
    private static final BigDecimal[] WHOLE_NUMBERS = new BigDecimal[SHARED_WHOLE_NUMBERS];

    /** {@code BigDecimal.valueOf(n)}, shared for small {@code n}. */
    private static BigDecimal whole(long n) {
        if (n < 0 || n >= SHARED_WHOLE_NUMBERS) {
            return BigDecimal.valueOf(n);
        }
        BigDecimal shared = WHOLE_NUMBERS[(int) n];
        if (shared == null) {
            shared = BigDecimal.valueOf(n);
            WHOLE_NUMBERS[(int) n] = shared;
        }
        return shared;
    }

    /**
     * The value of a Chinese numeral of one character that is a digit: what {@link Numerals#parseChinese} gives
     * for it. Only the digits of normalised text are read here, which are the lexer's; the Traditional and
     * financial forms are left to the general method.
     *
     * @param c a character
     * @return its value, or {@code null}
     */
    public static BigDecimal chineseDigit(char c) {
        int digit = switch (c) {
            case '零', '〇', '○' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
        return digit < 0 ? null : BigDecimal.valueOf(digit); // 0 to 9: BigDecimal's cached instances
    }
}
