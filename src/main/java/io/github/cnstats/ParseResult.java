package io.github.cnstats;

import java.util.List;

/**
 * What one call of {@link MeasurementParser#explain(CharSequence)} found: the measurements, exactly those that
 * {@link MeasurementParser#parse(CharSequence)} returns, and what it declined.
 *
 * @param measurements the measurements, in text order
 * @param diagnostics  what was seen and declined, in text order
 */
public record ParseResult(List<Measurement> measurements, List<Diagnostic> diagnostics) {

    /**
     * Copies both lists, so a result never changes.
     *
     * @param measurements the measurements, in text order
     * @param diagnostics  what was seen and declined, in text order
     * @throws NullPointerException if a list or an element is null
     */
    public ParseResult {
        measurements = List.copyOf(measurements);
        diagnostics = List.copyOf(diagnostics);
    }
}
