package io.github.cnstats.internal.extract;

import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;

import java.util.List;
import java.util.Objects;

/** The parser behind {@link io.github.cnstats.Cnstats#parser()}. Work in progress: finds nothing yet. */
public final class StatsExtractor implements MeasurementParser {

    @Override
    public List<Measurement> parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return List.of();
    }
}
