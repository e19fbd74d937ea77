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
        "(", ")", " ", "\n", "\u3000", "-", "+", "GDP", "km", "😀", "—",
        // characters an action at the end of their rule retypes as HAN, by the character after or before
        "上", "数", "负", "首", "季", "参", "陆", "贰", "元", "亿", "人", "责", "角", "毛"};

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    @Property
    void withoutUnitsOrRunsItReadsWhatAntlrReads(@ForAll("text") String text) {
        assertEquals(antlr(new StatsLexer(new Utf16CharStream(text))),
                antlr(new LexiconLexer(text, NO_UNITS, PlainHan.none())), text);
    }

    /** Where a rule ends in a predicate: on either side of what it asks, and what stands close to it. */
    private static final String[] PREDICATED = {"年增", "年减", "季增", "月减", "年", "增", "减", "长", "初", "初步",
        "年初", "月初", "末", "底", "步", "零下", "零", "多元", "起降", "3", "12", "-", "+", "5 000", " ", "。", "元",
        "万", "二", "约", "近"};

    @Provide
    Arbitrary<String> predicated() {
        return Arbitraries.of(PREDICATED).list().ofMaxSize(20).map(pieces -> String.join("", pieces));
    }

    /**
     * Transitions through a predicate are kept with the predicates' outcomes ({@link WideCharDfaSimulator}):
     * read once and again, with the transitions kept, the text gives what ANTLR's own lexer gives.
     */
    @Property
    void transitionsThroughPredicatesKeptReadWhatAntlrReads(@ForAll("predicated") String text) {
        List<String> expected = antlr(new StatsLexer(new Utf16CharStream(text)));
        assertEquals(expected, antlr(new LexiconLexer(text, NO_UNITS, PlainHan.none())), text);
        assertEquals(expected, antlr(new LexiconLexer(text, NO_UNITS, PlainHan.none())), text);
    }

    @Test
    void aLongerUnitWinsAndTheEndIsReadAgainAndAgain() {
        UnitLexicon units = UnitLexicon.of(Map.of("千瓦", UnitKind.OTHER, "周", UnitKind.TIME));
        LexiconLexer lexer = new LexiconLexer("3千瓦 周", units, PlainHan.none());
        assertEquals(List.of("NUMBER 0-0", "UNIT 1-2", "WS 3-3 hidden", "TIME_UNIT 4-4", "EOF 5-4", "EOF 5-4"),
                List.of(read(lexer), read(lexer), read(lexer), read(lexer), read(lexer), read(lexer)));
    }

    /**
     * 上 数 负 首 and a lone capital digit are their token only beside what makes them one, and otherwise HAN, as
     * a predicate would make them, but by an action, which leaves the lexer's DFA edges cached.
     */
    @Test
    void aCharacterItsNeighboursDecideIsRetypedByTheAction() {
        assertEquals(List.of("ORDER_OF", "MAGNITUDE", "HAN", "HAN"), names("上亿上海"));
        assertEquals(List.of("FEW", "MAGNITUDE", "HAN", "HAN", "MAGNITUDE", "HAN", "HAN"), names("数万人数万数据"));
        assertEquals(List.of("MINUS_WORD", "NUMBER", "HAN", "HAN"), names("负3负责"));
        assertEquals(List.of("FIRST_PART", "QUARTER_SHORT", "HAN", "HAN"), names("首季首都"));
        assertEquals(List.of("CN_CAPITALS", "MONEY_UNIT", "HAN", "HAN"), names("贰元参加"));
        assertEquals(List.of("NUMBER", "MONEY_UNIT", "NUMBER", "JIAO", "HAN", "HAN", "CN_DIGITS", "JIAO", "HAN", "HAN"),
                names("5元3角视角三毛羊毛"));
    }

    private static List<String> names(String text) {
        LexiconLexer lexer = new LexiconLexer(text, UnitLexicon.of(Map.of("元", UnitKind.MONEY)), PlainHan.none());
        List<String> names = new ArrayList<>();
        for (int type = lexer.advance(); type != Token.EOF; type = lexer.advance()) {
            names.add(StatsLexer.VOCABULARY.getSymbolicName(type));
        }
        return names;
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
