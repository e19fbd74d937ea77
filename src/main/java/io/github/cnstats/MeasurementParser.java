package io.github.cnstats;

import java.util.List;

/**
 * Finds the measurements in Chinese text. Obtain one from {@link Cnstats#parser()},
 * {@link Cnstats#parser(ParserLimits)}, or {@link Cnstats#parserBuilder()} for units of one's own.
 *
 * <p>Implementations are immutable and thread-safe: share one instance across threads and calls. They never
 * throw on any string and never print.
 */
public interface MeasurementParser {

    /**
     * Finds every measurement in {@code text}, in text order.
     *
     * @param text Simplified or Traditional Chinese, with half- or full-width digits and punctuation
     * @return the measurements, possibly empty; each one's span indexes {@code text} as given
     * @throws NullPointerException if {@code text} is null
     */
    List<Measurement> parse(CharSequence text);

    /**
     * Finds every measurement in {@code text}, like {@link #parse(CharSequence)}, and also says what it saw and
     * declined: numerals beyond the {@link ParserLimits}, malformed numerals, and text beyond the input limit.
     *
     * @param text the same as for {@link #parse(CharSequence)}
     * @return the measurements, equal to what {@code parse(text)} returns, and the diagnostics
     * <p>The parsers of {@link Cnstats} give diagnostics. This default, for other implementations such as test
     * doubles, gives {@code parse(text)} and no diagnostics.
     *
     * @throws NullPointerException if {@code text} is null
     */
    default ParseResult explain(CharSequence text) {
        return new ParseResult(parse(text), List.of());
    }

    /**
     * Finds every measurement in {@code text}, like {@link #parse(CharSequence)}, with periods and regions resolved
     * through {@code context}: the caller's date and region win over what the text says. {@code parse(text)} is
     * {@code parse(text, DocumentContext.findInText())}.
     *
     * <p>The parsers of {@link Cnstats} resolve. This default, for other implementations, ignores the context.
     *
     * @param text    the same as for {@link #parse(CharSequence)}
     * @param context the document's date and region, and whether to look for what is not given in the text
     * @return the measurements, each as {@code parse(text)} gives it apart from the resolved fields
     * @throws NullPointerException if an argument is null
     */
    default List<Measurement> parse(CharSequence text, DocumentContext context) {
        java.util.Objects.requireNonNull(context, "context");
        return parse(text);
    }

    /**
     * Like {@link #explain(CharSequence)}, with periods and regions resolved through {@code context}; the result's
     * {@link ParseResult#context()} is the context used, with where each part came from.
     *
     * <p>This default, for other implementations, ignores the context.
     *
     * @param text    the same as for {@link #parse(CharSequence)}
     * @param context the document's date and region
     * @return the measurements, equal to what {@code parse(text, context)} returns, and the diagnostics
     * @throws NullPointerException if an argument is null
     */
    default ParseResult explain(CharSequence text, DocumentContext context) {
        java.util.Objects.requireNonNull(context, "context");
        return explain(text);
    }
}
