package io.github.cnstats.cli;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * What encoding the first bytes of an input look like: a byte order mark if there is one, UTF-8 if they are
 * well-formed UTF-8, else the best match of ICU4J's {@link CharsetDetector} that Java can decode.
 *
 * @param encoding   the encoding
 * @param confidence 0 to 100: 100 for a byte order mark or well-formed UTF-8 with non-ASCII text, else the
 *                   detector's confidence
 * @param how        how it was found, for {@code --explain}: "byte order mark", "well-formed UTF-8", "detected"
 */
record EncodingGuess(Charset encoding, int confidence, String how) {

    /** How many bytes are looked at: enough for the detector, little enough to read twice. */
    static final int SAMPLE_SIZE = 64 * 1024;

    /**
     * @param sample the first bytes of the input, at most {@link #SAMPLE_SIZE}
     * @param whole  whether the sample is the whole input (else it may end inside a character)
     * @return the guess, or empty if nothing Java can decode matches
     */
    static Optional<EncodingGuess> of(byte[] sample, boolean whole) {
        if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return Optional.of(new EncodingGuess(StandardCharsets.UTF_16BE, 100, "byte order mark"));
        }
        if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return Optional.of(new EncodingGuess(StandardCharsets.UTF_16LE, 100, "byte order mark"));
        }
        if (isUtf8(sample, whole)) {
            return Optional.of(new EncodingGuess(StandardCharsets.UTF_8, 100, "well-formed UTF-8"));
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            try {
                Charset charset = Charset.forName(match.getName());
                return Optional.of(new EncodingGuess(charset, match.getConfidence(), "detected"));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // Try the next match.
            }
        }
        return Optional.empty();
    }

    /** Whether the bytes are UTF-8, allowing a character cut by the end of a sample that is not the whole input. */
    private static boolean isUtf8(byte[] sample, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        try {
            CoderResult result = decoder.decode(in, CharBuffer.allocate(sample.length + 1), whole);
            if (result.isError()) {
                return false;
            }
            return whole ? !in.hasRemaining() : sample.length - in.position() < 4;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** @return the encoding's name as the user may write it after {@code --encoding} */
    String name() {
        return encoding.name();
    }

}
