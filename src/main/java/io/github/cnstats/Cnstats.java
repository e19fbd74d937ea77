package io.github.cnstats;

import io.github.cnstats.internal.extract.StatsExtractor;

import java.util.Objects;

/**
 * The entry point of cnstats.
 *
 * <pre>{@code
 * List<Measurement> found = Cnstats.parser().parse("全国共破获电信网络诈骗案件39.1万起,同比上升5.7%");
 * Measurement m = found.get(0);
 * m.subject();                         // 破获电信网络诈骗案件
 * m.quantity().value();                // 391000
 * m.change().amount();                 // 5.7
 * }</pre>
 */
public final class Cnstats {

    private static final MeasurementParser DEFAULT = new StatsExtractor();

    private Cnstats() {
    }

    /**
     * The shared parser with the standard unit lexicon and {@link ParserLimits#defaults()}. It is thread-safe; keep and reuse it.
     *
     * @return the parser
     */
    public static MeasurementParser parser() {
        return DEFAULT;
    }

    /**
     * The standard formatter: grouped magnitudes, Arabic digits, Simplified script, exact numbers. What it
     * writes, {@link #parser()} reads back. Use {@link MeasurementFormatter#builder()} for other options.
     *
     * @return the formatter
     */
    public static MeasurementFormatter formatter() {
        return MeasurementFormatter.standard();
    }

    /**
     * A parser with the standard unit lexicon that keeps to other limits. It is thread-safe; keep and reuse it.
     * For units of one's own as well, see {@link #parserBuilder()}.
     *
     * @param limits the limits to keep to
     * @return the parser
     * @throws NullPointerException if {@code limits} is null
     */
    public static MeasurementParser parser(ParserLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(ParserLimits.defaults()) ? DEFAULT : new StatsExtractor(limits);
    }

    /**
     * A builder of a parser that reads units and counters of one's own beside the standard ones
     * ({@code 顶}, {@code 羽}, a domain's own), and may keep to other limits.
     *
     * @return a new builder, with no unit added and the default limits
     */
    public static ParserBuilder parserBuilder() {
        return new ParserBuilder();
    }
}
