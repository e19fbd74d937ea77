package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A {@link TokenRun} reused for a shorter stretch ends where that stretch ends, whatever its array still holds. */
class TokenRunTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();

    @Test
    void aShorterStretchEndsAtItsOwnEndOfFile() {
        Recognizers own = new Recognizers(UNITS, PlainHan.of(UNITS));
        own.lex("产量增长12.5%,出口下降3%。");
        int all = own.tokens.size();
        TokenRun run = own.run.read(own.tokens, 0, all);
        assertEquals(all + 1, run.size());
        run.consume();

        run.read(own.tokens, 1, 2);
        assertEquals(2, run.size());
        assertEquals(0, run.index());
        assertEquals(own.tokens.type(1), run.LA(1));
        assertEquals(own.tokens.start(1), run.LT(1).getStartIndex());
        assertEquals(0, run.LT(1).getTokenIndex());
        for (int k = 2; k <= all + 1; k++) {
            assertEquals(Token.EOF, run.LA(k), "token " + k);
        }
        assertEquals(own.tokens.stop(1) + 1, run.LT(2).getStartIndex());
        run.seek(all);
        assertEquals(1, run.index());
        assertThrows(IndexOutOfBoundsException.class, () -> run.get(2));
    }
}
