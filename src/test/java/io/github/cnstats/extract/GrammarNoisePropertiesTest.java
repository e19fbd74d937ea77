package io.github.cnstats.extract;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Diagnostic;
import io.github.cnstats.Measurement;
import io.github.cnstats.ParseResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Robustness over noise made of the grammar's own pieces (numerals, magnitudes, units, change words,
 * punctuation): the parser never throws, {@code parse} and {@code explain} agree, and every span lies in the text.
 */
class GrammarNoisePropertiesTest {

    private static final String[] PIECES = {"1", "39.1", "3,291", "〇", "二", "十", "百", "千", "万", "亿", "两",
        "点", "%", "‰", "个百分点", "倍", "成", "起", "人", "元", "吨/日", "同比", "环比", "上升", "下降", "增长",
        "分别", "均", "和", "、", ",", "。", "至", "约", "超", "余", "以上", "第", "连续", "个月", "“", "”", "被",
        "共", "全国", "破获案件", " ", "\n", "-", "年", "月"};

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 500)
    void noiseNeverBreaksTheParser(@ForAll("noise") String text) {
        ParseResult result = Cnstats.parser().explain(text);
        assertEquals(result.measurements(), Cnstats.parser().parse(text));
        for (Measurement m : result.measurements()) {
            assertTrue(m.span().end() <= text.length());
            assertEquals(text.substring(m.span().start(), m.span().end()), m.text());
        }
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.span().end() <= text.length(), d.toString());
        }
    }
}
