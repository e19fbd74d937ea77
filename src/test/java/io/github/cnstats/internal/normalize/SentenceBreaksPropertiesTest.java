package io.github.cnstats.internal.normalize;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link SentenceSplitter} finds the sentences that ICU's sentence iterator over the whole text, cut again at
 * every line break, gives; {@link SentenceBreaks} applies ICU's rules itself on most lines.
 */
class SentenceBreaksPropertiesTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /**
     * Every class of the sentence rules: terminators (STerm, ATerm), closing marks, spaces, mid-sentence marks,
     * digits, upper- and lower-case letters, other letters (Han), and what goes to ICU (combining marks, format
     * characters, other paragraph separators, supplementary characters).
     */
    private static final List<String> PIECES = List.of(
            "。", "!", "?", "!?", "…", "‼", "⁉", "｡", "︒", "؟", ".", "．", "﹒", "\u2024",
            "”", "’", "」", "』", ")", "》", "\"", "'", "]", "】", "〕", "»", "«", "“", "(",
            " ", "  ", "\u3000", "\u00A0", "\t", "\n", "\n\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085",
            ",", "、", ":", ";", "—", "–", "-", "，",
            "0", "3", "39", "1.5", "二〇二三", "万",
            "A", "U", "S", "GDP", "a", "etc", "km", "ü", "ß",
            "全", "国", "破获", "案件", "增长", "가", "ア",
            "\u0301", "\u200D", "\u00AD", "\uFEFF", "😀", "𠀀", "\uD835\uDC00", "\uD835\uDC1A", "\uD800");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> anyUtf16() {
        return Arbitraries.strings().withCharRange(Character.MIN_VALUE, Character.MAX_VALUE).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> asciiAndPunctuation() {
        return Arbitraries.strings().withChars(" .!?\"')]aAzZ09,;:-\n\u3002\u201D\u3001\u00A0").ofMaxLength(40);
    }

    @Property(tries = 3000)
    void sameSentencesAsIcusIterator(@ForAll("texts") String text) {
        assertEquals(byIcu(text), SPLITTER.sentences(text), text);
    }

    @Property
    void sameSentencesAsIcusIteratorOnAnyUtf16(@ForAll("anyUtf16") String text) {
        assertEquals(byIcu(text), SPLITTER.sentences(text), text);
    }

    @Property(tries = 3000)
    void sameSentencesAsIcusIteratorOnLatinText(@ForAll("asciiAndPunctuation") String text) {
        assertEquals(byIcu(text), SPLITTER.sentences(text), text);
    }

    @Property(tries = 3000)
    void boundsAreThoseOfIcusSentences(@ForAll("texts") String text) {
        List<TextRange> expected = byIcu(text);
        SentenceBounds bounds = SPLITTER.bounds(text);
        assertEquals(expected.size(), bounds.count(), text);
        for (int k = 0; k < bounds.count(); k++) {
            assertEquals(expected.get(k), new TextRange(bounds.start(k), bounds.end(k)), text);
        }
    }

    /** The line is swept once: breaks found before a character only ICU handles are taken back, not kept. */
    @Property(tries = 3000)
    void breaksBeforeACharacterOnlyIcuHandlesAreIcus(@ForAll("texts") String before, @ForAll("texts") String after) {
        String text = before + "。全国" + "\u0301" + after;
        assertEquals(byIcu(text), SPLITTER.sentences(text), text);
    }

    /** The splitter as it was: ICU's iterator over the whole text, each sentence cut again at line breaks. */
    private static List<TextRange> byIcu(String s) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.CHINESE);
        breaks.setText(s);
        List<TextRange> sentences = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int lineStart = start;
            for (int i = start; i < end; i++) {
                if (s.charAt(i) == '\n') {
                    addTrimmed(s, lineStart, i, sentences);
                    lineStart = i + 1;
                }
            }
            addTrimmed(s, lineStart, end, sentences);
        }
        return sentences;
    }

    private static void addTrimmed(String text, int start, int end, List<TextRange> ranges) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            ranges.add(new TextRange(start, end));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
