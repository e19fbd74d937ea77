package io.github.cnstats.internal.parse;

import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link LexiconLexer#advance()} runs the lexer's ATN itself instead of through {@code Lexer.nextToken}, to make
 * no token object. With no units and no plain runs it must read exactly what ANTLR's own lexer reads.
 */
class LexiconLexerTest {

    private static final UnitLexicon NO_UNITS = UnitLexicon.of(Map.of());

    /** Keywords, numbers, a predicate (年增 before a digit), white space inside and at the end, and prose. */
    private static final String[] PIECES = {"破获", "1", "39.1", "3,291", "2024-01-09", "10:41", "二", "十", "万",
        "点五", "%", "个百分点", "倍", "成", "同比", "比上年", "上升", "增长", "增强", "增加值", "年增", "月减", "年",
        "翻一番", "提高到", "分别", "均", "和", "、", ",", "。", "至", "约", "超", "余", "多", "第", "连续", "“", "”",
        "(", ")", " ", "\n", "\u3000", "-", "+", "GDP", "km", "😀", "—"};

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    @Property
    void withoutUnitsOrRunsItReadsWhatAntlrReads(@ForAll("text") String text) {
        assertEquals(antlr(new StatsLexer(new Utf16CharStream(text))),
                antlr(new LexiconLexer(text, NO_UNITS, PlainHan.none())), text);
    }

    @Test
    void aLongerUnitWinsAndTheEndIsReadAgainAndAgain() {
        UnitLexicon units = UnitLexicon.of(Map.of("千瓦", UnitKind.OTHER, "周", UnitKind.TIME));
        LexiconLexer lexer = new LexiconLexer("3千瓦 周", units, PlainHan.none());
        assertEquals(List.of("NUMBER 0-0", "UNIT 1-2", "WS 3-3 hidden", "TIME_UNIT 4-4", "EOF 5-4", "EOF 5-4"),
                List.of(read(lexer), read(lexer), read(lexer), read(lexer), read(lexer), read(lexer)));
    }

    private static List<String> antlr(Lexer lexer) {
        List<String> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.nextToken();
            tokens.add(token.getType() + " " + token.getStartIndex() + "-" + token.getStopIndex() + " "
                    + token.getChannel());
        } while (token.getType() != Token.EOF);
        return tokens;
    }

    private static String read(LexiconLexer lexer) {
        int type = lexer.advance();
        String name = type == Token.EOF ? "EOF" : StatsLexer.VOCABULARY.getSymbolicName(type);
        return name + " " + lexer.start() + "-" + lexer.stop()
                + (lexer.channel() == Token.DEFAULT_CHANNEL ? "" : " hidden");
    }
}
