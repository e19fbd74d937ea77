package io.github.cnstats.internal.numeral;

import java.math.BigDecimal;

/**
 * The guards that keep numeral arithmetic cheap whatever the input, and the canonical form of results.
 *
 * <p>Every value is checked before it is scaled: the exponent of a product is known from the operands, so a
 * numeral such as 万亿亿亿… is refused from its exponent alone and no large number is ever built.
 */
final class Limits {

    /** 10^MAX_EXPONENT, the largest value a numeral may have. */
    static final BigDecimal MAX_VALUE = BigDecimal.ONE.scaleByPowerOfTen(Numerals.MAX_EXPONENT);

    private Limits() {
    }

    /**
     * Refuses text longer than {@link Numerals#MAX_NUMERAL_LENGTH}, before anything else looks at it.
     *
     * @param text a numeral
     * @throws NullPointerException   if {@code text} is null
     * @throws NumeralLimitException if it is too long
     */
    static void checkLength(String text) {
        if (text.length() > Numerals.MAX_NUMERAL_LENGTH) {
            // The text itself is not quoted: it may be megabytes long.
            throw new NumeralLimitException(NumeralLimitException.Limit.LENGTH,
                    "Numeral of " + text.length() + " characters exceeds the length limit of "
                            + Numerals.MAX_NUMERAL_LENGTH + " characters (MAX_NUMERAL_LENGTH)");
        }
    }

    /**
     * Refuses an exponent of ten that alone already exceeds the magnitude limit (亿亿亿亿 = 10^32).
     *
     * @param exponent the exponent a numeral spells
     * @param text     the numeral, for the message
     * @throws NumeralLimitException if {@code exponent > MAX_EXPONENT}
     */
    static void checkExponent(long exponent, String text) {
        if (exponent > Numerals.MAX_EXPONENT) {
            throw tooLarge("10^" + exponent, text);
        }
    }

    /**
     * Multiplies by a power of ten, refusing a result above 10^{@link Numerals#MAX_EXPONENT} before
     * computing it.
     *
     * @param value    the value to scale
     * @param exponent the power of ten to multiply by (not negative)
     * @param text     the numeral being read, for the message
     * @return {@code value × 10^exponent}, canonical
     * @throws NumeralLimitException if the result would exceed the limit
     */
    static BigDecimal shift(BigDecimal value, long exponent, String text) {
        checkExponent(exponent, text);
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // precision - scale - 1 is the power of ten of the leading digit; longs cannot overflow here.
        long leading = (long) value.precision() - value.scale() - 1 + exponent;
        if (leading > Numerals.MAX_EXPONENT) {
            throw tooLarge("about 10^" + leading, text);
        }
        return checkMagnitude(value.movePointRight((int) exponent), text);
    }

    /**
     * @param value a result
     * @param text  the numeral it was read from, for the message
     * @return the value, canonical
     * @throws NumeralLimitException if its absolute value exceeds 10^{@link Numerals#MAX_EXPONENT}
     */
    static BigDecimal checkMagnitude(BigDecimal value, String text) {
        if (value.abs().compareTo(MAX_VALUE) > 0) {
            throw tooLarge(canonical(value).toPlainString(), text);
        }
        return canonical(value);
    }

    /**
     * The one form every result is returned in: trailing zeros after the point stripped, never a negative
     * scale (so {@link BigDecimal#toPlainString()} has no exponent and {@code equals} sees one form per value).
     *
     * @param value a number
     * @return the same number in canonical form
     */
    static BigDecimal canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (value.scale() == 0) {
            return value; // an integer at scale 0 is canonical already: stripping would only make it again
        }
        if (SharedDecimals.isShared(value)) {
            return value; // 5.7 as read, which a Change or Quantity is made with: canonical already
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static NumeralLimitException tooLarge(String what, String text) {
        return new NumeralLimitException(NumeralLimitException.Limit.MAGNITUDE,
                "Numeral \"" + text + "\" has a value of " + what + ", above the magnitude limit of 10^"
                        + Numerals.MAX_EXPONENT + " (MAX_EXPONENT)");
    }
}
