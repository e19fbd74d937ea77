package io.github.cnstats.internal.normalize;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offset contract of {@link NormalizedText} and the robustness of {@link TextNormalizer}, as properties. */
class NormalizationPropertiesTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    /** Pieces of the kind of text the normaliser meets, including everything it removes or collapses. */
    static final List<String> PIECES = List.of(
            "全", "国", "破", "获", "案", "件", "万", "亿", "起", "人", "同", "比", "上", "升",
            "萬", "億", "兩", "點", "個", "詐", "騙", "獲", "發", "與", "臺",
            "０", "１", "５", "９", "．", "％", "，", "：", "（", "）", "～",
            "0", "3", "7", ".", "%", ",", ":", "(", ")", "-", "−", "–",
            "(wàn)", "（gè）", "(fā)", "(de)", "(GOIP)", "(APP)", "(a)",
            " ", "  ", "\t", "\u3000", "\u00A0", "\n", "\n\n", "\r\n", "\r", "\u2029",
            "\u200B", "\uFEFF", "\u00AD",
            "。", "、", "“", "”", "!", "？", "…", "℃", "‰", "①", "²",
            "App", "G", "😀", "\uD800", "\uDC00", "\u0301");

    /** {@link #PIECES} without glosses, whose brackets the normaliser may take out with the white space before them. */
    @Provide
    Arbitrary<String> documentsWithoutGlosses() {
        return Arbitraries.of(PIECES).filter(p -> p.indexOf('(') < 0 && p.indexOf('（') < 0)
                .list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 300)
    void aLineBreakIsKeptWhereKeepsLineBreakSaysSo(@ForAll("documentsWithoutGlosses") String text) {
        // One answer per run of white space that holds a line break, asked at its first one: the normalised text
        // has one line break for each run kept as one.
        int expected = 0;
        int i = 0;
        while (i < text.length()) {
            if (CharFolding.kind(text.charAt(i)) == CharFolding.CHAR) {
                i++;
                continue;
            }
            int lineBreak = -1;
            for (; i < text.length() && CharFolding.kind(text.charAt(i)) != CharFolding.CHAR; i++) {
                byte kind = CharFolding.kind(text.charAt(i));
                if (lineBreak < 0 && (kind == CharFolding.LINE_BREAK || kind == CharFolding.PARAGRAPH_SEPARATOR)) {
                    lineBreak = i;
                }
            }
            if (lineBreak >= 0 && TextNormalizer.keepsLineBreak(text, lineBreak)) {
                expected++;
            }
        }
        String normalised = NORMALIZER.normalize(text).text();
        assertEquals(expected, normalised.chars().filter(c -> c == '\n').count(), normalised);
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> anyUtf16() {
        return Arbitraries.strings().withCharRange(Character.MIN_VALUE, Character.MAX_VALUE).ofMaxLength(60);
    }

    @Property
    void endsMapToEndsAndMappingsNeverGoBack(@ForAll("documents") String original) {
        assertMonotonicWithFixedEnds(NORMALIZER.normalize(original));
    }

    @Property
    void robustOnAnyUtf16(@ForAll("anyUtf16") String original) {
        NormalizedText normalized = NORMALIZER.normalize(original);
        assertMonotonicWithFixedEnds(normalized);
        assertEachCharacterComesFromItsOriginal(normalized);
    }

    @Property
    void eachCharacterNormalisesFromItsOwnOriginal(@ForAll("documents") String original) {
        assertEachCharacterComesFromItsOriginal(NORMALIZER.normalize(original));
    }

    /** What falls between the originals of two neighbouring characters may only be whitespace or glosses. */
    private static final Pattern REMOVABLE = Pattern.compile(
            "(?:[\\s\\u3000\\u00A0\\u2029\\u200B\\uFEFF\\u00AD\\u2060]|[(（][\\p{L}\\p{M}]+[)）])*");

    /**
     * Between the originals of two neighbouring characters lie only removed characters. (At the ends of the text
     * they belong to the first and last character's originals, which {@link #eachCharacterNormalisesFromItsOwnOriginal}
     * covers.)
     */
    @Property
    void onlyWhitespaceAndGlossesAreRemoved(@ForAll("documents") String original) {
        NormalizedText normalized = NORMALIZER.normalize(original);
        for (int i = 1; i < normalized.length(); i++) {
            String gap = original.substring(normalized.toOriginalEnd(i), normalized.toOriginal(i));
            assertTrue(REMOVABLE.matcher(gap).matches(), () -> "removed \"" + gap + "\" from " + original);
        }
    }

    @Property
    void everyPrefixNormalisesBackToItself(@ForAll("documents") String original) {
        NormalizedText normalized = NORMALIZER.normalize(original);
        for (int end = 0; end <= normalized.length(); end++) {
            String originalPrefix = original.substring(0, normalized.toOriginalEnd(end));
            String expected = normalized.text().substring(0, end);
            assertEquals(expected, NORMALIZER.normalize(originalPrefix).text(), () -> "prefix of " + original);
        }
    }

    /**
     * Without anything to remove or collapse (no whitespace, no zero-width characters, no parenthesised text
     * that could be a gloss), folding is one character for one, so the map is the identity.
     */
    @Property
    void withoutRemovableCharactersTheMapIsExact(@ForAll("documents") String document) {
        String original = document.replaceAll("[(（][^)）]*[)）]|[\\s\\u3000\\u00A0\\u2029\\u200B\\uFEFF\\u00AD]", "");
        NormalizedText normalized = NORMALIZER.normalize(original);
        assertEquals(original.length(), normalized.length());
        for (int i = 0; i <= normalized.length(); i++) {
            assertEquals(i, normalized.toOriginal(i));
            assertEquals(i, normalized.toOriginalEnd(i));
        }
    }

    @Test
    void linearOnOneMegabyte() {
        Random random = new Random(20240601);
        StringBuilder document = new StringBuilder(1 << 20);
        while (document.length() < 1 << 20) {
            document.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        String adversarial = "萬" + "(".repeat(1 << 19) + "萬" + "(wàn".repeat(1 << 17);
        String spaces = "全" + " \n".repeat(1 << 19) + "年";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String text : List.of(document.toString(), adversarial, spaces)) {
                NormalizedText normalized = NORMALIZER.normalize(text);
                assertEquals(text.length(), normalized.toOriginalEnd(normalized.length()));
            }
        });
    }

    private static void assertMonotonicWithFixedEnds(NormalizedText normalized) {
        int length = normalized.length();
        assertEquals(0, normalized.toOriginal(0));
        assertEquals(normalized.original().length(), normalized.toOriginalEnd(length));
        for (int i = 0; i < length; i++) {
            assertTrue(normalized.toOriginal(i) <= normalized.toOriginal(i + 1));
            assertTrue(normalized.toOriginalEnd(i) <= normalized.toOriginalEnd(i + 1));
            assertTrue(normalized.toOriginal(i) < normalized.toOriginalEnd(i + 1), "a character comes from something");
        }
    }

    private static void assertEachCharacterComesFromItsOriginal(NormalizedText normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            int at = i;
            String source = normalized.toOriginal(new TextRange(i, i + 1)).of(normalized.original());
            assertEquals(normalized.text().substring(i, i + 1), NORMALIZER.normalize(source).text(),
                    () -> "character " + at + " of " + normalized.text());
        }
    }
}
