package io.github.cnstats.internal.normalize;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into some text: the normalised text when it comes
 * from {@link SentenceSplitter}, the original text when it comes from {@link NormalizedText#toOriginal(TextRange)}.
 *
 * @param start index of the first character, inclusive
 * @param end   index after the last character, exclusive
 */
public record TextRange(int start, int end) {

    /**
     * @param start index of the first character, inclusive
     * @param end   index after the last character, exclusive
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before {@code start}
     */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }

    /** @return the number of UTF-16 code units covered */
    public int length() {
        return end - start;
    }

    /** @return whether the range covers no character */
    public boolean isEmpty() {
        return start == end;
    }

    /**
     * @param text the text this range indexes
     * @return the covered part of {@code text}
     * @throws IndexOutOfBoundsException if the range reaches past the end of {@code text}
     */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
