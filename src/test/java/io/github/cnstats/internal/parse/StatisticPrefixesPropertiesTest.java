package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link StatisticPrefixes} lets through every text in which the lexer finds a token that starts a statistic. */
class StatisticPrefixesPropertiesTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final SentenceParser PARSER = new SentenceParser(UNITS);
    private static final StatisticPrefixes PREFIXES = StatisticPrefixes.grammar();

    /** Official text with the keywords of changes and numbers, whole and cut, and the words that hide them. */
    private static final String[] PIECES = {"破获", "案件", "1", "39.1", "3,291", "2024-01-09", "10:41", "二", "十",
        "万", "亿", "两", "一", "廿", "卌", "零", "○", "统一", "一些", "进一步", "%", "个百分点", "倍", "倍增", "成", "成长",
        "成为", "人", "元", "千瓦", "年", "月", "季", "年增", "月减", "年度", "同比", "上", "下", "上升", "上级", "下降",
        "下滑", "增", "增长", "增强", "增加值", "新增", "涨", "降", "减", "跌", "升", "持", "持续", "持平", "基本", "基本持平",
        "翻", "番", "翻一番", "翻了两番", "扩大", "扩", "走高", "走", "回落", "回", "加快", "加", "提高", "提", "收窄",
        "收", "萎缩", "衰退", "放缓", "缩小", "净增", "攀升", "反弹", "高于", "分别", "和", "、", ",", "。", "(", " "};

    @Provide
    Arbitrary<String> officialText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    @Property
    void everyStatisticTokenStartsWithAPrefix(@ForAll("officialText") String text) {
        LexiconLexer lexer = new LexiconLexer(text, UNITS, PlainHan.of(UNITS));
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (!SentenceParser.isStatisticToken(token.getType())) {
                continue;
            }
            String word = token.getText();
            char lead = word.charAt(0);
            boolean prefixed = PREFIXES.isWhole(lead)
                    || (word.length() > 1 && PREFIXES.secondsOf(lead).get(word.charAt(1)));
            assertTrue(prefixed, () -> word + " in " + text);
        }
    }

    @Property
    void withoutAPrefixTheParserReadsNothing(@ForAll("officialText") String text) {
        if (!PREFIXES.occurIn(text, 0, text.length())) {
            assertEquals(ParsedSentence.NOTHING, PARSER.parse(text), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"成为", "持续推进", "全年", "上级部门", "收入", "回到", "倍", "月", "年增"})
    void wordsThatHideTheirCharactersAreNoStatistic(String text) {
        // 年增 is a basis and a direction only before a digit, which would let the text through on its own;
        // the predicate counts as true, so 年增 alone passes: the set may be too large, never too small.
        assertEquals(text.equals("年增"), PREFIXES.occurIn(text, 0, text.length()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"统一", "增长", "上升", "降", "持平", "基本持平", "翻番", "倍增", "扩大", "7", "卌"})
    void statisticTokensPass(String text) {
        assertTrue(PREFIXES.occurIn(text, 0, text.length()), text);
    }

    @Test
    void theSecondCharacterMustBeInTheText() {
        assertFalse(PREFIXES.occurIn("持平", 0, 1));
        assertTrue(PREFIXES.occurIn("持平", 0, 2));
        assertFalse(PREFIXES.occurIn("增长", 1, 2));
    }


}
