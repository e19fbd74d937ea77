package io.github.cnstats.internal.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The offset contract of {@link NormalizedText} on hand-made examples. */
class NormalizedTextTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    /** The original text behind a normalised range, as a span would report it. */
    private static String originalOf(NormalizedText normalized, String normalizedPart) {
        int start = normalized.text().indexOf(normalizedPart);
        if (start < 0) {
            throw new AssertionError(normalizedPart + " not in " + normalized.text());
        }
        TextRange range = new TextRange(start, start + normalizedPart.length());
        return normalized.toOriginal(range).of(normalized.original());
    }

    @Test
    void oneToOneFoldingMapsExactly() {
        NormalizedText normalized = NORMALIZER.normalize("全年共偵破案件２７．６萬起，同比上升４.３％");
        assertEquals("全年共侦破案件27.6万起,同比上升4.3%", normalized.text());
        for (int i = 0; i <= normalized.length(); i++) {
            assertEquals(i, normalized.toOriginal(i));
            assertEquals(i, normalized.toOriginalEnd(i));
        }
        assertEquals("２７．６萬起", originalOf(normalized, "27.6万起"));
    }

    @Test
    void glossInsideRangeIsCoveredButNotJustOutside() {
        NormalizedText normalized = NORMALIZER.normalize("貴州電(diàn)商銷(xiāo)售額去年");
        assertEquals("贵州电商销售额去年", normalized.text());
        assertEquals("電(diàn)商銷(xiāo)售額", originalOf(normalized, "电商销售额"));
        assertEquals("電", originalOf(normalized, "电"));
        assertEquals("商銷", originalOf(normalized, "商销"));
        assertEquals("售", originalOf(normalized, "售"));
    }

    @Test
    void lineBreakInsideNumberIsCovered() {
        NormalizedText normalized = NORMALIZER.normalize("共破获案件39.\r\n1万起, 同比");
        assertEquals("共破获案件39.1万起,同比", normalized.text());
        assertEquals("39.\r\n1万起", originalOf(normalized, "39.1万起"));
        assertEquals("39.", originalOf(normalized, "39."));
        assertEquals("1万", originalOf(normalized, "1万"));
        assertEquals(",", originalOf(normalized, ","));
        assertEquals(", 同比", originalOf(normalized, ",同比"));
    }

    @Test
    void collapsedWhitespaceMapsToTheWholeRun() {
        NormalizedText normalized = NORMALIZER.normalize("反诈中心 \u3000 App");
        assertEquals("反诈中心 App", normalized.text());
        assertEquals(" \u3000 ", originalOf(normalized, " "));
        assertEquals("心 \u3000 A", originalOf(normalized, "心 A"));
    }

    @Test
    void paragraphBreakMapsToTheWholeRun() {
        NormalizedText normalized = NORMALIZER.normalize("完成。\n\n  下一步");
        assertEquals("完成。\n下一步", normalized.text());
        assertEquals("\n\n  ", originalOf(normalized, "\n"));
    }

    @Test
    void endsOfTheTextMapToEndsOfTheOriginal() {
        NormalizedText normalized = NORMALIZER.normalize("\uFEFF發(fā)案下降萬(wàn)");
        assertEquals("发案下降万", normalized.text());
        assertEquals(0, normalized.toOriginal(0));
        assertEquals(normalized.original().length(), normalized.toOriginalEnd(normalized.length()));
        assertEquals(normalized.original().length(), normalized.toOriginal(normalized.length()));
        assertEquals(0, normalized.toOriginalEnd(0));
        String original = normalized.original();
        // The first and last characters take in the removed characters at the ends of the text ...
        assertEquals("\uFEFF發", normalized.toOriginal(new TextRange(0, 1)).of(original));
        assertEquals("萬(wàn)", normalized.toOriginal(new TextRange(4, 5)).of(original));
        // ... while inside the text a gloss belongs only to ranges that reach past it.
        assertEquals("案", normalized.toOriginal(new TextRange(1, 2)).of(original));
        assertEquals("降", normalized.toOriginal(new TextRange(3, 4)).of(original));
        assertEquals("\uFEFF發(fā)案", normalized.toOriginal(new TextRange(0, 2)).of(original));
    }

    @Test
    void textMadeOnlyOfRemovedCharactersMapsWhole() {
        NormalizedText normalized = NORMALIZER.normalize("\u200B\uFEFF");
        assertEquals("", normalized.text());
        assertEquals(0, normalized.toOriginal(0));
        assertEquals(2, normalized.toOriginalEnd(0));
        assertEquals(new TextRange(0, 0), normalized.toOriginal(new TextRange(0, 0)));
    }

    @Test
    void emptyRangeMapsToEmptyRangeAtItsStart() {
        NormalizedText normalized = NORMALIZER.normalize("電(diàn)信");
        assertEquals("电信", normalized.text());
        assertEquals(new TextRange(7, 7), normalized.toOriginal(new TextRange(1, 1)));
        assertEquals(new TextRange(8, 8), normalized.toOriginal(new TextRange(2, 2)));
        assertEquals(new TextRange(0, 0), normalized.toOriginal(new TextRange(0, 0)));
    }

    @Test
    void indicesOutsideTheTextAreRejected() {
        NormalizedText normalized = NORMALIZER.normalize("全年");
        assertThrows(IndexOutOfBoundsException.class, () -> normalized.toOriginal(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> normalized.toOriginal(3));
        assertThrows(IndexOutOfBoundsException.class, () -> normalized.toOriginalEnd(3));
        assertThrows(IndexOutOfBoundsException.class, () -> normalized.toOriginal(new TextRange(1, 3)));
    }

    @Test
    void keepsTheOriginal() {
        NormalizedText normalized = NORMALIZER.normalize(new StringBuilder("萬 人"));
        assertEquals("萬 人", normalized.original());
        assertEquals(2, normalized.length());
    }
}
