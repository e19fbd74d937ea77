package io.github.cnstats.internal.extract;

/**
 * A text as a pattern sees it, noting the furthest index it read. A pattern decides only on the characters it
 * reads and on where its region ends; so when it read nothing at or beyond some index, it gives the same answer
 * for a region ending at that index as for the region it was run on. {@link LongestMatches} answers for many
 * region ends from one run this way. One per call of the parser, on one thread.
 */
final class ReadTrackingText implements CharSequence {

    private final String text;
    private int furthest;

    ReadTrackingText(String text) {
        this.text = text;
    }

    /** @return the text itself, for reads that are not to be noted */
    String text() {
        return text;
    }

    /** Forgets what was read, as if the character at {@code index} alone had been. */
    void resetTo(int index) {
        furthest = index;
    }

    /** Notes a read made on {@link #text()}. */
    void noteRead(int index) {
        if (index > furthest) {
            furthest = index;
        }
    }

    /** @return the furthest index read since {@link #resetTo} */
    int furthest() {
        return furthest;
    }

    @Override
    public char charAt(int index) {
        if (index > furthest) {
            furthest = index;
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
