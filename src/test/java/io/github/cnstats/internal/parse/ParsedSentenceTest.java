package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The elements of a sentence read back as they were added, each packed in one number. */
class ParsedSentenceTest {

    @Test
    void markersAndPhrasesReadBackAsAdded() {
        ParsedSentence.Builder out = new ParsedSentence.Builder();
        out.startSentence();
        StatsParser.ElementContext phrase = new StatsParser.ElementContext();
        out.text();
        out.marker(StatsParser.RESPECTIVELY, 7, 8);
        out.phrase(phrase);
        out.marker(StatsParser.CLAUSE_SEP, -2, -2); // as a test marks what stood before a run
        out.text();
        out.marker(StatsParser.SENTENCE_END, Integer.MAX_VALUE - 40_000, Integer.MAX_VALUE - 8_000);
        ParsedSentence sentence = out.build();

        assertEquals(4, sentence.size());
        assertTrue(sentence.followsText(0));
        assertEquals(StatsParser.RESPECTIVELY, sentence.markerType(0));
        assertEquals(7, sentence.markerStart(0));
        assertEquals(9, sentence.markerEnd(0));
        assertNull(sentence.phrase(0));

        assertSame(phrase, sentence.phrase(1));
        assertFalse(sentence.followsText(1));

        assertFalse(sentence.followsText(2));
        assertEquals(StatsParser.CLAUSE_SEP, sentence.markerType(2));
        assertEquals(-2, sentence.markerStart(2));
        assertEquals(-1, sentence.markerEnd(2));

        assertTrue(sentence.followsText(3));
        assertEquals(StatsParser.SENTENCE_END, sentence.markerType(3));
        assertEquals(Integer.MAX_VALUE - 40_000, sentence.markerStart(3));
        assertEquals(Integer.MAX_VALUE - 8_000 + 1, sentence.markerEnd(3));
    }

    @Test
    void periodsKeepTheirClauseEndsAndComparisons() {
        ParsedSentence.Builder out = new ParsedSentence.Builder();
        out.startSentence();
        StatsParser.PeriodContext first = new StatsParser.PeriodContext(null, 0);
        StatsParser.PeriodContext second = new StatsParser.PeriodContext(null, 0);
        out.period(first, 12, -1);
        out.period(second, Integer.MAX_VALUE, 30);
        for (int i = 0; i < 100; i++) {
            out.period(second, i, i - 1);
        }
        out.marker(StatsParser.SENTENCE_END, 40, 40);
        ParsedSentence sentence = out.build();
        assertEquals(102, sentence.periodCount());
        assertSame(first, sentence.period(0));
        assertEquals(12, sentence.periodClauseEnd(0));
        assertEquals(-1, sentence.periodComparedFrom(0));
        assertEquals(Integer.MAX_VALUE, sentence.periodClauseEnd(1));
        assertEquals(30, sentence.periodComparedFrom(1));
        for (int i = 0; i < 100; i++) {
            assertEquals(i, sentence.periodClauseEnd(i + 2));
            assertEquals(i - 1, sentence.periodComparedFrom(i + 2));
        }
    }

    @Test
    void manyElementsGrowTheBuilder() {
        ParsedSentence.Builder out = new ParsedSentence.Builder();
        out.startSentence();
        for (int i = 0; i < 1000; i++) {
            if (i % 3 == 0) {
                out.text();
            }
            out.marker(StatsParser.LIST_SEP, 2 * i, 2 * i);
        }
        ParsedSentence sentence = out.build();
        assertEquals(1000, sentence.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(StatsParser.LIST_SEP, sentence.markerType(i));
            assertEquals(2 * i, sentence.markerStart(i));
            assertEquals(2 * i + 1, sentence.markerEnd(i));
            assertEquals(i % 3 == 0, sentence.followsText(i));
        }
    }
}
