package io.github.cnstats.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineIndexTest {

    @Test
    void countsAllThreeKindsOfLineEnd() {
        String text = "a\nb\r\nc\rd";
        LineIndex index = LineIndex.of(text, 1);
        long[] expected = {1, 1, 2, 2, 2, 3, 3, 4};
        for (int i = 0; i < text.length(); i++) {
            assertEquals(expected[i], index.lineOf(i), "offset " + i);
        }
        assertEquals(3, index.lineEnds());
    }

    @Test
    void startsFromTheGivenLine() {
        LineIndex index = LineIndex.of("\n\nx", 41);
        assertEquals(41, index.lineOf(0));
        assertEquals(43, index.lineOf(2));
        assertEquals(43, index.lineOf(3));
    }

    @Test
    void aTextWithoutLineEndsIsOneLine() {
        assertEquals(7, LineIndex.of("同比增长", 7).lineOf(3));
        assertEquals(0, LineIndex.of("", 7).lineEnds());
    }
}
