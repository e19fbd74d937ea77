package io.github.cnstats;

import io.github.cnstats.internal.numeral.Numerals;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of something: a value, or a range of values, in a unit, with how exactly it was stated.
 *
 * <p><b>Equality.</b> Values are stored with trailing zeros stripped, so that equal numbers give equal
 * quantities whatever their spelling: {@code 1.5万人}, {@code 15000人} and {@code 一万五千人} are equal, and
 * so are their hash codes. Use {@link BigDecimal#toPlainString()} on {@link #value()} for the spec's normal form.
 *
 * @param value  the value, or the low end of a range
 * @param high   the high end of a range ({@code 6至8个}), or {@code null} if the quantity is a single value
 * @param unit   the unit or counter, or {@code null} if the text gives none ({@code 罚款110.5万})
 * @param approx how the stated number relates to the true one
 */
public record Quantity(BigDecimal value, BigDecimal high, Unit unit, Approximation approx) {

    /**
     * Makes a quantity, with its values stored without trailing zeros.
     *
     * @param value  the value, or the low end of a range
     * @param high   the high end of a range, or {@code null} if the quantity is a single value
     * @param unit   the unit or counter, or {@code null} if the text gives none
     * @param approx how the stated number relates to the true one
     * @throws NullPointerException if {@code value} or {@code approx} is null
     */
    public Quantity {
        value = Numerals.canonical(Objects.requireNonNull(value, "value"));
        high = high == null ? null : Numerals.canonical(high);
        Objects.requireNonNull(approx, "approx");
    }

    /**
     * An exact single value.
     *
     * @param value the value
     * @param unit  the unit, or {@code null} if there is none
     * @return the quantity
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(value, null, unit, Approximation.EXACT);
    }

    /** @return whether this quantity is a range ({@code 6至8个}) */
    public boolean isRange() {
        return high != null;
    }

    /**
     * @param approx the approximation to give the copy
     * @return a copy of this quantity with another approximation
     */
    public Quantity withApprox(Approximation approx) {
        return new Quantity(value, high, unit, approx);
    }

    /**
     * @param unit the unit to give the copy, or {@code null} if it has none
     * @return a copy of this quantity with another unit
     */
    public Quantity withUnit(Unit unit) {
        return new Quantity(value, high, unit, approx);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (approx != Approximation.EXACT) {
            out.append(approx).append(' ');
        }
        out.append(value.toPlainString());
        if (high != null) {
            out.append('~').append(high.toPlainString());
        }
        if (unit != null) {
            out.append(' ').append(unit.text());
        }
        return out.toString();
    }
}
