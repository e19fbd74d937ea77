package io.github.cnstats;

import java.util.List;
import java.util.Objects;

/**
 * What one call of {@link MeasurementParser#explain(CharSequence)} found: the measurements, exactly those that
 * {@link MeasurementParser#parse(CharSequence)} returns, what it declined or found inconsistent, and the document
 * context it resolved periods and regions with.
 *
 * @param measurements the measurements, in text order
 * @param diagnostics  what was seen and declined, and what does not add up, in text order
 * @param context      the context used: what the caller gave, and what was found in the text with its
 *                     {@link DocumentContext.Clue}s
 */
public record ParseResult(List<Measurement> measurements, List<Diagnostic> diagnostics, DocumentContext context) {

    /**
     * A result with an empty context: nothing given and nothing found.
     *
     * @param measurements the measurements, in text order
     * @param diagnostics  what was seen and declined, in text order
     * @throws NullPointerException if a list or an element is null
     */
    public ParseResult(List<Measurement> measurements, List<Diagnostic> diagnostics) {
        this(measurements, diagnostics, DocumentContext.findInText());
    }

    /**
     * Copies both lists, so a result never changes.
     *
     * @param measurements the measurements, in text order
     * @param diagnostics  what was seen and declined, in text order
     * @param context      the context used
     * @throws NullPointerException if a list, an element or the context is null
     */
    public ParseResult {
        measurements = List.copyOf(measurements);
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(context, "context");
    }
}
