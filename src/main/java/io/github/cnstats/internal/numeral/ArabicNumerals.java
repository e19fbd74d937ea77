package io.github.cnstats.internal.numeral;

import java.math.BigDecimal;

/**
 * Reads Arabic numerals as official text writes them: {@code 391000}, {@code 39.1}, {@code 3,291},
 * {@code 1,234,567.5}, in ASCII or full-width characters (３，２９１．５).
 *
 * <p>Shape: digits, or 1–3 digits (not starting with 0) followed by groups of a separator and exactly three
 * digits; then optionally a point and at least one digit. No sign, exponent or space: a sign in official text
 * says the direction of a change, which is the grammar's business, not the number's.
 */
final class ArabicNumerals {

    private ArabicNumerals() {
    }

    /**
     * @param c a character
     * @return its digit value for 0–9 and ０–９, or -1
     */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    /** @return whether {@code c} is a thousands separator: ',' or the full-width '，' that NFKC maps to it */
    static boolean isSeparator(char c) {
        return c == ',' || c == '，';
    }

    /** @return whether {@code c} separates groups of thousands: a separator, or the space Hong Kong writes (59 225) */
    private static boolean isGroupMark(char c) {
        return isSeparator(c) || c == ' ';
    }

    /** @return whether {@code c} is a decimal point: '.' or the full-width '．' that NFKC maps to it */
    static boolean isPoint(char c) {
        return c == '.' || c == '．';
    }

    /**
     * @param text an Arabic numeral
     * @return its exact value, canonical
     * @throws NumberFormatException  if the text is not a well-formed Arabic numeral
     * @throws NumeralLimitException if it breaks a limit
     */
    static BigDecimal parse(String text) {
        Limits.checkLength(text);
        if (text.isEmpty()) {
            throw NumeralErrors.malformed(text, "empty");
        }
        StringBuilder plain = new StringBuilder(text.length());
        int i = appendDigits(text, 0, plain);
        if (i == 0) {
            throw NumeralErrors.malformed(text, 0, "an Arabic numeral starts with a digit");
        }
        if (i < text.length() && isGroupMark(text.charAt(i))) {
            if (i > 3 || digit(text.charAt(0)) == 0) {
                throw NumeralErrors.malformed(text, i,
                        "thousands separators need 1 to 3 digits, not starting with 0, before the first one");
            }
            while (i < text.length() && isGroupMark(text.charAt(i))) {
                int groupEnd = appendDigits(text, i + 1, plain);
                if (groupEnd - (i + 1) != 3) {
                    throw NumeralErrors.malformed(text, i + 1, "a thousands separator must be followed by 3 digits");
                }
                i = groupEnd;
            }
        }
        if (i < text.length() && isPoint(text.charAt(i))) {
            plain.append('.');
            int fractionEnd = appendDigits(text, i + 1, plain);
            if (fractionEnd == i + 1) {
                throw NumeralErrors.malformed(text, i, "a decimal point must be followed by a digit");
            }
            i = fractionEnd;
        }
        if (i < text.length()) {
            throw NumeralErrors.malformed(text, i, "'" + text.charAt(i) + "' does not belong in an Arabic numeral");
        }
        return Limits.checkMagnitude(new BigDecimal(plain.toString()), text);
    }

    /** Appends the ASCII form of the digits starting at {@code from}; returns the index after the last one. */
    private static int appendDigits(String text, int from, StringBuilder out) {
        int i = from;
        while (i < text.length() && digit(text.charAt(i)) >= 0) {
            out.append((char) ('0' + digit(text.charAt(i))));
            i++;
        }
        return i;
    }
}
