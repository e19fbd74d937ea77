package io.github.cnstats;

import io.github.cnstats.internal.numeral.Numerals;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figure a quantity's change implies for what it is compared with: {@code 27.6万起,同比上升4.3%} says the year
 * before had about 264621 起, {@code 1200人,比上年增加200人} that it had exactly 1000 人.
 *
 * <p>A baseline is given only where the arithmetic is sound: a single value (no range) with a change that states
 * its size in {@code %}, {@code ‰}, {@code 倍}, the quantity's own unit, or {@code 个百分点} on a percent. A
 * direction alone (有所增长, 连续7个月下降) gives none, nor does a fall of 100 % or more, nor a difference that would be
 * negative.
 *
 * @param value     the implied figure, in {@code unit}; rounded as {@code roundedTo} says when derived by a ratio
 * @param unit      the quantity's unit, or {@code null} if it has none
 * @param approx    {@link Approximation#ABOUT} when derived by a ratio (the stated rate is rounded itself), else
 *                  the quantity's own approximation
 * @param derived   how it was derived
 * @param roundedTo the number of digits after the point kept in {@code value} (those of the stated quantity,
 *                  rounded half up; negative for tens, hundreds…), or {@code null} when nothing was rounded
 */
public record Baseline(BigDecimal value, Unit unit, Approximation approx, Derivation derived, Integer roundedTo) {

    /** How a baseline follows from the quantity {@code N} and its change. */
    public enum Derivation {
        /** {@code N / (1 + r)} for a change by a rate {@code r} ({@code %}, {@code ‰}). */
        RATIO,
        /** {@code N / (1 + k)} for a change by {@code k} times ({@code 增长1.5倍}: grew by one and a half times). */
        MULTIPLE,
        /** {@code N − d} (or {@code N + d} for a fall) for a change in the quantity's own unit. */
        DIFFERENCE,
        /** {@code N − p} (or {@code N + p}) for a percent that moved by {@code p} percentage points. */
        PERCENTAGE_POINTS,
        /** {@code N} itself, for a change that is flat ({@code 持平}). */
        FLAT
    }

    /**
     * Makes a baseline.
     *
     * @param value     the implied figure
     * @param unit      its unit, or {@code null}
     * @param approx    how exact it is
     * @param derived   how it was derived
     * @param roundedTo the digits after the point kept, or {@code null} when nothing was rounded
     * @throws NullPointerException if {@code value}, {@code approx} or {@code derived} is null
     */
    public Baseline {
        value = Numerals.canonical(Objects.requireNonNull(value, "value"));
        Objects.requireNonNull(approx, "approx");
        Objects.requireNonNull(derived, "derived");
    }

    @Override
    public String toString() {
        return (approx == Approximation.EXACT ? "" : approx + " ") + value.toPlainString()
                + (unit == null ? "" : " " + unit.text()) + " (" + derived + ")";
    }
}
