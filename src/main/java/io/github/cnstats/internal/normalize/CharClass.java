package io.github.cnstats.internal.normalize;

/**
 * Coarse classes of normalised characters, as far as the whitespace rules and the gloss rule need them.
 */
enum CharClass {
    /** A Han ideograph, including the numerals 〇 and ○. */
    HAN,
    /** An ASCII digit (full-width digits are ASCII by now). */
    DIGIT,
    /** A character that belongs to a number: the decimal point {@code .}, {@code %}, {@code ‰}, {@code ℃}. */
    NUMBER_MARK,
    /** CJK punctuation that survives folding: 、。“”‘’《》「」【】〔〕—…· and the like. */
    CJK_PUNCTUATION,
    /** ASCII punctuation that full-width punctuation folds into: , ; : ! ? ( ) [ ] { } ~ - / " ' &lt; &gt;. */
    ASCII_PUNCTUATION,
    /** Anything else: Latin letters, other scripts, symbols, emoji, surrogates. */
    OTHER;

    private static final String ASCII_PUNCTUATION_CHARS = ",;:!?()[]{}~-/\"'<>";

    /**
     * @param c a normalised character
     * @return its class
     */
    static CharClass of(char c) {
        if (isHan(c)) {
            return HAN;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c == '.' || c == '%' || c == '\u2030' || c == '\u2103') {
            return NUMBER_MARK;
        }
        if (c < 0x80) {
            return ASCII_PUNCTUATION_CHARS.indexOf(c) >= 0 ? ASCII_PUNCTUATION : OTHER;
        }
        if ((c >= 0x3000 && c <= 0x303F) || (c >= 0x2010 && c <= 0x2027) || c == '\u00B7'
                || (c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF01 && c <= 0xFF65)) {
            return CJK_PUNCTUATION;
        }
        return OTHER;
    }

    /**
     * @param c a normalised character
     * @return whether {@code c} is an ideograph of the BMP CJK blocks, or one of the zeros 〇 ○
     */
    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0xF900 && c <= 0xFAFF)
                || c == '\u3007' || c == '\u25CB';
    }

    /**
     * @param c a normalised character
     * @return whether {@code c} ends a sentence when it stands at the end of a line: 。 ! ? …
     */
    static boolean isSentenceEnd(char c) {
        return c == '\u3002' || c == '!' || c == '?' || c == '\u2026';
    }

    /**
     * @param c a normalised character
     * @return whether {@code c} closes a quotation or bracket that may follow a sentence end: ” ’ 」 』 ) 》
     */
    static boolean isClosing(char c) {
        return c == '\u201D' || c == '\u2019' || c == '\u300D' || c == '\u300F' || c == ')' || c == '\u300B'
                || c == '"' || c == '\'';
    }
}
