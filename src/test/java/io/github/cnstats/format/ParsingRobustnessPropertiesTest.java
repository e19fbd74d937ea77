package io.github.cnstats.format;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Any string parses without an exception, and in time that grows with its length only.
 *
 * <p>Time is not asserted against a tight wall clock, which would flake on a loaded two-core machine. Instead
 * inputs are bounded and each parse runs under a budget of {@link #BUDGET_PER_CHARACTER} per character
 * plus a second, about a thousand times what a parse takes: a parser that backtracks or grows quadratically on
 * one of these inputs blows through it, a busy machine does not.
 */
class ParsingRobustnessPropertiesTest {

    private static final Duration BUDGET_PER_CHARACTER = Duration.ofMillis(2);

    /** Pieces of statistics text, so that generated inputs reach deep into the grammar and the binder. */
    private static final List<String> FRAGMENTS = List.of("同比", "环比", "上升", "下降", "持平", "增长", "减少",
            "5.7", "39.1", "３９．１", "1,234", "万", "亿", "万亿", "千", "百分之", "%", "‰", "个百分点", "倍",
            "起", "人", "元", "亿元", "万人次", "吨/日", "台(套)", "至", "-", "~", "、", "和", "及", "分别", "均",
            "连续", "个月", "第", "十", "二十", "廿五", "點", "两", "〇", "余", "近", "约", "超", "不足", "以上",
            "左右", "高于", "低于", "全国平均水平", "破获", "案件", "抓获", "犯罪嫌疑人", "截至", "11月底",
            "2024年", "全国", ",", "，", "。", ";", "“", "”", "(", ")", " ", "\n", "成", "3成6", "每", "96110");

    @Provide
    Arbitrary<String> anyUnicode() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> grammarShaped() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    @Property
    void anyUnicodeStringParses(@ForAll("anyUnicode") String input) {
        parseWithinBudget(input);
    }

    @Property
    void anyGrammarShapedStringParses(@ForAll("grammarShaped") String input) {
        parseWithinBudget(input);
    }

    /** The same pieces many times over: where work per character grew with the length, this would show it. */
    @Property(tries = 100)
    void longGrammarShapedTextParsesWithinItsBudget(@ForAll("grammarShaped") String piece) {
        parseWithinBudget(piece.repeat(Math.max(1, 1000 / Math.max(1, piece.length()))));
    }

    private static void parseWithinBudget(String input) {
        Duration budget = Duration.ofSeconds(1).plus(BUDGET_PER_CHARACTER.multipliedBy(input.length()));
        List<Measurement> found = assertTimeoutPreemptively(budget, () -> Cnstats.parser().parse(input));
        for (Measurement m : found) {
            assertEquals(m.text(), input.substring(m.span().start(), m.span().end()));
        }
    }
}
