package io.github.cnstats.cli;

import java.io.IOException;

/**
 * The lines of an input, one chunk each, without their line ends ({@code \n}, {@code \r\n} or {@code \r}). This
 * is the {@code --lines} mode: every line is a document of its own.
 *
 * <p>A line longer than {@link ChunkLimits#threshold()} is given in several chunks, as {@link TextChunker} cuts
 * a whole file: after the first 。！？!? once the threshold is reached, else at {@link ChunkLimits#hardLimit()}
 * (never inside a surrogate pair). Every chunk of the line carries its line number, so the whole line is read
 * and memory stays bounded by the hard limit, not by the line.
 */
final class LineSplitter implements ChunkSource {

    private final TextSource source;
    private final ChunkLimits limits;
    private long offset;
    private long lineNumber = 1;
    /** Whether the last chunk given was a piece of a line that goes on. */
    private boolean insideLine;

    /**
     * @param source the decoded input
     * @param limits where to cut a long line
     */
    LineSplitter(TextSource source, ChunkLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    @Override
    public Chunk next() throws IOException {
        int c = source.read();
        if (c < 0) {
            if (insideLine) {
                insideLine = false;
                lineNumber++;
            }
            return null; // a final line end does not open an empty last line
        }
        StringBuilder line = new StringBuilder();
        int terminatorLength = 0;
        boolean cut = false;
        while (c >= 0) {
            if (c == '\n') {
                terminatorLength = 1;
                break;
            }
            if (c == '\r') {
                terminatorLength = 1;
                if (source.peek() == '\n') {
                    source.read();
                    terminatorLength = 2;
                }
                break;
            }
            line.append((char) c);
            int length = line.length();
            if (length >= limits.threshold() && TextChunker.isSentenceEnd(c)
                    || length >= limits.hardLimit() && !Character.isHighSurrogate((char) c)) {
                cut = true;
                break;
            }
            c = source.read();
        }
        Chunk chunk = new Chunk(line.toString(), offset, lineNumber);
        offset += line.length() + terminatorLength;
        if (cut) {
            int next = source.peek();
            // A cut right before the line end ends the line: the line end is taken now.
            if (next == '\n' || next == '\r') {
                source.read();
                offset++;
                if (next == '\r' && source.peek() == '\n') {
                    source.read();
                    offset++;
                }
                cut = false;
            }
        }
        insideLine = cut;
        if (!cut) {
            lineNumber++;
        }
        return chunk;
    }
}
