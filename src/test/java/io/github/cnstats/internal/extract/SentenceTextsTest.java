package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.ast.Node.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SentenceTexts}: a range read from the texts it touches, and nothing outside the window. */
class SentenceTextsTest {

    /** 本市新建5所学校。 as a window at 100 of a document: a gap, the number node (5所学), a gap. */
    private static SentenceTexts window() {
        SentenceTexts texts = new SentenceTexts();
        texts.set(List.of(new Text(100, 104, "本市新建"), new Text(107, 109, "校。")),
                new Text(100, 109, "本市新建5所学校。"));
        return texts;
    }

    @Test
    void aRangeInOneTextIsThatText() {
        SentenceTexts texts = window();
        Text text = texts.covering(101, 103);
        assertEquals(100, text.start());
        assertSame(text, texts.covering(100, 104));
        assertEquals("市新", texts.words(101, 103));
    }

    @Test
    void aRangeAcrossOrInsideANodeIsReadInTheSentence() {
        SentenceTexts texts = window();
        Text joined = texts.covering(102, 108);
        assertEquals(new Text(100, 109, "本市新建5所学校。"), joined);
        assertEquals("新建5所学校", texts.words(102, 108));
        assertEquals("5所", texts.words(104, 106));
    }

    @Test
    void nothingOutsideTheWindowIsRead() {
        SentenceTexts texts = window();
        assertEquals("", texts.words(90, 100));
        assertEquals("本市", texts.words(90, 102));
        assertEquals("。", texts.words(108, Integer.MAX_VALUE));
        assertEquals("", texts.words(109, 120));
        assertFalse(texts.wordEndsAt("平", 100), "the character before the window is not read");
        assertTrue(texts.wordAt("新建", 102));
        assertTrue(texts.wordEndsAt("建5", 105), "a word across two texts");
        assertFalse(texts.wordAt("校。x", 107));
    }

    @Test
    void aTraditionalSentenceIsReadAsNormalised() {
        // 本港錄得 is normalised to 本港录得 before the grammar; the texts hold the normalised words.
        SentenceTexts texts = new SentenceTexts();
        texts.set(List.of(new Text(0, 4, "本港录得")), new Text(0, 8, "本港录得812宗"));
        assertTrue(texts.wordAt("录得", 2));
        assertEquals("本港录得812宗", texts.words(0, 8));
    }
}
