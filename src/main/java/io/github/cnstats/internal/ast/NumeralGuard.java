package io.github.cnstats.internal.ast;

import io.github.cnstats.Diagnostic;
import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.numeral.NumeralLimitException;

import java.math.BigDecimal;

/**
 * Holds numerals to the user's {@link ParserLimits}, which may be tighter than the ceilings that
 * {@link io.github.cnstats.internal.numeral.Numerals} itself enforces, and names the limit a refusal broke.
 */
final class NumeralGuard {

    private final ParserLimits limits;
    private final BigDecimal maxValue;
    /** Whether the limit is at least 10^19, above every {@code long}. */
    private final boolean everyLongWithin;

    NumeralGuard(ParserLimits limits) {
        this.limits = limits;
        this.maxValue = BigDecimal.ONE.scaleByPowerOfTen(limits.maxMagnitudeExponent());
        this.everyLongWithin = limits.maxMagnitudeExponent() >= 19;
    }

    /**
     * Refuses a numeral before it is read, when it is longer than the limit.
     *
     * @param length the length of the numeral's text as matched, in UTF-16 code units
     * @throws NumeralLimitException if it is too long
     */
    void checkLength(int length) {
        if (length > limits.maxNumeralLength()) {
            throw new NumeralLimitException(NumeralLimitException.Limit.LENGTH, "numeral of " + length
                    + " characters is longer than maxNumeralLength " + limits.maxNumeralLength());
        }
    }

    /**
     * Refuses a value above 10^maxMagnitudeExponent. Values above the ceiling never get here: the numeral
     * arithmetic refuses them from their exponent before building them.
     *
     * @param value a numeral's value
     * @return the value
     * @throws NumeralLimitException if it is too large
     */
    BigDecimal checkValue(BigDecimal value) {
        if (value.abs().compareTo(maxValue) > 0) {
            throw new NumeralLimitException(NumeralLimitException.Limit.MAGNITUDE,
                    "numeral is above 10^" + limits.maxMagnitudeExponent() + " (maxMagnitudeExponent)");
        }
        return value;
    }

    /**
     * {@link #checkValue} for a value whose digits fit a {@code long}, as every value that
     * {@link io.github.cnstats.internal.numeral.NumeralShortcuts#plainArabic} reads does: its absolute value is
     * below 2^63, so below 10^19, and under the default limit (10^24) it needs no comparison.
     *
     * @param value a numeral's value, whose unscaled value fits a {@code long} and whose scale is not negative
     * @return the value
     * @throws NumeralLimitException if it is too large
     */
    BigDecimal checkLongValue(BigDecimal value) {
        return everyLongWithin ? value : checkValue(value);
    }

    /**
     * @param refusal why the numerals of a phrase could not be read
     * @return the diagnostic kind for it
     */
    static Diagnostic.Kind kindOf(NumberFormatException refusal) {
        if (refusal instanceof NumeralLimitException limit) {
            return limit.limit() == NumeralLimitException.Limit.LENGTH
                    ? Diagnostic.Kind.NUMERAL_TOO_LONG : Diagnostic.Kind.MAGNITUDE_TOO_LARGE;
        }
        if (refusal instanceof UnreadForm) {
            return Diagnostic.Kind.UNREAD_NUMBER;
        }
        return Diagnostic.Kind.MALFORMED_NUMERAL;
    }
}
