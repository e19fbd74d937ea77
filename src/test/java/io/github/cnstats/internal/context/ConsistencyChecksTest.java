package io.github.cnstats.internal.context;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each check on documents of our own that have the problem, and on ones that do not (rounding included). */
class ConsistencyChecksTest {

    private static final List<Diagnostic.Kind> CHECKS = List.of(Diagnostic.Kind.PARTS_EXCEED_WHOLE,
            Diagnostic.Kind.SHARE_OVER_HUNDRED, Diagnostic.Kind.DIFFERENCE_MISMATCH,
            Diagnostic.Kind.CHANGE_CONTRADICTS_LEVELS);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // parts and their whole
            "全省共破获案件1.2万起,其中电诈案件8000起、盗窃案件5000起。 | PARTS_EXCEED_WHOLE",
            "全省共破獲案件1.2萬起,其中電詐案件8000起、盜竊案件5000起。 | PARTS_EXCEED_WHOLE",
            "全省共破获案件1.2万起,其中电诈案件8000起、盗窃案件4000起。 | -",
            "全省共破获案件1.2万起,其中电诈案件8000起、盗窃案件4400起。 | -",
            "全省共破获案件12000起,其中电诈案件8000起、盗窃案件4400起。 | PARTS_EXCEED_WHOLE",
            "全市GDP 3000亿元,其中第一产业200亿元,第二产业1200亿元,第三产业1600亿元。 | -",
            "全市GDP 3000亿元,其中,第一产业200亿元,第二产业1300亿元,第三产业1600亿元。 | PARTS_EXCEED_WHOLE",
            "全市GDP 3000亿元,其中第一产业200亿元,第二产业1300亿元,第三产业1600亿元。 | -",
            "新增造林150万亩、其中城郊绿化40万亩,治理草原520万亩。 | -",
            "新增造林150万亩、其中城郊绿化40万亩、山区绿化120万亩,治理草原520万亩。 | PARTS_EXCEED_WHOLE",
            "全省共破获案件1.2万余起,其中电诈案件8000起、盗窃案件5000起。 | -",
            "全省共破获案件1.2万起。其中,去年破获8000起,前年破获5000起。 | -",
            // shares
            "第三产业增加值占全市生产总值的比重为105.2%。 | SHARE_OVER_HUNDRED",
            "第三產業增加值佔全市生產總值的比重為105.2%。 | SHARE_OVER_HUNDRED",
            "第三产业增加值占全市生产总值的比重为55.2%。 | -",
            "计划完成率为105.2%。 | -",
            // two levels and a difference
            "全市刑事案件从1200起降至900起,减少200起。 | DIFFERENCE_MISMATCH",
            "全市刑事案件從1200起降至900起,減少200起。 | DIFFERENCE_MISMATCH",
            "全市刑事案件从1200起降至900起,减少300起。 | -",
            "失业率从5.6%降至5.2%,下降0.8个百分点。 | DIFFERENCE_MISMATCH",
            "失业率从5.6%降至5.2%,下降0.5个百分点。 | -",
            "失业率从5.6%降至5.2%,下降0.4个百分点。 | -",
            // a change against two levels
            "工业用电量从120亿千瓦时增至98亿千瓦时。 | CHANGE_CONTRADICTS_LEVELS",
            "工业用电量从98亿千瓦时增至120亿千瓦时。 | -",
            "全市出口额从200亿元增至240亿元,增长25%。 | CHANGE_CONTRADICTS_LEVELS",
            "全市出口额从200亿元增至240亿元,增长20%。 | -",
            "全市出口额从2019年的200亿元增至2023年的240亿元,同比增长5%。 | -",
            "全市受理投诉2400件,较去年同期的2000件增长30%。 | CHANGE_CONTRADICTS_LEVELS",
            "全市受理投诉2400件,较去年同期的2000件增长20%。 | -",
            "全市受理投诉2400件,較去年同期的2000件增長20%。 | -",
            "全市受理投诉2400件,较去年同期的2000件下降20%。 | CHANGE_CONTRADICTS_LEVELS",
            "本月受理投诉2400件、涉及金额300万元,较去年同月1800件、200万元分别增长33.3%和50%。 | -",
            "本月受理投诉2400件、涉及金额300万元,较去年同月1800件、200万元分别增长33.3%和40%。 | CHANGE_CONTRADICTS_LEVELS",
            "全市常住人口1.25万人,较上年的1.21万人增长3.3%。 | -",
    })
    void check(String text, Diagnostic.Kind expected) {
        List<Diagnostic.Kind> found = Cnstats.parser().explain(text).diagnostics().stream()
                .map(Diagnostic::kind).filter(CHECKS::contains).collect(Collectors.toList());
        assertEquals(expected == null ? List.of() : List.of(expected), found,
                () -> Cnstats.parser().explain(text).toString());
    }
}
