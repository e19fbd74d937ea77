package io.github.cnstats;

import java.util.Objects;

/**
 * The time a measurement holds for, as written ({@code 截至11月底}, {@code 2023年}, {@code 今年以来}), with its
 * shape where it can be told.
 *
 * @param text the period as written in the original text
 * @param kind its shape
 */
public record Period(String text, Kind kind) {

    /** The shapes of period that official text uses. */
    public enum Kind {
        /** A calendar year or part of one named by its year: {@code 2023年}, {@code 今年}, {@code 去年}, {@code 全年}. */
        YEAR,
        /** Months, quarters or a range of them: {@code 1至11月}, {@code 2026年1至2月}, {@code 四季度}. */
        MONTHS,
        /** Up to a point in time: {@code 截至11月底}, {@code 今年前11个月}, {@code 到2030年}. */
        UP_TO,
        /** From a point in time until now: {@code 今年以来}, {@code 2023年8月以来}, {@code 去年6月至今}. */
        SINCE,
        /** A length of time: {@code 一年来}, {@code 五年}, {@code 过去五年}, {@code 连续7个月}. */
        DURATION,
        /** Anything else: {@code “十五五”时期}, {@code “端午”期间}. */
        OTHER
    }

    /**
     * Makes a period.
     *
     * @param text the period as written in the original text
     * @param kind its shape
     * @throws NullPointerException if an argument is null
     */
    public Period {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return text;
    }
}
