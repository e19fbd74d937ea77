package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.CommonTokenStream;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shortcuts of {@link SentenceParser} change no parse: reading runs of plain Han characters without ANTLR
 * ({@link PlainHan}), joining adjacent text tokens ({@link TextRuns}), parsing only the clauses with a token
 * that starts a statistic ({@link ParsedSentence}) and in them only the phrases ({@link RunReader}) give the
 * elements of one parse of the whole sentence from ANTLR's lexer token by token. {@link PhraseWalkPropertiesTest}
 * holds the last two to token sequences that the lexer does not make.
 */
class JoinedTextPropertiesTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final SentenceParser PARSER = new SentenceParser(UNITS);

    /** Pieces of official text: plain characters, keywords, units in and out of place, words, space. */
    private static final String[] PIECES = {"破获", "案件", "犯罪", "嫌疑人", "获悉", "1", "39.1", "3,291", "二",
        "十", "万", "亿", "两", "一", "%", "个百分点", "倍", "成", "起", "人", "人民", "人均", "元", "亿元", "新台币",
        "年", "年度", "个月", "千瓦", "吨/日", "km", "GDP", "同比", "比上年", "上升", "下降", "增长", "增强", "增加值",
        "持平", "翻一番", "提高到", "高于", "全国平均水平", "分别", "均", "和", "、", ",", "。", "至", "约", "超",
        "余", "多", "以上", "第", "连续", "年增", "2024-01-09", "据介绍", "“", "”", "(", ")", " ", "\n", "-", "+", "😀", "𠀀",
        // the number forms of issue 17, whose tokens look at the characters around them
        "多元", "几", "数", "上", "负", "零下", "半", "拾", "陆", "贰", "兆", "¥", "$", "分之", "三五", "两三", "毛", "有",
        "%E4", "2e5", ".5", "1/2"};

    @Provide
    Arbitrary<String> officialNoise() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    @Property
    void theElementsAreThoseOfOneParseOfPlainTokens(@ForAll("officialNoise") String sentence) {
        StatsParser.SentenceContext plain = SentenceParser.parse(
                new CommonTokenStream(new LexiconLexer(sentence, UNITS, PlainHan.none())));
        List<String> expected = ElementStructure.of(plain);
        ParsedSentence read = PARSER.parse(sentence);
        if (read == ParsedSentence.NOTHING) {
            // Nothing was parsed: then one parse of the whole holds markers only, besides text.
            assertTrue(ElementStructure.markersOnly(expected), () -> sentence + ": " + expected);
            return;
        }
        assertEquals(expected, ElementStructure.of(read), sentence);
    }
}
