package io.github.cnstats.internal.numeral;

/** Builds the messages of the exceptions thrown for malformed numerals, so that they all read alike. */
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
        return new NumberFormatException("Malformed numeral \"" + text + "\" at index " + index + ": " + reason);
    }

    /**
     * @param text   the whole numeral being read
     * @param reason what is wrong with it as a whole
     * @return the exception to throw
     */
    static NumberFormatException malformed(String text, String reason) {
        return new NumberFormatException("Malformed numeral \"" + text + "\": " + reason);
    }
}
