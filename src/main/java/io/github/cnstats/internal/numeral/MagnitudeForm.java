package io.github.cnstats.internal.numeral;

import java.math.BigDecimal;

/**
 * Writes a number the way official text states large amounts: an Arabic number and one magnitude,
 * {@code 39.1万}, {@code 4.06亿}, {@code 1.2万亿}; below 10 000 the number stays plain ({@code 3291}).
 *
 * <p>The division by 10^4, 10^8 or 10^12 is a shift of the decimal point, so it is always exact and
 * {@link Numerals#parseMixed(String)} reads the form back to the same value.
 */
final class MagnitudeForm {

    private static final BigDecimal WAN = BigDecimal.ONE.scaleByPowerOfTen(4);
    private static final BigDecimal YI = BigDecimal.ONE.scaleByPowerOfTen(8);
    private static final BigDecimal WAN_YI = BigDecimal.ONE.scaleByPowerOfTen(12);

    private MagnitudeForm() {
    }

    /**
     * @param value a number, not negative, at most 10^{@link Numerals#MAX_EXPONENT}, with at most
     *              {@link Numerals#MAX_NUMERAL_LENGTH} digits after the point once trailing zeros are stripped
     * @return its magnitude form
     * @throws IllegalArgumentException if the value is out of that range
     */
    static String write(BigDecimal value) {
        // Range first, with comparisons only: canonical() of 1E+999999999 would build a billion-digit integer.
        if (value.signum() < 0) {
            throw new IllegalArgumentException("The magnitude form is written for non-negative values, not " + value);
        }
        if (value.compareTo(Limits.MAX_VALUE) > 0 || value.stripTrailingZeros().scale() > Numerals.MAX_NUMERAL_LENGTH) {
            throw new IllegalArgumentException("The magnitude form is written for values up to 10^"
                    + Numerals.MAX_EXPONENT + " with at most " + Numerals.MAX_NUMERAL_LENGTH
                    + " digits after the point");
        }
        BigDecimal number = Limits.canonical(value);
        if (number.compareTo(WAN) < 0) {
            return number.toPlainString();
        }
        if (number.compareTo(YI) < 0) {
            return shifted(number, 4) + "万";
        }
        if (number.compareTo(WAN_YI) < 0) {
            return shifted(number, 8) + "亿";
        }
        return shifted(number, 12) + "万亿";
    }

    private static String shifted(BigDecimal number, int exponent) {
        return Limits.canonical(number.movePointLeft(exponent)).toPlainString();
    }
}
