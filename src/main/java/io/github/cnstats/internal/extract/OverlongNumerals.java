package io.github.cnstats.internal.extract;

import io.github.cnstats.Diagnostic;
import io.github.cnstats.ParserLimits;

import java.util.Arrays;
import io.github.cnstats.internal.words.CharClasses;

import java.util.BitSet;
import java.util.List;

/**
 * Blanks out runs of numeral characters too long to be any numeral before the grammar sees them. ANTLR's
 * prediction over such a run (3亿亿亿… a hundred thousand times) is quadratic in its length: the fuzzing of
 * issue 7 found that 100,000 magnitudes took 100 seconds to parse, before the numeral limit could refuse them.
 * Such a run can never be read, since a numeral is at most {@link ParserLimits#CEILING_MAX_NUMERAL_LENGTH}
 * characters, so it is replaced by as many neutral characters (offsets stay put) and reported.
 */
final class OverlongNumerals {

    /** Digits, separators within numbers, Chinese numerals and magnitudes (after normalisation). */
    private static final String NUMERAL_CHARS =
            "0123456789.," + CharClasses.CHINESE_DIGITS + CharClasses.MAGNITUDES + "点";

    /**
     * {@link #NUMERAL_CHARS} as a set: this runs over every character of the document, most of which are not
     * numerals, and finding that out by searching the string was the larger part of its cost.
     */
    private static final BitSet IS_NUMERAL_CHAR = new BitSet();

    static {
        NUMERAL_CHARS.chars().forEach(IS_NUMERAL_CHAR::set);
    }

    /** Stands in for a blanked character; the grammar reads it as plain text. */
    private static final char BLANK = '□';

    private OverlongNumerals() {
    }

    /**
     * Runs once over the whole normalised document, so that a run is declined once however the parse windows
     * later cut it.
     *
     * <p>It looks at one character in {@code CEILING + 1} rather than at every one: a run longer than the
     * ceiling holds {@code CEILING + 1} consecutive characters, and so one of the probed ones, wherever it
     * starts. Only around a probe that is a numeral character does it look at the neighbours, to find that run's
     * two ends; the next probe is then the last character of the shortest overlong run that could start after
     * it. Real text has no overlong run, so this reads about one character in 65, and never a character more
     * than twice.
     *
     * @param text     the normalised document
     * @param declined where to note each run blanked, in text order
     * @return the text, with every run of more than the ceiling's numeral characters blanked
     */
    static String blank(String text, List<Declined> declined) {
        int ceiling = ParserLimits.CEILING_MAX_NUMERAL_LENGTH;
        char[] chars = null;
        int n = text.length();
        int probe = ceiling; // the last character of a run of ceiling + 1 that starts at 0
        while (probe < n) {
            if (!IS_NUMERAL_CHAR.get(text.charAt(probe))) {
                probe += ceiling + 1;
                continue;
            }
            int start = probe;
            while (start > 0 && IS_NUMERAL_CHAR.get(text.charAt(start - 1))) {
                start--;
            }
            int end = probe + 1;
            while (end < n && IS_NUMERAL_CHAR.get(text.charAt(end))) {
                end++;
            }
            if (end - start > ceiling) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                Arrays.fill(chars, start, end, BLANK);
                declined.add(new Declined(Diagnostic.Kind.NUMERAL_TOO_LONG, start, end,
                        "run of " + (end - start) + " numeral characters is longer than any numeral ("
                                + ceiling + ")"));
            }
            // text[end] is not a numeral character, so the next run starts after it.
            probe = end + 1 + ceiling;
        }
        return chars == null ? text : new String(chars);
    }
}
