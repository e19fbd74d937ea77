package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceTokenTest {

    private final Utf16CharStream sentence = new Utf16CharStream("增长\n 3.5%");

    @Test
    void itsTextIsCutFromTheSentence() {
        assertEquals("3.5", new SentenceToken(sentence, StatsLexer.NUMBER, 4, 6, 0).getText());
        assertEquals("<EOF>", new SentenceToken(sentence, Token.EOF, 8, 7, 2).getText());
    }

    @Test
    void itsTypeAndIndexShareAnIntWithoutLoss() {
        SentenceToken eof = new SentenceToken(sentence, Token.EOF, 8, 7, SentenceToken.MAX_INDEX);
        assertEquals(Token.EOF, eof.getType());
        assertEquals(SentenceToken.MAX_INDEX, eof.getTokenIndex());
        int last = StatsLexer.VOCABULARY.getMaxTokenType();
        SentenceToken token = new SentenceToken(sentence, last, 4, 6, 0);
        assertEquals(last, token.getType());
        assertEquals(0, token.getTokenIndex());
        assertEquals(new Interval(0, 0), token.getSourceInterval());
        assertThrows(IllegalArgumentException.class,
                () -> new SentenceToken(sentence, StatsLexer.NUMBER, 4, 6, SentenceToken.MAX_INDEX + 1));
    }

    @Test
    void asALeafItReadsAsAntlrsLeaves() {
        SentenceToken token = new SentenceToken(sentence, StatsLexer.NUMBER, 4, 6, 3);
        TerminalNodeImpl antlrs = new TerminalNodeImpl(token);
        assertSame(token, token.getSymbol());
        assertEquals(antlrs.toString(), token.toString());
        assertEquals(antlrs.getText(), token.getText());
        assertEquals(antlrs.toStringTree(), token.toStringTree());
        assertEquals(antlrs.getSourceInterval(), token.getSourceInterval());
        assertEquals(0, token.getChildCount());
        assertTrue(token.isLoose());
        token.setParent(new ParserRuleContext());
        assertFalse(token.isLoose());
        SentenceToken eof = new SentenceToken(sentence, Token.EOF, 8, 7, 4);
        assertEquals(new TerminalNodeImpl(eof).toString(), eof.toString());
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
