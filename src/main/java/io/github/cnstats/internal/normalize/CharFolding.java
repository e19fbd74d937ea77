package io.github.cnstats.internal.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The context-free part of normalisation: one lookup table over the whole Basic Multilingual Plane that says,
 * for every UTF-16 code unit, which single character it becomes (compatibility folding, then Traditional to
 * Simplified) and whether it is whitespace of some kind. Because every entry is exactly one character, folding
 * never changes the length of the text, which keeps the offset map trivial.
 *
 * <p>The table is built once per JVM on first use, from ICU: NFKC for every code unit, and the
 * {@code Hant-Hans} transliterator for every character of the CJK ideograph blocks. That takes about 0.4 s in
 * a fresh JVM (most of it ICU loading its data and the transliterator's rules; the 29,000 lookups take about
 * 70 ms), paid once; after that every character of every document costs one array read (a megabyte of text
 * normalises in well under 0.1 s). Building from ICU rather than shipping a
 * generated resource keeps the table in step with the ICU version without a build step that could go stale.
 * The holder class idiom makes the build lazy and thread-safe: the JVM runs a class initialiser exactly once,
 * and the transliterator (which is not safe for concurrent use) never leaves it.
 */
final class CharFolding {

    /** An ordinary character: fold it and keep it. */
    static final byte CHAR = 0;
    /** A space of any width (U+0020, tab, NBSP, ideographic space U+3000, …). */
    static final byte SPACE = 1;
    /** A line break: LF, CR (CR LF counts once), NEL, U+2028 LINE SEPARATOR. */
    static final byte LINE_BREAK = 2;
    /** U+2029 PARAGRAPH SEPARATOR: a line break that always separates paragraphs. */
    static final byte PARAGRAPH_SEPARATOR = 3;
    /**
     * A character with no width that scraped text carries by accident: zero-width space, BOM, soft hyphen, and the
     * control characters (NUL, DEL, C1) other than the line breaks and tabs above.
     */
    static final byte INVISIBLE = 4;

    private CharFolding() {
    }

    /**
     * @param c any UTF-16 code unit
     * @return the character {@code c} becomes: itself, its one-character NFKC form, its Simplified form, or a
     *         dash or colon chosen by the overrides below
     */
    static char fold(char c) {
        return Tables.FOLDED[c];
    }

    /**
     * What {@link #foldPlain} gives for a character that ends a plain stretch. No character that continues a
     * stretch folds to {@code (}, since a character folding to {@code (} ends one, so the marker cannot be
     * mistaken for a folded character.
     */
    static final char NOT_PLAIN = '(';

    /**
     * The one lookup of the normaliser's inner loop, which would otherwise ask {@link #kind} and {@link #fold}
     * for every character: most of a text is ordinary characters copied folded, and a stretch of them ends only
     * at white space (of any kind, including the invisible characters) or at a character that folds to
     * {@code (} and so may open a pinyin gloss.
     *
     * @param c any UTF-16 code unit
     * @return {@code fold(c)} if {@code c} is a {@link #CHAR} that does not fold to {@code (}, else
     *         {@link #NOT_PLAIN}
     */
    static char foldPlain(char c) {
        return Tables.PLAIN[c];
    }

    /**
     * @param c any UTF-16 code unit
     * @return one of {@link #CHAR}, {@link #SPACE}, {@link #LINE_BREAK}, {@link #PARAGRAPH_SEPARATOR},
     *         {@link #INVISIBLE}
     */
    static byte kind(char c) {
        return Tables.KINDS[c];
    }

    /** Built on first use of {@link CharFolding}'s lookups; see the class comment. */
    private static final class Tables {
        static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
        static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];
        /** {@link #FOLDED}, with {@link #NOT_PLAIN} where a plain stretch ends; see {@link #foldPlain}. */
        static final char[] PLAIN = new char[Character.MAX_VALUE + 1];

        static {
            char[] simplified = simplifiedHan();
            Normalizer2 nfkc = Normalizer2.getNFKCInstance();
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                char compatible = override(compatibilityFold(nfkc, (char) c));
                FOLDED[c] = simplified[compatible];
                KINDS[c] = kindOf((char) c, compatible);
                PLAIN[c] = KINDS[c] == CHAR ? FOLDED[c] : NOT_PLAIN; // a FOLDED '(' stays NOT_PLAIN
            }
        }
    }

    /**
     * NFKC, but only where it gives exactly one character and does not turn a decorated number into a plain
     * one. Full-width forms (０ → 0, ％ → %, ， → ,), small forms (﹒ → .), compatibility ideographs and Kangxi
     * radicals fold; ℃ (NFKC "°C") and … (NFKC "...") stay because they would grow; superscripts, subscripts,
     * circled, squared and fraction forms and Roman numerals stay because ² → 2 or ① → 1 would make exponents
     * and list markers read as quantities.
     */
    private static char compatibilityFold(Normalizer2 nfkc, char c) {
        if (Character.isSurrogate(c) || nfkc.getDecomposition(c) == null || isDecoratedNumber(c)) {
            return c;
        }
        String folded = nfkc.normalize(String.valueOf(c));
        return folded.length() == 1 ? folded.charAt(0) : c;
    }

    private static boolean isDecoratedNumber(char c) {
        if (c >= 0x2150 && c <= 0x218F) { // Number Forms: Roman numerals, vulgar fractions
            return true;
        }
        int type = UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE);
        return type == UCharacter.DecompositionType.SUPER
                || type == UCharacter.DecompositionType.SUB
                || type == UCharacter.DecompositionType.CIRCLE
                || type == UCharacter.DecompositionType.SQUARE
                || type == UCharacter.DecompositionType.FRACTION;
    }

    /**
     * Dashes and look-alikes that NFKC leaves alone but that the grammar should see as one character each:
     * minus signs and hyphens become {@code -}; the en dash and horizontal bar become the em dash {@code —}
     * that Chinese text uses in ranges (5%—5.5%); RATIO {@code ∶} becomes {@code :}; WAVE DASH {@code 〜}
     * becomes {@code ~} like its full-width twin.
     */
    private static char override(char c) {
        switch (c) {
            case '\u2010': // hyphen (also what NFKC makes of U+2011 non-breaking hyphen)
            case '\u2012': // figure dash
            case '\u2212': // minus sign
            case '\uFE63': // small hyphen-minus
                return '-';
            case '\u2013': // en dash
            case '\u2015': // horizontal bar
                return '\u2014';
            case '\u2236': // ratio
                return ':';
            case '\u301C': // wave dash
                return '~';
            default:
                return c;
        }
    }

    private static byte kindOf(char c, char compatible) {
        switch (c) {
            case '\n':
            case '\r':
            case '\u0085':
            case '\u2028':
                return LINE_BREAK;
            case '\u2029':
                return PARAGRAPH_SEPARATOR;
            case '\t':
            case '\u000B':
            case '\u000C':
                return SPACE;
            case '\u200B': // zero-width space
            case '\u2060': // word joiner
            case '\uFEFF': // byte-order mark, zero-width no-break space
            case '\u00AD': // soft hyphen
                return INVISIBLE;
            default:
                if (Character.getType(c) == Character.CONTROL) {
                    // NUL and the other control characters carry nothing a reader sees; kept, one inside a
                    // number (41.2\u0000万亿) would split it and leave a wrong value (1万亿).
                    return INVISIBLE;
                }
                return Character.getType(c) == Character.SPACE_SEPARATOR || compatible == ' ' ? SPACE : CHAR;
        }
    }

    /**
     * The identity map with every Traditional character of the CJK ideograph blocks replaced by its Simplified
     * form, where ICU gives exactly one character in the Basic Multilingual Plane (a few rare characters map to
     * supplementary ones; they stay as they are). The transliterator maps character by character, so looking
     * each character up on its own gives what transliterating whole sentences would.
     */
    private static char[] simplifiedHan() {
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            map[c] = (char) c;
        }
        Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
        int[][] blocks = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
        for (int[] block : blocks) {
            for (int c = block[0]; c <= block[1]; c++) {
                String simplified = toSimplified.transliterate(String.valueOf((char) c));
                if (simplified.length() == 1) {
                    map[c] = simplified.charAt(0);
                }
            }
        }
        return followChains(map);
    }

    /**
     * A few of ICU's Simplified forms are mapped again ({@code 薴 → 苧 → 苎}), and a few map back and forth
     * ({@code 苧 ↔ 苎}). Folding must give the same result when applied twice, so each chain is followed to its
     * end, and a character on a cycle stays as it is.
     */
    private static char[] followChains(char[] map) {
        char[] followed = map.clone();
        for (int c = 0; c < map.length; c++) {
            char target = map[c];
            int steps = 0;
            while (map[target] != target && target != c && steps < 8) {
                target = map[target];
                steps++;
            }
            followed[c] = map[target] == target ? target : (char) c;
        }
        return followed;
    }
}
