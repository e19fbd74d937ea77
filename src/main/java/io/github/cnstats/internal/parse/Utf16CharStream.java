package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A lexer's view of a stretch of a {@code String}, indexed by UTF-16 code unit as everything else in cnstats is,
 * from 0 at the stretch's first character.
 *
 * <p>ANTLR's own {@code CharStreams.fromString} counts code points, so after a character outside the Basic
 * Multilingual Plane (an emoji, a rare Han character) every token offset was one less than the index of the
 * same text in the {@code String}, and units, spans and subjects were read from the wrong place. Here a
 * supplementary character is two code units, each lexed as a character of its own ({@code OTHER}), which is
 * all the grammar needs of it. It also reads the {@code String} in place, where {@code fromString} copies it
 * into an {@code int[]} of four bytes a character.
 *
 * <p>The stretch is read where it stands in its {@code String} ({@link #Utf16CharStream(String, int, int)}): a
 * window of a document is lexed without being cut from the document first, so a window in which no statistic
 * is found costs no copy at all. As a {@link CharSequence} it is the stretch's characters, for the lexer and
 * the unit lexicon, which must not read past its end.
 */
final class Utf16CharStream implements CharStream, CharSequence {

    private final String source;
    /** Where the stretch starts in {@link #source}. */
    private final int offset;
    private final int length;
    private int position;

    /** A stream of the whole of {@code text}. */
    Utf16CharStream(String text) {
        this(text, 0, text.length());
    }

    /** A stream of {@code source} from {@code start} to {@code end} (exclusive). */
    Utf16CharStream(String source, int start, int end) {
        this.source = source;
        this.offset = start;
        this.length = end - start;
    }

    @Override
    public int LA(int i) {
        if (i > 0) {
            int at = position + i - 1;
            return at < length ? source.charAt(offset + at) : IntStream.EOF;
        }
        if (i < 0) {
            int at = position + i;
            return at >= 0 ? source.charAt(offset + at) : IntStream.EOF;
        }
        return 0; // LA(0) is undefined; ANTLR's streams answer 0 too
    }

    @Override
    public void consume() {
        if (position >= length) {
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
        position = Math.max(0, Math.min(index, length));
    }

    @Override
    public int size() {
        return length;
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
        int stop = Math.min(interval.b, length - 1);
        return start > stop ? "" : text(start, stop + 1);
    }

    /** The characters from {@code start} to {@code end} (exclusive), as {@link String#substring} reads them. */
    String text(int start, int end) {
        return source.substring(offset + start, offset + end);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
        return source.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text(start, end);
    }

    /** The stretch's characters. */
    @Override
    public String toString() {
        return text(0, length);
    }

    /** The string the stream reads a stretch of: {@link #offset()} is where the stretch starts in it. */
    String source() {
        return source;
    }

    /** Where the stretch starts in {@link #source()}. */
    int offset() {
        return offset;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
