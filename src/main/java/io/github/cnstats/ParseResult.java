package io.github.cnstats;

import java.util.List;

/**
 * What one call of {@link MeasurementParser#explain(CharSequence)} found: the measurements, exactly those that
 * {@link MeasurementParser#parse(CharSequence)} returns, what it declined, and where each measurement's parts are
 * written.
 *
 * @param measurements the measurements, in text order
 * @param diagnostics  what was seen and declined, in text order
 * @param parts        where the parts of each measurement are written, one for each measurement in the same
 *                     order; empty if the parser does not tell (the parsers of {@link Cnstats} always do)
 */
public record ParseResult(List<Measurement> measurements, List<Diagnostic> diagnostics,
                          List<MeasurementParts> parts) {

    /**
     * Copies the lists, so a result never changes.
     *
     * @param measurements the measurements, in text order
     * @param diagnostics  what was seen and declined, in text order
     * @param parts        the parts of each measurement, in the same order, or an empty list
     * @throws NullPointerException     if a list or an element is null
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
    }

    /**
     * A result that does not tell where the parts are written.
     *
     * @param measurements the measurements, in text order
     * @param diagnostics  what was seen and declined, in text order
     * @throws NullPointerException if a list or an element is null
     */
    public ParseResult(List<Measurement> measurements, List<Diagnostic> diagnostics) {
        this(measurements, diagnostics, List.of());
    }
}
