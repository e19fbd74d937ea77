package io.github.cnstats.internal.ast;

import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.parse.ParsedSentence;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AstBuilder#texts}: the text nodes and the other nodes hold every character of a sentence exactly once, so
 * that what is read after the AST (subjects, regions) can be read from the nodes alone; {@link AstBuilder#sentence}
 * is the sentence's words.
 */
class TextNodesPropertiesTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final SentenceParser PARSER = new SentenceParser(UNITS);

    private static final String[] PIECES = {
        "全省", "全国", "山东省", "本港", "2024年", "今年1至5月", "截至10月底", ",", ";", "。", "、", "和", "分别", "均",
        "共破获", "电信诈骗案件", "社会消费品零售总额", "一批", "零", "第三", "凌晨3点", "每万人口", "连续6个月", "同比",
        "增长", "下降", "4.5%", "12.3万起", "3200亿元", "8,823宗", "(-15.9%)", "“两卡”", "约", "超过", "比上年",
        "提高2个百分点", "较上月", "人", "名", "以上", "左右", " ", "x", "𠀀"};

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(14).map(list -> String.join("", list));
    }

    @Property
    void everyCharacterIsInExactlyOneNode(@ForAll("sentences") String sentence) {
        holds(sentence, 0);
        holds(sentence, 17); // a window that does not start the document
    }

    @Example
    void aSentenceOfMyOwnIsCutAtItsNodes() {
        String sentence = "去年全市共查处违法案件1.2万起,同比下降3.4%。";
        List<Node.Text> texts = holds(sentence, 0);
        assertEquals(new Node.Text(0, 11, "去年全市共查处违法案件"), texts.get(0));
        assertTrue(texts.stream().noneMatch(t -> t.text().contains("1.2万")), "the number is a node of its own");
    }

    @Example
    void aTraditionalSentenceNormalisedIsCutTheSameWay() {
        // 本港上月錄得盜竊案1,024宗,按年上升5%。 after normalisation
        String sentence = "本港上月录得盗窃案1,024宗,按年上升5%。";
        List<Node.Text> texts = holds(sentence, 0);
        assertEquals("本港上月录得盗窃案", texts.get(0).text());
    }

    /** @return the texts of {@code sentence} read as a window at {@code offset}, having checked the guarantee */
    private static List<Node.Text> holds(String sentence, int offset) {
        ParsedSentence parsed = PARSER.parse(sentence);
        AstBuilder ast = new AstBuilder(new SharedUnits(UNITS), new NumeralReader(ParserLimits.defaults()));
        List<Node> nodes = ast.build(parsed, sentence, offset, (kind, start, end, message) -> { });
        List<Node.Text> texts = ast.texts(nodes);
        int[] holders = new int[sentence.length()];
        for (Node.Text t : texts) {
            assertTrue(t.end() > t.start(), sentence);
            assertEquals(sentence.substring(t.start() - offset, t.end() - offset), t.text(), sentence);
            for (int i = t.start(); i < t.end(); i++) {
                holders[i - offset]++;
            }
        }
        for (Node node : nodes) {
            for (int i = node.start(); i < node.end(); i++) {
                holders[i - offset]++;
            }
        }
        for (int i = 0; i < holders.length; i++) {
            assertEquals(1, holders[i], sentence + ": the character at " + i + " in " + holders[i] + " nodes");
        }
        assertEquals(new Node.Text(offset, offset + sentence.length(), sentence), ast.sentence());
        return texts;
    }
}
