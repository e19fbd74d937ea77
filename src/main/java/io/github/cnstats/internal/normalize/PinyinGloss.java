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
        // their first character, so a string is made only at the closing parenthesis.
        char[] base = new char[MAX_CONTENT];
        int letters = 0;
        boolean toned = false;
        boolean capitalised = false;
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (CharFolding.fold(c) == ')') {
                String syllable = new String(base, 0, letters);
                boolean toneless = !capitalised && TONELESS.contains(syllable);
                boolean gloss = letters > 0 && isSyllable(syllable) && (toned || toneless);
                return gloss ? i + 1 : -1;
            }
            boolean first = i == open + 1;
            int lower = TONED_LOWER.indexOf(c);
            int upper = first ? TONED_UPPER.indexOf(c) : -1;
            capitalised |= upper >= 0;
            char letter;
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
            } else if ((c >= 'a' && c <= 'z') || c == 'ü' || c == 'ê') {
                letter = c;
            } else if (first && ((c >= 'A' && c <= 'Z') || c == 'Ü' || c == 'Ê')) {
                capitalised = true;
                letter = Character.toLowerCase(c);
            } else {
                return -1;
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
        String s = letters.toString();
        if (s.equals("m") || s.equals("n") || s.equals("ng") || s.equals("hm") || s.equals("hng")) {
            return true;
        }
        int i = 0;
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            i = 2;
        } else if (!s.isEmpty() && "bpmfdtnlgkhjqxrzcsyw".indexOf(s.charAt(0)) >= 0) {
            i = 1;
        }
        int vowels = 0;
        while (i < s.length() && "aeiouüê".indexOf(s.charAt(i)) >= 0) {
            i++;
            vowels++;
        }
        if (vowels == 0 || vowels > 3) {
            return false;
        }
        String coda = s.substring(i);
        return coda.isEmpty() || coda.equals("n") || coda.equals("ng") || coda.equals("r");
    }
}
