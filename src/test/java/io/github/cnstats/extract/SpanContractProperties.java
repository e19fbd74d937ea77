package io.github.cnstats.extract;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every measurement of every input, {@code text.equals(input.substring(start, end))}: spans always index the
 * original text, whatever normalisation did (Traditional script, full width, glosses, spaces, line breaks).
 */
class SpanContractProperties {

    private static final List<String> FRAGMENTS = List.of(
            "全国共破获电信网络诈骗案件", "39.1万起", "３９．１萬起", ",同比上升5.7%", "，同比上升５．７％", "抓獲犯罪嫌疑人",
            "1.8萬(wàn)餘人", "1.8万余人", "分别", "、", "和", "截至11月底", "2023年", "今年以来,", "全省", "，",
            "。", "\n", " ", "  ", "\n\n", "“两卡”", "96110", "同比下降17.3%", "增长2倍多", "提高到76.58%",
            "从45.8%提升至77.3%", "6至8个", "七成", "超两成", "高于全国平均水平7.3个百分点", "台(套)", "套（间）",
            "2萬4,000件", "新臺幣1億元", "(+22宗)", "-47.2%", "連續7個月環比下降", "為(wèi)", "第十四届", "10:41");

    @Provide
    Arbitrary<String> statisticsText() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property
    void everySpanIndexesTheOriginalText(@ForAll("statisticsText") String input) {
        for (Measurement m : Cnstats.parser().parse(input)) {
            assertEquals(m.text(), input.substring(m.span().start(), m.span().end()));
            assertTrue(m.quantity() != null || m.change() != null);
        }
    }
}
