package io.github.cnstats.internal.normalize;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link PinyinGloss#end} reads plain ASCII letters before looking a character up among the toned ones, and
 * checks the syllable's shape without making a string of it; it must find the glosses the plain version found.
 */
class PinyinGlossPropertiesTest {

    /** Letters of every kind the rule looks at, parentheses of both widths, and characters that end a gloss. */
    private static final List<String> PIECES = List.of("(", "（", ")", "）", "a", "e", "i", "o", "u", "n", "g",
            "h", "z", "s", "w", "d", "r", "m", "x", "q", "A", "W", "Z", "ü", "Ü", "ê", "Ê", "à", "ǎ", "ǚ", "Ā",
            "Ǘ", "ḿ", "\u0301", "\u0308", "\u030C", "1", ".", "萬", " ", "de", "men", "zhuang", "wàn", "lü");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(14).map(pieces -> "(" + String.join("", pieces));
    }

    @Property(tries = 5000)
    void findsTheGlossesThePlainVersionFound(@ForAll("texts") String text) {
        assertEquals(endAsItWas(text, 0), PinyinGloss.end(text, 0), text);
    }

    /** Shaped like a gloss: a few letters of any case, toned or not, between parentheses of either width. */
    @Provide
    Arbitrary<String> glossLike() {
        Arbitrary<String> letters = Arbitraries.strings().withChars("aeiounghzwrAEINGWÀàǎǚÜüêÊ\u0301\u0308")
                .ofMinLength(1).ofMaxLength(9);
        return Arbitraries.of("(", "（").flatMap(open -> letters.flatMap(content -> Arbitraries.of(")", "）", "")
                .map(close -> open + content + close)));
    }

    @Property(tries = 5000)
    void findsTheGlossesThePlainVersionFoundInGlossLikeText(@ForAll("glossLike") String text) {
        assertEquals(endAsItWas(text, 0), PinyinGloss.end(text, 0), text);
    }

    @Property(tries = 2000)
    void syllablesHaveTheShapeThePlainVersionSaw(@ForAll("letters") String letters) {
        assertEquals(isSyllableAsItWas(letters), PinyinGloss.isSyllable(letters), letters);
    }

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.strings().withChars("aeiouüêngmhzcsbprwyr").ofMaxLength(7);
    }

    private static int endAsItWas(CharSequence text, int open) {
        int limit = Math.min(text.length(), open + 2 + 8);
        // The base letters so far. Most parentheses after a Han character hold no gloss and end this loop at
        // their first character, so a string is made only at the closing parenthesis.
        char[] base = new char[8];
        int letters = 0;
        boolean toned = false;
        boolean capitalised = false;
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (CharFolding.fold(c) == ')') {
                String syllable = new String(base, 0, letters);
                boolean toneless = !capitalised && PinyinGloss.TONELESS.contains(syllable);
                boolean gloss = letters > 0 && isSyllableAsItWas(syllable) && (toned || toneless);
                return gloss ? i + 1 : -1;
            }
            boolean first = i == open + 1;
            int lower = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜếềńňǹḿ".indexOf(c);
            int upper = first ? "ĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛẾỀŃŇǸḾ".indexOf(c) : -1;
            capitalised |= upper >= 0;
            char letter;
            if (lower >= 0 || upper >= 0) {
                toned = true;
                letter = "aaaaeeeeiiiioooouuuuüüüüêênnnm".charAt(Math.max(lower, upper));
            } else if ((c == '\u0300' || c == '\u0301' || c == '\u0304' || c == '\u030C') && !first) {
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
            if (letters == 8) {
                return -1; // the next character is past the limit, so no closing parenthesis can follow
            }
            base[letters++] = letter;
        }
        return -1;
    }

    private static boolean isSyllableAsItWas(CharSequence letters) {
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
