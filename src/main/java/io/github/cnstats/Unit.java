package io.github.cnstats;

import java.util.Objects;

/**
 * A unit or counter as written after its magnitude is taken off ({@code 亿元} gives {@code 元}), always in
 * Simplified characters ({@code 張} gives {@code 张}), with the kind of thing it measures.
 *
 * @param text the unit in Simplified characters, never blank
 * @param kind what the unit measures
 */
public record Unit(String text, UnitKind kind) {

    /** The percent sign, the unit of shares and of most changes. */
    public static final Unit PERCENT = new Unit("%", UnitKind.PERCENT);
    /** The per-mille sign. */
    public static final Unit PER_MILLE = new Unit("‰", UnitKind.PERCENT);
    /** 个百分点, the unit of a difference of two shares. */
    public static final Unit PERCENTAGE_POINT = new Unit("个百分点", UnitKind.PERCENTAGE_POINT);
    /** 倍, the unit of a multiple. */
    public static final Unit TIMES = new Unit("倍", UnitKind.MULTIPLE);

    /**
     * Makes a unit.
     *
     * @param text the unit in Simplified characters, never blank
     * @param kind what the unit measures
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public Unit {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) {
            throw new IllegalArgumentException("unit text is blank");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
