package io.github.cnstats.internal.units;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sanity check, not a benchmark: scanning a large text at every position must stay cheap. */
class UnitLexiconPerformanceTest {

    /** Sentences in the style of a statistical communiqué, written for this test. */
    private static final String SAMPLE = "全年全省规模以上工业发电量6213.5亿千瓦时，比上年增长4.6%；"
            + "新增装机容量1200MW，其中风电312万千瓦。港口完成集装箱吞吐量1.3亿标箱(TEU)，"
            + "公路货运量达38.2亿吨，货物周转量6450亿吨公里。共接报各类案件8163起，"
            + "抓获犯罪嫌疑人1.2万余人，配备执法车辆(艘、架、列)次3100辆(艘、架、列)次，"
            + "新建保障性住房2.4万套（间），人均用水量达到165升/人/日，单位能耗0.43吨标准煤/万元。";

    @Test
    void scansAMegabyteAtEveryPositionQuickly() {
        StringBuilder text = new StringBuilder(1 << 20);
        while (text.length() < 1 << 20) {
            text.append(SAMPLE);
        }
        UnitLexicon units = UnitLexicon.standard();
        long matched = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            long total = 0;
            for (int i = 0; i <= text.length(); i++) {
                total += units.matchLength(text, i);
            }
            return total;
        });
        assertTrue(matched > 0);
    }
}
