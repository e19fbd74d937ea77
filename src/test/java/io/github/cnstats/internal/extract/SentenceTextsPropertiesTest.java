package io.github.cnstats.internal.extract;

import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.ast.AstBuilder;
import io.github.cnstats.internal.ast.Node;
import io.github.cnstats.internal.ast.NumeralReader;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link SentenceTexts} finds the same gaps between a window's nodes as {@link AstBuilder#texts}, and reads every
 * range as the sentence has it.
 */
class SentenceTextsPropertiesTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final SentenceParser PARSER = new SentenceParser(UNITS);

    private static final String[] PIECES = {
        "全省", "四川省", "2024年", "截至10月底", ",", "。", "、", "和", "分别", "共破获", "社会消费品零售总额", "一批",
        "第三", "凌晨3点", "同比", "增长", "4.5%", "12.3万起", "8,823宗", "“两卡”", "约", "平均利用", "1800小时", " ",
        "發電量", "𠀀"};

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(12).map(list -> String.join("", list));
    }

    @Property
    void readsTheGapsTheAstBuilderCutsAndEveryRangeAsWritten(@ForAll("sentences") String sentence) {
        int offset = 40; // a window that does not start the document
        AstBuilder ast = new AstBuilder(new SharedUnits(UNITS), new NumeralReader(ParserLimits.defaults()));
        List<Node> nodes = ast.build(PARSER.parse(sentence), sentence, offset, (kind, start, end, message) -> { });
        SentenceTexts texts = new SentenceTexts();
        texts.setWindow(ast.sentence(), nodes);
        for (Node.Text gap : ast.texts(nodes)) {
            assertEquals(gap, texts.covering(gap.start(), gap.end()), sentence);
        }
        for (int start = 0; start <= sentence.length(); start++) {
            for (int end = start; end <= sentence.length(); end++) {
                assertEquals(sentence.substring(start, end), texts.words(offset + start, offset + end), sentence);
            }
        }
        assertEquals("", texts.words(0, offset));
        assertEquals(sentence, texts.words(0, Integer.MAX_VALUE));
    }
}
