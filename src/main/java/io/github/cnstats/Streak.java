package io.github.cnstats;

import java.util.Objects;

/**
 * How long a change has gone on, as in {@code 连续7个月环比下降} or {@code 连续4年}.
 *
 * @param count how many periods
 * @param unit  the period unit as written in Simplified characters: {@code 个月}, {@code 年}, {@code 季度}
 */
public record Streak(int count, String unit) {

    /**
     * Makes a streak.
     *
     * @param count how many periods
     * @param unit  the period unit as written in Simplified characters
     * @throws IllegalArgumentException if {@code count} is not positive
     * @throws NullPointerException     if {@code unit} is null
     */
    public Streak {
        if (count <= 0) {
            throw new IllegalArgumentException("streak count must be positive: " + count);
        }
        Objects.requireNonNull(unit, "unit");
    }
}
