package io.github.cnstats.internal.extract;

import io.github.cnstats.Diagnostic;
import io.github.cnstats.Span;

import java.util.Optional;

/**
 * The part of a text that one call reads under {@link io.github.cnstats.ParserLimits#maxInputLength()}, and the
 * diagnostic for the rest. The cut never falls between the two halves of a surrogate pair, so the part read is
 * well-formed text and the unread part starts at a whole character.
 *
 * @param readable the text to read, a prefix of the input
 * @param length   the length of the whole input
 */
record InputCut(CharSequence readable, int length) {

    static InputCut of(CharSequence text, int maxLength) {
        if (text.length() <= maxLength) {
            return new InputCut(text, text.length());
        }
        int cut = maxLength;
        if (Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return new InputCut(text.subSequence(0, cut), text.length());
    }

    /** @return the INPUT_TOO_LONG diagnostic over the unread text, if any was left unread */
    Optional<Diagnostic> diagnostic() {
        int read = readable.length();
        if (read == length) {
            return Optional.empty();
        }
        return Optional.of(new Diagnostic(Diagnostic.Kind.INPUT_TOO_LONG, new Span(read, length),
                "the text after character " + read + " was not read: the input has " + length
                        + " characters, above maxInputLength; split it and parse the parts"));
    }
}
