package io.github.cnstats;

import java.util.Objects;

/**
 * Something the parser saw and declined to read as a measurement, so that users can find the gaps in its
 * coverage. Diagnostics come from {@link MeasurementParser#explain(CharSequence)}.
 *
 * @param kind    why it was declined
 * @param span    where, in the text as given to the parser
 * @param message one line for people, in English; its wording may change between versions, its kind does not
 */
public record Diagnostic(Kind kind, Span span, String message) {

    /** Why a piece of text is not a measurement. */
    public enum Kind {
        /** A numeral longer than {@link ParserLimits#maxNumeralLength()}. */
        NUMERAL_TOO_LONG,
        /** A numeral whose value is above 10^{@link ParserLimits#maxMagnitudeExponent()}. */
        MAGNITUDE_TOO_LARGE,
        /**
         * Text that was not read. The parsers of {@link Cnstats} never give it any more: they read a text longer
         * than {@link ParserLimits#maxInputLength()} in windows. Kept so that callers that handle it still compile.
         */
        INPUT_TOO_LONG,
        /** A numeral that looked like a number but could not be read as one (such as 十十). */
        MALFORMED_NUMERAL,
        /**
         * A number left out because the character after it is no unit of the parser (搭建帐篷1200顶): a possible
         * gap in its units, which {@link ParserBuilder#addUnit} fills, or a number that is not a count (12345热线).
         */
        UNKNOWN_UNIT,
        /**
         * A number in a form that is not read (2e5, .5, 1/2, 两米半, 三分之一): declined rather than read in part,
         * since a part of it would be a wrong value.
         */
        UNREAD_NUMBER
    }

    /**
     * Makes a diagnostic.
     *
     * @param kind    why it was declined
     * @param span    where, in the text as given to the parser
     * @param message one line for people
     * @throws NullPointerException if any component is null
     */
    public Diagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
    }
}
