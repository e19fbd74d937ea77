package io.github.cnstats.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-16 characters of a byte stream in one encoding, one at a time, with one character of look-ahead.
 *
 * <p>Unless an encoding is forced, the stream is UTF-8, or UTF-16 if it starts with a UTF-16 byte order mark
 * (FE FF or FF FE). A leading byte order mark (U+FEFF) is dropped, so that offsets count from the first real
 * character. Byte offsets in error reports still count from the first byte of the stream, mark included,
 * because that is what a hex dump of the file shows.
 *
 * <p>Strict sources throw {@link UndecodableInputException} at the first ill-formed sequence. Lenient ones replace
 * each ill-formed sequence by U+FFFD, as {@link CodingErrorAction#REPLACE} would, and count the replacements.
 * The decoding is done by hand around {@link CodingErrorAction#REPORT} so that both modes know the exact byte
 * offset of each bad sequence.
 */
final class TextSource implements Closeable {

    private static final int BUFFER_SIZE = 16 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final boolean lenient;
    /** The encoding forced, or null to sniff a UTF-16 byte order mark and else read UTF-8. */
    private final Charset forced;
    private CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();

    /** Offset in the stream of index 0 of {@link #bytes}. */
    private long bytesBefore;
    private boolean streamEnded;
    private boolean decoderFlushed;
    private boolean atStart = true;
    private long replacements;
    private long firstReplacedByte = -1;

    /**
     * A UTF-8 source (UTF-16 if the stream starts with its byte order mark).
     *
     * @param in      the bytes; closed by {@link #close()}
     * @param lenient whether to replace ill-formed sequences instead of failing
     */
    TextSource(InputStream in, boolean lenient) {
        this(in, null, lenient);
    }

    /**
     * @param in       the bytes; closed by {@link #close()}
     * @param encoding the encoding to read, or null for UTF-8, or UTF-16 after its byte order mark
     * @param lenient  whether to replace ill-formed sequences instead of failing
     */
    TextSource(InputStream in, Charset encoding, boolean lenient) {
        this.in = in;
        this.lenient = lenient;
        this.forced = encoding;
    }

    /** @return the encoding read: known once the first character has been asked for */
    Charset encoding() {
        return decoder == null ? forced : decoder.charset();
    }

    /**
     * Reads a whole stream strictly and reports where it first stops being UTF-8.
     *
     * @param in the bytes; not closed
     * @return the byte offset of the first ill-formed sequence, or {@code -1} if the stream is well-formed
     * @throws IOException if reading fails
     */
    static long firstInvalidByte(InputStream in) throws IOException {
        return firstInvalidByte(in, null);
    }

    /**
     * As {@link #firstInvalidByte(InputStream)}, in an encoding.
     *
     * @param in       the bytes; not closed
     * @param encoding as for {@link #TextSource(InputStream, Charset, boolean)}
     * @return the byte offset of the first ill-formed sequence, or {@code -1} if the stream is well-formed
     * @throws IOException if reading fails
     */
    static long firstInvalidByte(InputStream in, Charset encoding) throws IOException {
        UndecodableInputException e = firstError(in, encoding);
        return e == null ? -1 : e.byteOffset();
    }

    /**
     * As {@link #firstInvalidByte(InputStream, Charset)}, with the error itself, which names the encoding.
     *
     * @return the first error, or null if the stream is well-formed
     * @throws IOException if reading fails
     */
    static UndecodableInputException firstError(InputStream in, Charset encoding) throws IOException {
        TextSource source = new TextSource(in, encoding, false);
        try {
            while (source.read() >= 0) {
                // Only the verdict matters.
            }
            return null;
        } catch (UndecodableInputException e) {
            return e;
        }
    }

    /**
     * @return the next character, or {@code -1} at the end of the stream
     * @throws UndecodableInputException if this source is strict and the next bytes are not UTF-8
     * @throws IOException          if reading fails
     */
    int read() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        return chars.get();
    }

    /**
     * @return the character the next {@link #read()} will return, or {@code -1} at the end of the stream
     * @throws IOException as {@link #read()}
     */
    int peek() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        return chars.get(chars.position());
    }

    /** @return how many ill-formed sequences a lenient source has replaced so far */
    long replacements() {
        return replacements;
    }

    /** @return the byte offset of the first sequence a lenient source replaced, or {@code -1} */
    long firstReplacedByte() {
        return firstReplacedByte;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Decodes more characters; returns whether there are any. */
    private boolean fill() throws IOException {
        if (decoder == null) {
            decoder = chooseDecoder();
        }
        chars.clear();
        try {
            while (chars.position() == 0 && !decoderFlushed) {
                // Decode what is there before reading on, so that an interactive line is seen when typed.
                decodeAvailable();
                if (chars.position() == 0 && !decoderFlushed) {
                    readBytes();
                }
            }
        } finally {
            chars.flip();
        }
        if (atStart && chars.hasRemaining()) {
            atStart = false;
            if (chars.get(0) == BYTE_ORDER_MARK) {
                chars.get();
            }
            if (!chars.hasRemaining()) {
                return fill();
            }
        }
        return chars.hasRemaining();
    }

    /**
     * The decoder of the forced encoding, or of the encoding a byte order mark names; the mark of UTF-16 is
     * skipped here (its bytes still count in offsets), that of UTF-8 is dropped as a character.
     */
    private CharsetDecoder chooseDecoder() throws IOException {
        Charset charset = forced;
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
            // Two bytes tell a UTF-16 mark; read until there are two, or the stream ends.
            while (bytes.remaining() < 2 && !streamEnded) {
                readBytes();
            }
            if (bytes.remaining() >= 2) {
                int b0 = bytes.get(0) & 0xFF;
                int b1 = bytes.get(1) & 0xFF;
                if (b0 == 0xFE && b1 == 0xFF) {
                    charset = StandardCharsets.UTF_16BE;
                    bytes.position(2);
                } else if (b0 == 0xFF && b1 == 0xFE) {
                    charset = StandardCharsets.UTF_16LE;
                    bytes.position(2);
                }
            }
        }
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private void readBytes() throws IOException {
        if (streamEnded) {
            return;
        }
        bytesBefore += bytes.position();
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                streamEnded = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        } finally {
            bytes.flip();
        }
    }

    private void decodeAvailable() throws IOException {
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, streamEnded);
            if (result.isError()) {
                long offset = bytesBefore + bytes.position();
                if (!lenient) {
                    if (chars.position() > 0) {
                        return; // hand out the good characters first; the next fill meets the bad bytes again
                    }
                    throw new UndecodableInputException(decoder.charset().name(), offset);
                }
                if (!chars.hasRemaining()) {
                    return; // the caller drains and comes back with the same bad bytes
                }
                if (firstReplacedByte < 0) {
                    firstReplacedByte = offset;
                }
                replacements++;
                chars.put(REPLACEMENT);
                bytes.position(bytes.position() + result.length());
                continue;
            }
            if (result.isUnderflow() && streamEnded && !bytes.hasRemaining()) {
                decoder.flush(chars);
                decoderFlushed = true;
            }
            return;
        }
    }
}
