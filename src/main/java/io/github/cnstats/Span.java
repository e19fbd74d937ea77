package io.github.cnstats;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into the <em>original</em> text that was given to
 * the parser, before any normalisation.
 *
 * <p>Contract: for a measurement {@code m} found in {@code input},
 * {@code input.substring(m.span().start(), m.span().end())} equals {@code m.text()}.
 *
 * @param start index of the first character, inclusive
 * @param end   index after the last character, exclusive
 */
public record Span(int start, int end) {

    /**
     * Makes a span.
     *
     * @param start index of the first character, inclusive
     * @param end   index after the last character, exclusive
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before {@code start}
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** @return the number of UTF-16 code units covered */
    public int length() {
        return end - start;
    }

    /**
     * @param text the text this span indexes
     * @return the covered part of {@code text}
     */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
