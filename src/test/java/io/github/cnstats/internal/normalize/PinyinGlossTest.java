package io.github.cnstats.internal.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gloss rule on its own, where {@link TextNormalizerTest} sees it in context. */
class PinyinGlossTest {

    @Test
    void everyTonedLetterMakesAGlossOnItsOwn() {
        String toned = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜếềńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛẾỀŃŇǸḾ";
        for (char c : toned.toCharArray()) {
            assertEquals(3, PinyinGloss.end("(" + c + ")", 0), String.valueOf(c));
        }
    }

    @Test
    void returnsTheIndexAfterTheClosingParenthesis() {
        assertEquals(6, PinyinGloss.end("萬(wàn)人", 1));
        assertEquals(6, PinyinGloss.end("萬（wàn）人", 1));
        assertEquals(-1, PinyinGloss.end("萬(wàn", 1));
        assertEquals(-1, PinyinGloss.end("萬(", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "e", "er", "wan", "zhuang", "shuang", "chuang", "qiong", "lü", "nüe", "xian",
            "yuan", "m", "n", "ng", "hng", "ê"})
    void syllables(String letters) {
        assertTrue(PinyinGloss.isSyllable(letters));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "cafe", "goip", "app", "wind", "sh", "zhuangg", "aeiou", "bx", "str"})
    void notSyllables(String letters) {
        assertFalse(PinyinGloss.isSyllable(letters));
    }

    @Test
    void longContentIsNoGlossAndIsNotScannedFar() {
        assertEquals(-1, PinyinGloss.end("(zhuàngzhuàng)", 0));
        assertEquals(-1, PinyinGloss.end("(" + "a".repeat(100) + "à)", 0));
    }
}
