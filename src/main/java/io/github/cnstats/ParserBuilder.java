package io.github.cnstats;

import io.github.cnstats.internal.extract.StatsExtractor;
import io.github.cnstats.internal.normalize.TextNormalizer;
import io.github.cnstats.internal.units.UnitLexicon;

import java.util.Objects;

/**
 * Builds a {@link MeasurementParser} that reads more units and counters than the standard ones, or keeps to
 * other {@link ParserLimits}. Obtain one from {@link Cnstats#parserBuilder()}:
 *
 * <pre>{@code
 * MeasurementParser parser = Cnstats.parserBuilder()
 *         .addUnit("顶", UnitKind.ITEMS)      // 搭建帐篷1200顶
 *         .addUnit("眼", UnitKind.ITEMS)      // 新打机井3万眼
 *         .build();
 * }</pre>
 *
 * <p>A unit added here is read wherever a standard one is: after a number with its magnitude (3万顶), with an
 * approximation (近500顶), as the amount of a change (比上年增加200顶), in a composite (顶/日). A text the grammar
 * reads as a word of its own (成, 倍, 个百分点) stays that word. {@link MeasurementParser#explain} reports a
 * number before a character that is no unit of the parser as {@link Diagnostic.Kind#UNKNOWN_UNIT}: those are
 * the characters to add here.
 *
 * <p>The parser built is immutable and thread-safe, and does not change when the builder goes on: each
 * {@link #build()} copies what was added so far. Units added to one parser are never read by another, nor by
 * {@link Cnstats#parser()}. The builder itself is not thread-safe.
 */
public final class ParserBuilder {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final UnitLexicon.Builder units = UnitLexicon.standard().toBuilder();
    private boolean unitsAdded;
    private ParserLimits limits = ParserLimits.defaults();

    ParserBuilder() {
    }

    /**
     * Adds a unit or counter, or gives a standard one another kind.
     *
     * @param text the unit as written after a number, such as {@code 顶} or {@code 标箱}; Traditional characters
     *             and full-width forms are read as the parser reads the text ({@code 頂} is {@code 顶})
     * @param kind what it measures
     * @return this builder
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code text} is empty or blank, holds white space or a digit (Arabic
     *                                  or Chinese: {@code 3}, {@code 一}, {@code 两}), or is made of magnitudes
     *                                  only ({@code 万}, which belongs to the number); the message says which
     */
    public ParserBuilder addUnit(String text, UnitKind kind) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("unit text is empty");
        }
        units.add(normalizer.normalize(text).text(), kind);
        unitsAdded = true;
        return this;
    }

    /**
     * Sets the limits to keep to; {@link ParserLimits#defaults()} unless set.
     *
     * @param limits the limits
     * @return this builder
     * @throws NullPointerException if {@code limits} is null
     */
    public ParserBuilder limits(ParserLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        return this;
    }

    /**
     * Makes the parser. Building takes milliseconds (the units are indexed and the characters the lexer may read
     * in runs found anew), more than parsing a paragraph, so build once and share the parser.
     *
     * @return an immutable, thread-safe parser with the standard units, the units added so far and the limits
     */
    public MeasurementParser build() {
        if (!unitsAdded) {
            return Cnstats.parser(limits);
        }
        return new StatsExtractor(units.build(), limits);
    }
}
