package io.github.cnstats;

import java.util.Objects;

/**
 * How long a change has gone on, as in {@code 连续7个月环比下降} or {@code 连续4年}.
 *
 * @param count how many periods
 * @param unit  the calendar unit of a period, of kind {@link UnitKind#TIME}, in Simplified characters as written:
 *              {@code 个月}, {@code 年}, {@code 季度}
 */
public record Streak(int count, Unit unit) {

    /**
     * Makes a streak.
     *
     * @param count how many periods
     * @param unit  the calendar unit of a period, of kind {@link UnitKind#TIME}
     * @throws IllegalArgumentException if {@code count} is not positive, or {@code unit} is not of kind
     *                                  {@link UnitKind#TIME}
     * @throws NullPointerException     if {@code unit} is null
     */
    public Streak {
        if (count <= 0) {
            throw new IllegalArgumentException("streak count must be positive: " + count);
        }
        Objects.requireNonNull(unit, "unit");
        if (unit.kind() != UnitKind.TIME) {
            throw new IllegalArgumentException("a streak counts periods of time, not " + unit.kind() + ": " + unit);
        }
    }
}
