package io.github.cnstats.internal.parse;

import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainHanTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final PlainHan PLAIN = PlainHan.of(UNITS);

    @Test
    void charactersThatStartAKeywordOrAUnitAreNotPlain() {
        // 增 (增长), 同 (同比), 截 (截至), 一 (a numeral), 万 (a magnitude), 人 and 起 (units), 基 (基本持平).
        for (char c : "增同截一万人起基".toCharArray()) {
            assertFalse(PLAIN.contains(c), String.valueOf(c));
        }
        for (char c : "获犯罪嫌诈骗".toCharArray()) {
            assertTrue(PLAIN.contains(c), String.valueOf(c));
        }
        assertFalse(PLAIN.contains('a'));
        assertFalse(PLAIN.contains('\uD840'), "a surrogate is never plain");
    }

    @Test
    void aUnitAddedToTheLexiconLeavesThePlainCharacters() {
        assertTrue(PLAIN.contains('犯'));
        assertFalse(PlainHan.of(UNITS.with("犯次", UnitKind.EVENTS)).contains('犯'));
    }

    @Test
    void everyPlainCharacterIsAOneCharacterHanTokenForAntlr() {
        int plain = 0;
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            if (!PLAIN.contains(c)) {
                continue;
            }
            plain++;
            // The same character twice: ANTLR, asked one character at a time, must end the token after one.
            LexiconLexer lexer = new LexiconLexer(new String(new char[] {c, c}), UNITS, PlainHan.none());
            Token first = lexer.nextToken();
            assertEquals(StatsLexer.HAN, first.getType(), () -> "type of " + c);
            assertEquals(0, first.getStopIndex(), () -> "length of " + c);
        }
        assertTrue(plain > 20_000, plain + " plain characters");
    }
}
