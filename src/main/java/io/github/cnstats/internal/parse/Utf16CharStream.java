package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A lexer's view of a {@code String}, indexed by UTF-16 code unit as everything else in cnstats is.
 *
 * <p>ANTLR's own {@code CharStreams.fromString} counts code points, so after a character outside the Basic
 * Multilingual Plane (an emoji, a rare Han character) every token offset was one less than the index of the
 * same text in the {@code String}, and units, spans and subjects were read from the wrong place. Here a
 * supplementary character is two code units, each lexed as a character of its own ({@code OTHER}), which is
 * all the grammar needs of it. It also reads the {@code String} in place, where {@code fromString} copies it
 * into an {@code int[]} of four bytes a character.
 */
final class Utf16CharStream implements CharStream {

    private final String text;
    private int position;

    Utf16CharStream(String text) {
        this.text = text;
    }

    @Override
    public int LA(int i) {
        if (i > 0) {
            int at = position + i - 1;
            return at < text.length() ? text.charAt(at) : IntStream.EOF;
        }
        if (i < 0) {
            int at = position + i;
            return at >= 0 ? text.charAt(at) : IntStream.EOF;
        }
        return 0; // LA(0) is undefined; ANTLR's streams answer 0 too
    }

    @Override
    public void consume() {
        if (position >= text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = Math.max(0, Math.min(index, text.length()));
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public int mark() {
        return -1; // the whole text is in memory: nothing to keep
    }

    @Override
    public void release(int marker) {
        // nothing was kept by mark()
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(interval.b, text.length() - 1);
        return start > stop ? "" : text.substring(start, stop + 1);
    }

    /** The characters from {@code start} to {@code end} (exclusive), as {@link String#substring} reads them. */
    String text(int start, int end) {
        return text.substring(start, end);
    }

    /** The text the stream reads. */
    String text() {
        return text;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
