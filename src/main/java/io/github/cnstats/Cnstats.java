package io.github.cnstats;

import io.github.cnstats.internal.extract.StatsExtractor;

import java.util.Objects;

/**
 * The entry point of cnstats.
 *
 * <pre>{@code
 * List<Measurement> found = Cnstats.parser().parse("今年前三季度,全市共受理消费者投诉2.4万件,同比下降6.2%");
 * Measurement m = found.get(0);
 * m.subject();                         // 受理消费者投诉
 * m.quantity().value();                // 24000
 * m.change().amount();                 // 6.2
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
