package io.github.cnstats;

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
 * @param high   the high end of a range ({@code 6至8个}), or {@code null} for a single value
 * @param unit   the unit or counter, or {@code null} where the text gives none ({@code 罚款110.5万})
 * @param approx how the stated number relates to the true one
 */
public record Quantity(BigDecimal value, BigDecimal high, Unit unit, Approximation approx) {

    /**
     * Makes a quantity, with its values stored without trailing zeros.
     *
     * @param value  the value, or the low end of a range
     * @param high   the high end of a range, or {@code null} for a single value
     * @param unit   the unit or counter, or {@code null} where the text gives none
     * @param approx how the stated number relates to the true one
     * @throws NullPointerException if {@code value} or {@code approx} is null
     */
    public Quantity {
        value = canonical(Objects.requireNonNull(value, "value"));
        high = high == null ? null : canonical(high);
        Objects.requireNonNull(approx, "approx");
    }

    /**
     * An exact single value.
     *
     * @param value the value
     * @param unit  the unit, or {@code null}
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
     * @param unit the unit to give the copy
     * @return a copy of this quantity with another unit
     */
    public Quantity withUnit(Unit unit) {
        return new Quantity(value, high, unit, approx);
    }

    /**
     * The spec's normal form of a decimal: no exponent, no grouping, no trailing zeros after the point.
     *
     * @param number a number
     * @return its plain text, e.g. {@code 391000}, {@code 5.7}
     */
    public static String plain(BigDecimal number) {
        return canonical(number).toPlainString();
    }

    static BigDecimal canonical(BigDecimal number) {
        if (number.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (number.scale() == 0) {
            return number; // an integer at scale 0 is canonical already: stripping would only make it again
        }
        BigDecimal stripped = number.stripTrailingZeros();
        // Keep integers at scale 0 so that toPlainString never needs an exponent and equals() sees one form.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
