package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.tree.ParseTree;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shortcuts of {@link SentenceParser} change no parse: reading runs of plain Han characters without ANTLR
 * ({@link PlainHan}), joining adjacent text tokens ({@link TextRuns}) and parsing only the clauses with a token
 * that starts a statistic ({@link ParsedSentence}) give the structure of one parse of the whole sentence
 * from ANTLR's lexer token by token.
 */
class JoinedTextPropertiesTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final SentenceParser PARSER = new SentenceParser(UNITS);

    /** Pieces of official text: plain characters, keywords, units in and out of place, words, space. */
    private static final String[] PIECES = {"破获", "案件", "犯罪", "嫌疑人", "获悉", "1", "39.1", "3,291", "二",
        "十", "万", "亿", "两", "一", "%", "个百分点", "倍", "成", "起", "人", "人民", "人均", "元", "亿元", "新台币",
        "年", "年度", "个月", "千瓦", "吨/日", "km", "GDP", "同比", "比上年", "上升", "下降", "增长", "增强", "增加值",
        "持平", "翻一番", "提高到", "高于", "全国平均水平", "分别", "均", "和", "、", ",", "。", "至", "约", "超",
        "余", "多", "以上", "第", "连续", "年增", "2024-01-09", "据介绍", "“", "”", "(", ")", " ", "\n", "-", "+", "😀", "𠀀"};

    private static final Pattern ONE_TOKEN_MARKER = Pattern.compile(
            "(From|Respectively|Each|ListSep|Conj|ClauseEnd|OpenQuote|CloseQuote)ElementContext \\d+-\\d+ .*");

    @Provide
    Arbitrary<String> officialNoise() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    @Property
    void thePiecesGiveTheStructureOfOneParseOfPlainTokens(@ForAll("officialNoise") String sentence) {
        StatsParser.SentenceContext plain = SentenceParser.parse(
                new CommonTokenStream(new LexiconLexer(sentence, UNITS, PlainHan.none())));
        List<String> expected = structure(plain);
        ParsedSentence read = PARSER.parse(sentence);
        if (read.pieces().isEmpty()) {
            // Nothing was parsed: then one parse of the whole holds markers only, besides text.
            assertEquals(List.of(), expected.stream().filter(rule -> !ONE_TOKEN_MARKER.matcher(rule).matches())
                    .toList(), sentence);
            return;
        }
        assertEquals(expected, structure(read));
    }

    /** The structure of the pieces, in order; a token of an unparsed piece as the element it would be. */
    private static List<String> structure(ParsedSentence sentence) {
        List<String> out = new ArrayList<>();
        for (ParsedSentence.Piece piece : sentence.pieces()) {
            if (piece instanceof ParsedSentence.Parsed parsed) {
                out.addAll(structure(parsed.tree()));
                continue;
            }
            for (Token token : ((ParsedSentence.Unparsed) piece).tokens()) {
                String element = token.getChannel() != Token.DEFAULT_CHANNEL ? null : switch (token.getType()) {
                    case StatsLexer.FROM -> "FromElementContext";
                    case StatsLexer.RESPECTIVELY -> "RespectivelyElementContext";
                    case StatsLexer.EACH -> "EachElementContext";
                    case StatsLexer.LIST_SEP -> "ListSepElementContext";
                    case StatsLexer.CONJ -> "ConjElementContext";
                    case StatsLexer.CLAUSE_SEP, StatsLexer.SENTENCE_END -> "ClauseEndElementContext";
                    case StatsLexer.OPEN_QUOTE -> "OpenQuoteElementContext";
                    case StatsLexer.CLOSE_QUOTE -> "CloseQuoteElementContext";
                    default -> null;
                };
                if (element != null) {
                    out.add(element + " " + token.getStartIndex() + "-" + token.getStopIndex() + " " + token.getText());
                }
            }
        }
        return out;
    }

    /**
     * Every rule of the tree but the text ones, with the characters it spans and its text (which leaves out
     * white space): the parse as far as anything after the parser can see it. The words of a named reference
     * are text, so their inner shape is left out.
     */
    private static List<String> structure(StatsParser.SentenceContext sentence) {
        List<String> out = new ArrayList<>();
        for (StatsParser.ElementContext element : sentence.element()) {
            if (!(element instanceof StatsParser.TextElementContext)) {
                collect(element, out);
            }
        }
        return out;
    }

    private static void collect(ParserRuleContext rule, List<String> out) {
        out.add(rule.getClass().getSimpleName() + " " + rule.getStart().getStartIndex() + "-"
                + rule.getStop().getStopIndex() + " " + rule.getText());
        if (rule instanceof StatsParser.RefWordsContext || rule instanceof StatsParser.CompareWordsContext) {
            return;
        }
        for (int i = 0; i < rule.getChildCount(); i++) {
            ParseTree child = rule.getChild(i);
            if (child instanceof ParserRuleContext inner) {
                collect(inner, out);
            }
        }
    }
}
