package io.github.cnstats.internal.ast;

import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.ast.Node.NotStatistic;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shapes the grammar reads as no statistic ({@code notStatistic} and {@code notStatisticAfter}): each
 * labelled alternative makes a {@link NotStatistic} of its kind over the words of the shape, and the number in
 * it is no quantity of its own. Where the words are missing, the number is a quantity again.
 */
class NotStatisticShapesTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final SentenceParser PARSER = new SentenceParser(UNITS);
    private static final AstBuilder BUILDER = new AstBuilder(new SharedUnits(UNITS),
            new NumeralReader(ParserLimits.defaults()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // rateDenominator: 每 and a quantity
            "全区每万人口拥有执业医师。          | RATE_DENOMINATOR | 每万人",
            // vagueCount: 数, 几 or 上 before a magnitude
            "全县共发生交通事故数万起。          | VAGUE_COUNT      | 数万起",
            "该项目投资上亿元。                  | VAGUE_COUNT      | 上亿元",
            "全省有几十万人参加。                | VAGUE_COUNT      | 几十万人",
            // a bare magnitude inside a word or a heading
            "该村出了三个万元户。                | WORD_PART        | 万元",
            "单位:万元                           | WORD_PART        | 万元",
            "每10万名学生中有心理教师。          | RATE_DENOMINATOR | 每10万名",
            "全市每百户家庭拥有空调。            | RATE_DENOMINATOR | 每百户",
            // clockTime: a time of day and the hours of a clock
            "凌晨3点,货车驶入园区。              | CLOCK_TIME       | 凌晨3点",
            "下午3点,展馆闭馆。                  | CLOCK_TIME       | 下午3点",
            "晚上8时,灯光秀开始。                | CLOCK_TIME       | 晚上8时",
            "傍晚六点,志愿者到达。               | CLOCK_TIME       | 傍晚六点",
            "上午9点至11点开放。                 | CLOCK_TIME       | 上午9点至11点",
            "凌晨约3点,货车驶入园区。            | CLOCK_TIME       | 凌晨约3点",
            // oClockAfter: 点钟, 点半, 点整 after a number
            "队伍3点钟出发。                     | CLOCK_TIME       | 3点钟",
            "队伍7点半出发。                     | CLOCK_TIME       | 7点半",
            "队伍3点整出发。                     | CLOCK_TIME       | 3点整",
            // sessionName: 届 and the session, or a count and 会议/全会/大会
            "县十八届五次全会审议了报告。        | SESSION_NAME     | 届五次全会",
            "市十四届二次会议闭幕。              | SESSION_NAME     | 届二次会议",
            "省十四届二次人代会今天开幕。        | SESSION_NAME     | 届二次",
            "该委员会召开两次全会。              | SESSION_NAME     | 两次全会",
            "学校已举办三次大会。                | SESSION_NAME     | 三次大会",
            // ordinal
            "这是本市第三个国家级开发区。        | ORDINAL          | 第三个",
            "第十四届运动会开幕。                | ORDINAL          | 第十四"})
    void aShapeIsOneNodeOfItsKind(String sentence, NotStatistic.Kind kind, String shape) {
        List<Node> nodes = build(sentence);
        List<String> shapes = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof NotStatistic n) {
                shapes.add(n.kind() + " " + sentence.substring(n.start(), n.end()));
            }
        }
        assertEquals(List.of(kind + " " + shape), shapes);
        int start = sentence.indexOf(shape);
        for (Node node : nodes) {
            // 十八 of 十八届 stays a bare number (never a statistic): only the shape's own number is taken
            boolean inShape = node.start() < start + shape.length() && node.end() > start;
            assertEquals(false, node instanceof QuantityPhrase && inShape, sentence + ": " + node);
        }
    }

    /** Without the words of a shape, its number is a quantity: the shape, not the number, is what is read. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"全区十万人口拥有执业医师。", "全区近万人参加。", "货车3点驶入园区。", "上证指数上涨30点。", "晚上升3%。",
            "共召开二次座谈。", "全年共举办3次。"})
    void withoutItsWordsTheNumberIsAQuantity(String sentence) {
        for (Node node : build(sentence)) {
            assertEquals(false, node instanceof NotStatistic, sentence + ": " + node);
        }
    }

    private static List<Node> build(String sentence) {
        return BUILDER.build(PARSER.parse(sentence), sentence, 0, (kind, start, end, message) -> {
        });
    }
}
