package io.github.cnstats.cli;

import io.github.cnstats.Measurement;

/**
 * A measurement with its place in a whole input, as the command line writes it out.
 *
 * @param doc         the input's name as given ({@code -} for standard input)
 * @param line        the 1-based line of the measurement's first character
 * @param start       the UTF-16 offset of its first character in the whole input
 * @param end         the UTF-16 offset after its last character
 * @param text        the input's characters from {@code start} to {@code end}
 * @param measurement what the parser found
 */
record LocatedMeasurement(String doc, long line, long start, long end, String text, Measurement measurement) {
}
