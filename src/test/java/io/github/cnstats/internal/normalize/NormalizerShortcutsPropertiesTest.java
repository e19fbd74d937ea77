package io.github.cnstats.internal.normalize;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shortcuts of {@link TextNormalizer} and {@link NormalizedText} give what the plain, one character at a time
 * versions give: the normaliser copies stretches of plain text with one run of origins each, and
 * {@link NormalizedText#writtenText} takes whole runs of the original at once.
 */
class NormalizerShortcutsPropertiesTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(NormalizationPropertiesTest.PIECES).list().ofMaxSize(40)
                .map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> anyUtf16() {
        return Arbitraries.strings().withCharRange(Character.MIN_VALUE, Character.MAX_VALUE).ofMaxLength(60);
    }

    @Property
    void stretchesNormaliseAsSingleCharactersDo(@ForAll("documents") String original) {
        assertSameAsCharacterByCharacter(original);
    }

    @Property
    void stretchesNormaliseAsSingleCharactersDoOnAnyUtf16(@ForAll("anyUtf16") String original) {
        assertSameAsCharacterByCharacter(original);
    }

    @Property
    void writtenTextIsTheOriginalOfEachCharacterWithoutTheGaps(@ForAll("documents") String original) {
        NormalizedText normalized = NORMALIZER.normalize(original);
        OffsetMap origins = new CharacterByCharacter(original).origins();
        for (int start = 0; start <= normalized.length(); start++) {
            for (int end = start; end <= normalized.length(); end++) {
                String expected = writtenCharacterByCharacter(original, origins, start, end);
                String range = "[" + start + ", " + end + ") of " + original;
                assertEquals(expected, normalized.writtenText(start, end), range);
                StringBuilder appended = normalized.appendWrittenText(new StringBuilder(">"), start, end);
                assertEquals(">" + expected, appended.toString(), "appended " + range);
            }
        }
    }

    private static void assertSameAsCharacterByCharacter(String original) {
        NormalizedText expected = CharacterByCharacter.normalize(original);
        NormalizedText actual = NORMALIZER.normalize(original);
        assertEquals(expected.text(), actual.text());
        for (int i = 0; i <= expected.length(); i++) {
            assertEquals(expected.toOriginal(i), actual.toOriginal(i), "start of " + i);
            assertEquals(expected.toOriginalEnd(i), actual.toOriginalEnd(i), "end of " + i);
        }
    }

    /** The written text as one original range per normalised character, neighbours merged where they touch. */
    private static String writtenCharacterByCharacter(String original, OffsetMap origins, int start, int end) {
        StringBuilder out = new StringBuilder();
        int i = start;
        while (i < end) {
            int runStart = origins.start(i);
            int runEnd = origins.end(i);
            i++;
            while (i < end && origins.start(i) == runEnd) {
                runEnd = origins.end(i);
                i++;
            }
            out.append(original, runStart, runEnd);
        }
        return out.toString();
    }

    /** The normaliser as it was before stretches: every character on its own, with one {@code add} each. */
    private static final class CharacterByCharacter {
        private final String in;
        private final char[] out;
        private int length;
        private final OffsetMap.Builder origins = new OffsetMap.Builder();

        CharacterByCharacter(String in) {
            this.in = in;
            this.out = new char[in.length()];
        }

        static NormalizedText normalize(String original) {
            CharacterByCharacter pass = new CharacterByCharacter(original);
            pass.run();
            return new NormalizedText(original, new String(pass.out, 0, pass.length), pass.origins.build());
        }

        OffsetMap origins() {
            run();
            return origins.build();
        }

        private void run() {
            int i = 0;
            while (i < in.length()) {
                char c = in.charAt(i);
                if (CharFolding.kind(c) != CharFolding.CHAR) {
                    i = whitespaceRun(i);
                    continue;
                }
                char folded = CharFolding.fold(c);
                if (folded == '(' && length > 0 && CharClass.isHan(out[length - 1])) {
                    int afterGloss = PinyinGloss.end(in, i);
                    if (afterGloss > 0) {
                        i = afterGloss;
                        continue;
                    }
                }
                append(folded, i, i + 1);
                i++;
            }
        }

        private int whitespaceRun(int from) {
            int lineBreaks = 0;
            boolean visible = false;
            int i = from;
            for (; i < in.length(); i++) {
                char c = in.charAt(i);
                byte kind = CharFolding.kind(c);
                if (kind == CharFolding.CHAR) {
                    break;
                }
                visible |= kind != CharFolding.INVISIBLE;
                if (kind == CharFolding.LINE_BREAK) {
                    lineBreaks++;
                    if (c == '\r' && i + 1 < in.length() && in.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else if (kind == CharFolding.PARAGRAPH_SEPARATOR) {
                    lineBreaks += 2;
                }
            }
            if (visible) {
                int next = i < in.length() ? CharFolding.fold(in.charAt(i)) : -1;
                char decision = WhitespaceRule.decide(out, length, lineBreaks, next);
                if (decision != WhitespaceRule.REMOVE) {
                    append(decision, from, i);
                }
            }
            return i;
        }

        private void append(char c, int start, int end) {
            out[length++] = c;
            origins.add(start, end);
        }
    }
}
