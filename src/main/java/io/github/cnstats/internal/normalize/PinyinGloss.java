package io.github.cnstats.internal.normalize;

import java.util.Set;

/**
 * Recognises a pinyin gloss such as {@code (wàn)} that some mirror sites put after every few characters.
 *
 * <p>A gloss is an opening parenthesis (ASCII or full-width), one pinyin syllable, and a closing parenthesis.
 * The syllable is letters only (a–z, ü, ê, tone-marked vowels, or combining tone marks), lower case except
 * perhaps its first letter, shaped like a syllable (an optional initial, one to three vowels, an optional
 * {@code n}, {@code ng} or {@code r}, or the syllabic nasals {@code m n ng}), and it carries a tone mark,
 * unless it is one of the toneless particles in {@link #TONELESS}, written in lower case. So {@code (wǎng)},
 * {@code (Wàn)} and {@code (de)} are glosses; {@code (GOIP)}, {@code (APP)}, {@code (Wind)},
 * {@code (601155.SH)}, {@code (café)} and {@code (a)} are not.
 */
final class PinyinGloss {

    /** The longest syllable is six letters (zhuang); two more for combining tone marks. */
    private static final int MAX_CONTENT = 8;

    /** Syllables of the neutral tone that mirror sites write without a mark. */
    static final Set<String> TONELESS =
            Set.of("de", "le", "me", "ma", "ne", "ba", "zi", "men", "zhe", "ge", "ya", "la", "wa");

    private static final String TONED_LOWER = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜếềńňǹḿ";
    private static final String TONED_UPPER = "ĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛẾỀŃŇǸḾ";
    /** The base letter of each toned vowel, in the same order as {@link #TONED_LOWER}. */
    private static final String TONED_BASE = "aaaaeeeeiiiioooouuuuüüüüêênnnm";

    private PinyinGloss() {
    }

    /**
     * @param text the original text
     * @param open the index of a character that folds to {@code (}
     * @return the index after the gloss's closing parenthesis, or {@code -1} if no gloss starts at {@code open}
     */
    static int end(CharSequence text, int open) {
        int limit = Math.min(text.length(), open + 2 + MAX_CONTENT);
        // The base letters so far. Most parentheses after a Han character hold no gloss and end this loop at
        // their first character.
        char[] base = new char[MAX_CONTENT];
        int letters = 0;
        boolean toned = false;
        boolean capitalised = false;
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (CharFolding.fold(c) == ')') {
                boolean gloss = letters > 0
                        && (toned || (!capitalised && TONELESS.contains(new String(base, 0, letters))))
                        && isSyllable(base, letters);
                return gloss ? i + 1 : -1;
            }
            boolean first = i == open + 1;
            char letter;
            // Plain ASCII letters first, as most letters of a gloss are: no toned vowel or combining mark is ASCII,
            // so the lookups below would find nothing for them.
            if (c >= 'a' && c <= 'z') {
                letter = c;
            } else if (first && c >= 'A' && c <= 'Z') {
                capitalised = true;
                letter = (char) (c - 'A' + 'a');
            } else {
                int lower = TONED_LOWER.indexOf(c);
                int upper = first ? TONED_UPPER.indexOf(c) : -1;
                capitalised |= upper >= 0;
                if (lower >= 0 || upper >= 0) {
                    toned = true;
                    letter = TONED_BASE.charAt(Math.max(lower, upper));
                } else if (isToneMark(c) && !first) {
                    toned = true;
                    continue;
                } else if (c == '\u0308' && !first) {
                    if (letters == 0 || base[letters - 1] != 'u') {
                        return -1;
                    }
                    base[letters - 1] = 'ü';
                    continue;
                } else if (c == 'ü' || c == 'ê') {
                    letter = c;
                } else if (first && (c == 'Ü' || c == 'Ê')) {
                    capitalised = true;
                    letter = Character.toLowerCase(c);
                } else {
                    return -1;
                }
            }
            if (letters == MAX_CONTENT) {
                return -1; // the next character is past the limit, so no closing parenthesis can follow
            }
            base[letters++] = letter;
        }
        return -1;
    }

    private static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0304' || c == '\u030C';
    }

    /**
     * @param letters lower-case letters without tone marks
     * @return whether they have the shape of one pinyin syllable
     */
    static boolean isSyllable(CharSequence letters) {
        char[] s = letters.toString().toCharArray();
        return isSyllable(s, s.length);
    }

    /** {@link #isSyllable(CharSequence)} of {@code s[0, n)}, without making a string of it. */
    private static boolean isSyllable(char[] s, int n) {
        if (is(s, 0, n, "m") || is(s, 0, n, "n") || is(s, 0, n, "ng") || is(s, 0, n, "hm") || is(s, 0, n, "hng")) {
            return true;
        }
        int i = 0;
        if (n >= 2 && s[1] == 'h' && (s[0] == 'z' || s[0] == 'c' || s[0] == 's')) {
            i = 2;
        } else if (n > 0 && "bpmfdtnlgkhjqxrzcsyw".indexOf(s[0]) >= 0) {
            i = 1;
        }
        int vowels = 0;
        while (i < n && "aeiouüê".indexOf(s[i]) >= 0) {
            i++;
            vowels++;
        }
        if (vowels == 0 || vowels > 3) {
            return false;
        }
        return i == n || is(s, i, n, "n") || is(s, i, n, "ng") || is(s, i, n, "r");
    }

    /** Whether {@code s[from, to)} is {@code word}. */
    private static boolean is(char[] s, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
