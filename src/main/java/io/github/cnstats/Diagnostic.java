package io.github.cnstats;

import java.util.Objects;

/**
 * Something the parser saw and declined to read as a measurement, so that users can find the gaps in its
 * coverage, or figures it read that do not add up (a typo in the text, or a misreading). Diagnostics come from
 * {@link MeasurementParser#explain(CharSequence)}.
 *
 * @param kind    why it was declined
 * @param span    where, in the text as given to the parser
 * @param message one line for people, in English; its wording may change between versions, its kind does not
 */
public record Diagnostic(Kind kind, Span span, String message) {

    /** Why a piece of text is not a measurement, or which check its figures fail. */
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
        UNREAD_NUMBER,
        /**
         * Figures listed after 其中 that add up to more than the whole stated before it (全省破获案件1.2万起,其中
         * 电诈案件8000起、盗窃案件5000起), beyond what the rounding of the stated figures allows. The span is the
         * whole and its parts.
         */
        PARTS_EXCEED_WHOLE,
        /** A share above 100 % (占全市的105.2%, 比重为105%). The span is the share's measurement. */
        SHARE_OVER_HUNDRED,
        /**
         * A stated difference that is not the difference of two stated levels (从1200起降至900起,减少200起),
         * beyond rounding. The span is the measurement that states both.
         */
        DIFFERENCE_MISMATCH,
        /**
         * A stated change that contradicts two stated levels: the wrong direction (从120亿增至98亿) or a rate that
         * the levels do not give (从200亿元增至240亿元,增长25%; 2400件,较去年同期的2000件增长30%), beyond rounding.
         */
        CHANGE_CONTRADICTS_LEVELS
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
