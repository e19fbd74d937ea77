package io.github.cnstats;

import java.util.List;

/**
 * Finds the measurements in Chinese text. Obtain one from {@link Cnstats#parser()}.
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
}
