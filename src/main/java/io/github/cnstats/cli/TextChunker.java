package io.github.cnstats.cli;

import java.io.IOException;

/**
 * The chunks of a whole-file document, so that a file of any size is parsed in pieces of bounded size. The text
 * is only cut where no measurement is likely to straddle the cut, and every offset and line number stays exact
 * across cuts because each chunk knows where it starts.
 *
 * <p>Where the text is cut, in order of preference:
 * <ol>
 *   <li>Once a chunk holds {@link ChunkLimits#threshold()} characters or more, after the next line end that
 *       closes a sentence (the line ends in 。！？ or ! ?, perhaps followed by closing quotes, brackets or
 *       spaces) or closes a paragraph (the line is blank).</li>
 *   <li>When the current line alone has grown to the threshold, or the chunk to twice the threshold, with no
 *       such line end, right after the next 。！？ or ! ? anywhere, even inside a line (with the closing
 *       quotes, spaces and line end that directly follow it).</li>
 *   <li>When the chunk reaches {@link ChunkLimits#hardLimit()} characters with neither, right there. A
 *       measurement that straddles such a cut is split or lost; only text with no sentence end in megabytes
 *       gets there. The cut never falls inside a surrogate pair or a {@code \r\n}.</li>
 * </ol>
 * A leading byte order mark has already been dropped by {@link TextSource} and counts for nothing.
 */
final class TextChunker implements ChunkSource {

    private final TextSource source;
    private final ChunkLimits limits;
    private long offset;
    private long nextFirstLine = 1;
    private boolean ended;

    /**
     * @param source the decoded input
     * @param limits where to cut
     */
    TextChunker(TextSource source, ChunkLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    @Override
    public Chunk next() throws IOException {
        if (ended) {
            return null;
        }
        int threshold = limits.threshold();
        StringBuilder text = new StringBuilder();
        int lineStart = 0;
        long lineEnds = 0;
        while (true) {
            int c = source.read();
            if (c < 0) {
                ended = true;
                break;
            }
            text.append((char) c);
            if (c == '\n' || c == '\r') {
                int contentEnd = text.length() - 1;
                if (c == '\r' && source.peek() == '\n') {
                    text.append((char) source.read());
                }
                lineEnds++;
                boolean cut = text.length() >= threshold && closesSentenceOrParagraph(text, lineStart, contentEnd);
                lineStart = text.length();
                if (cut) {
                    break;
                }
            } else if (text.length() >= threshold && isSentenceEnd(c)
                    && (text.length() - lineStart >= threshold || text.length() >= 2L * threshold)) {
                lineEnds += takeSentenceTail(text);
                break;
            }
            if (text.length() >= limits.hardLimit() && !Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                break;
            }
        }
        if (text.length() == 0) {
            return null;
        }
        Chunk chunk = new Chunk(text.toString(), offset, nextFirstLine);
        offset += text.length();
        nextFirstLine += lineEnds;
        return chunk;
    }

    /**
     * Moves what still belongs to a sentence that has just ended into the chunk: closing quotes and brackets,
     * spaces, and a line end right after them.
     *
     * @return how many line ends were taken: 0 or 1
     */
    private int takeSentenceTail(StringBuilder text) throws IOException {
        int next = source.peek();
        while ((isClosing((char) next) || isBlank((char) next)) && text.length() < limits.hardLimit()) {
            text.append((char) source.read());
            next = source.peek();
        }
        if (next == '\n' || next == '\r') {
            text.append((char) source.read());
            if (next == '\r' && source.peek() == '\n') {
                text.append((char) source.read());
            }
            return 1;
        }
        return 0;
    }

    /** Whether the line {@code text[start, end)} is blank or ends a sentence. */
    private static boolean closesSentenceOrParagraph(CharSequence text, int start, int end) {
        int i = end;
        while (i > start && isBlank(text.charAt(i - 1))) {
            i--;
        }
        if (i == start) {
            return true;
        }
        while (i > start && isClosing(text.charAt(i - 1))) {
            i--;
        }
        return i > start && isSentenceEnd(text.charAt(i - 1));
    }

    static boolean isSentenceEnd(int c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    private static boolean isClosing(char c) {
        return "”’」』）)】》\"'".indexOf(c) >= 0;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\f';
    }
}
