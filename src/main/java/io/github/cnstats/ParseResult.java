package io.github.cnstats;

import java.util.List;
import java.util.Objects;

/**
 * What one call of {@link MeasurementParser#explain(CharSequence)} found: the measurements, exactly those that
 * {@link MeasurementParser#parse(CharSequence)} returns, what it declined or found inconsistent, where each
 * measurement's parts are written, and the document context it resolved periods and regions with.
 *
 * @param measurements the measurements, in text order
 * @param diagnostics  what was seen and declined, and what does not add up, in text order
 * @param parts        where the parts of each measurement are written, one for each measurement in the same
 *                     order; empty if the parser does not tell (the parsers of {@link Cnstats} always do)
 * @param context      the context used: what the caller gave, and what was found in the text with its
 *                     {@link DocumentContext.Clue}s
 */
public record ParseResult(List<Measurement> measurements, List<Diagnostic> diagnostics,
                          List<MeasurementParts> parts, DocumentContext context) {

    /**
     * Copies the lists, so a result never changes.
     *
     * @param measurements the measurements, in text order
     * @param diagnostics  what was seen and declined, in text order
     * @param parts        the parts of each measurement, in the same order, or an empty list
     * @param context      the context used
     * @throws NullPointerException     if a list, an element or the context is null
     * @throws IllegalArgumentException if {@code parts} is neither empty nor one for each measurement
     */
    public ParseResult {
        measurements = List.copyOf(measurements);
        diagnostics = List.copyOf(diagnostics);
        parts = List.copyOf(parts);
        if (!parts.isEmpty() && parts.size() != measurements.size()) {
            throw new IllegalArgumentException(parts.size() + " parts for " + measurements.size()
                    + " measurements");
        }
        Objects.requireNonNull(context, "context");
    }

    /**
     * A result that does not tell where the parts are written, with the context used.
     *
     * @param measurements the measurements, in text order
     * @param diagnostics  what was seen and declined, in text order
     * @param context      the context used
     * @throws NullPointerException if a list, an element or the context is null
     */
    public ParseResult(List<Measurement> measurements, List<Diagnostic> diagnostics, DocumentContext context) {
        this(measurements, diagnostics, List.of(), context);
    }

    /**
     * A result that does not tell where the parts are written, with an empty context: nothing given and nothing
     * found.
     *
     * @param measurements the measurements, in text order
     * @param diagnostics  what was seen and declined, in text order
     * @throws NullPointerException if a list or an element is null
     */
    public ParseResult(List<Measurement> measurements, List<Diagnostic> diagnostics) {
        this(measurements, diagnostics, List.of(), DocumentContext.findInText());
    }
}
