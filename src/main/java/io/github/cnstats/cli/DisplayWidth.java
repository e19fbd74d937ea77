package io.github.cnstats.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns text takes: two for characters of East Asian Width Wide or Fullwidth (Chinese
 * characters, full-width digits and punctuation), none for combining marks and format characters, one for the
 * rest. Ambiguous characters count one, as terminals outside East Asian locales draw them.
 */
final class DisplayWidth {

    private static final String ELLIPSIS = "…";

    private DisplayWidth() {
    }

    /**
     * @param codePoint a code point
     * @return the columns it takes: 0, 1 or 2
     */
    static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /**
     * @param text some text without control characters
     * @return the columns it takes
     */
    static int of(CharSequence text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            columns += of(cp);
            i += Character.charCount(cp);
        }
        return columns;
    }

    /**
     * Shortens text to a number of columns, ending it with … where it was cut.
     *
     * @param text     some text without control characters
     * @param maxWidth the most columns the result may take, at least 1
     * @return {@code text} itself if it fits, else its longest prefix that fits with … after it
     */
    static String truncate(String text, int maxWidth) {
        if (of(text) <= maxWidth) {
            return text;
        }
        int budget = maxWidth - of(ELLIPSIS.codePointAt(0));
        int columns = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int width = of(cp);
            if (columns + width > budget) {
                break;
            }
            columns += width;
            end += Character.charCount(cp);
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /**
     * @param text  some text without control characters
     * @param width the columns to fill
     * @return {@code text} with spaces after it up to {@code width} columns
     */
    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    /**
     * @param text  some text without control characters
     * @param width the columns to fill
     * @return {@code text} with spaces before it up to {@code width} columns
     */
    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - of(text))) + text;
    }
}
