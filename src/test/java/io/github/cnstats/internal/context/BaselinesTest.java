package io.github.cnstats.internal.context;

import io.github.cnstats.Baseline;
import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The figure a change implies for what it is compared with, read from sentences of our own. */
class BaselinesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // sentence, value, unit, approx, derived, roundedTo
            "全市破获案件27.6万起,同比上升4.3% | 264621 | 起 | ABOUT | RATIO | 0",
            "全市破獲案件27.6萬起,同比上升4.3% | 264621 | 起 | ABOUT | RATIO | 0",
            "抓获嫌疑人1.8万余人,比上年增加1200人 | 16800 | 人 | MORE_THAN | DIFFERENCE | -",
            "城镇调查失业率5.2%,比上月下降0.3个百分点 | 5.5 | % | EXACT | PERCENTAGE_POINTS | -",
            "全省粮食产量300万吨,增长1.5倍 | 1200000 | 吨 | ABOUT | MULTIPLE | 0",
            "进口额45.6亿元,同比下降20% | 5700000000 | 元 | ABOUT | RATIO | 0",
            "全市用电量120亿千瓦时,与上年持平 | 12000000000 | 千瓦时 | ABOUT | FLAT | -",
            "出生率6.39‰,比上年下降0.38个百分点 | - | - | - | - | -",
            "全市受理投诉2400件,同比下降 | - | - | - | - | -",
            "客流量连续5个月同比下降 | - | - | - | - | -",
            "交易额增长5%至6% | - | - | - | - | -",
            "全市破获案件120起,同比下降100% | - | - | - | - | -",
            "全市破获案件120起,同比减少150起 | 270 | 起 | EXACT | DIFFERENCE | -",
            "全市破获案件120起,同比增加150起 | - | - | - | - | -",
            "粮食产量有所增长 | - | - | - | - | -",
    })
    void implied(String sentence, String value, String unit, String approx, String derived, Integer roundedTo) {
        List<Measurement> ms = Cnstats.parser().parse(sentence);
        Baseline b = ms.isEmpty() ? null : ms.get(0).baseline();
        if (value == null) {
            assertNull(b, () -> ms.toString());
            return;
        }
        assertEquals(value, b.value().toPlainString(), b::toString);
        assertEquals(unit, b.unit() == null ? null : b.unit().text());
        assertEquals(approx, b.approx().name());
        assertEquals(derived, b.derived().name());
        assertEquals(roundedTo, b.roundedTo());
    }
}
