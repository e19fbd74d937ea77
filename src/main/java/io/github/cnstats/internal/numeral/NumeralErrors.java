package io.github.cnstats.internal.numeral;

/** Builds the exceptions thrown for malformed numerals, so that they all read alike. */
final class NumeralErrors {

    private NumeralErrors() {
    }

    /**
     * @param text   the whole numeral being read (already checked to be short, so it can be quoted)
     * @param index  where in {@code text} the problem is
     * @param reason what is wrong, in a few words
     * @return the exception to throw
     */
    static NumberFormatException malformed(String text, int index, String reason) {
        return new MalformedNumeralException("Malformed numeral \"" + text + "\" at index " + index + ": " + reason);
    }

    /**
     * @param text   the whole numeral being read
     * @param reason what is wrong with it as a whole
     * @return the exception to throw
     */
    static NumberFormatException malformed(String text, String reason) {
        return new MalformedNumeralException("Malformed numeral \"" + text + "\": " + reason);
    }

    /**
     * A numeral that is not well-formed. It is an answer about the text, not a fault of the program: every caller
     * catches it to decline the phrase or try another reading, and official text holds such numerals (亿万 in
     * 亿万农民 is an idiom), so no stack trace is recorded. Filling one in cost more than reading the numeral,
     * and it would only ever show where in the numeral code the text was refused, which the message says.
     */
    static final class MalformedNumeralException extends NumberFormatException {

        private static final long serialVersionUID = 1L;

        MalformedNumeralException(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
