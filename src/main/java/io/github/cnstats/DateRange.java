package io.github.cnstats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period resolved to the calendar: the first and the last day it covers, both inclusive. A point in time
 * ({@code 2024年末}, {@code 11月底}, {@code 5月27日}) is a one-day range.
 *
 * @param from the first day, inclusive
 * @param to   the last day, inclusive
 */
public record DateRange(LocalDate from, LocalDate to) {

    /**
     * Makes a range.
     *
     * @param from the first day, inclusive
     * @param to   the last day, inclusive
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " .. " + to);
        }
    }

    /**
     * @param day the one day
     * @return the range of that day alone
     */
    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /** @return whether the range is one day, a point in time */
    public boolean isDay() {
        return from.equals(to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
