package io.github.cnstats.cli;

import java.io.IOException;

/**
 * The lines of an input, one chunk each, without their line ends ({@code \n}, {@code \r\n} or {@code \r}). This
 * is the {@code --lines} mode: every line is a document of its own. A line is held in memory whole.
 */
final class LineSplitter implements ChunkSource {

    private final Utf8Source source;
    private long offset;
    private long lineNumber = 1;

    /** @param source the decoded input */
    LineSplitter(Utf8Source source) {
        this.source = source;
    }

    @Override
    public Chunk next() throws IOException {
        int c = source.read();
        if (c < 0) {
            return null; // a final line end does not open an empty last line
        }
        StringBuilder line = new StringBuilder();
        int terminatorLength = 0;
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
            c = source.read();
        }
        Chunk chunk = new Chunk(line.toString(), offset, lineNumber);
        offset += line.length() + terminatorLength;
        lineNumber++;
        return chunk;
    }
}
