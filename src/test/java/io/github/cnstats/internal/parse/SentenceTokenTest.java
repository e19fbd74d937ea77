package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceTokenTest {

    private final Utf16CharStream sentence = new Utf16CharStream("增长\n 3.5%");

    @Test
    void itsTextIsCutFromTheSentence() {
        assertEquals("3.5", new SentenceToken(sentence, StatsLexer.NUMBER, 4, 6, 0).getText());
        assertEquals("<EOF>", new SentenceToken(sentence, Token.EOF, 8, 7, 2).getText());
    }

    @Test
    void linesAndColumnsAreCountedAsAntlrCountsThem() {
        SentenceToken number = new SentenceToken(sentence, StatsLexer.NUMBER, 4, 6, 0);
        assertEquals(2, number.getLine());
        assertEquals(1, number.getCharPositionInLine());
        SentenceToken first = new SentenceToken(sentence, StatsLexer.UP_VERB, 0, 1, 0);
        assertEquals(1, first.getLine());
        assertEquals(0, first.getCharPositionInLine());
    }
}
