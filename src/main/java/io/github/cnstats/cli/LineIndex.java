package io.github.cnstats.cli;

import java.util.Arrays;

/**
 * Maps an offset in a text to the number of the line it stands on. Lines end at {@code \n}, {@code \r\n} or a
 * lone {@code \r}, the three line ends that text files use.
 */
final class LineIndex {

    private final int[] lineStarts;
    private final long firstLine;

    private LineIndex(int[] lineStarts, long firstLine) {
        this.lineStarts = lineStarts;
        this.firstLine = firstLine;
    }

    /**
     * @param text      the text
     * @param firstLine the number of the line that the text's first character stands on
     * @return the index of {@code text}
     */
    static LineIndex of(CharSequence text, long firstLine) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                continue; // the \n of the pair ends the line
            }
            if (c == '\n' || c == '\r') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), firstLine);
    }

    /**
     * @param offset an offset into the text, from 0 to its length
     * @return the number of the line the character at {@code offset} stands on
     */
    long lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int lineInText = found >= 0 ? found : -found - 2;
        return firstLine + lineInText;
    }

    /** @return how many line ends the text holds */
    int lineEnds() {
        return lineStarts.length - 1;
    }
}
