package io.github.cnstats.internal.context;

import io.github.cnstats.DocumentContext;
import io.github.cnstats.internal.normalize.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date and region a document's own first and last lines give, one document of our own a row. */
class ContextFinderTest {

    private static final ContextFinder FINDER = new ContextFinder(new TextNormalizer());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // text (\\n for a line break) | date | its source | region | minguo years
            "四川省统计局\\n2024-03-15 09:00\\n全省经济稳中有进。 | 2024-03-15 | DATE_LINE | 四川省 | false",
            "發布時間:2024年3月15日\\n四川省統計局\\n全省經濟穩中有進。 | 2024-03-15 | DATE_LINE | 四川省 | false",
            "来源:成都市统计局 2024/3/15\\n全市经济稳中有进。 | 2024-03-15 | DATE_LINE | 成都市 | false",
            "新华社成都2024年3月15日电 全省经济稳中有进。 | 2024-03-15 | DATELINE | - | false",
            "新华社成都3月15日电 全省经济稳中有进。 | - | - | - | false",
            "2024年3月15日,记者从省统计局获悉,全省经济稳中有进。 | - | - | - | false",
            "国家统计局今天发布2024年3月15日的数据。 | - | - | 中国 | false",
            "香港特別行政區政府統計處\\n2024年3月15日\\n本港失業率為2.9%。 | 2024-03-15 | DATE_LINE | 香港 | false",
            "澳門治安警察局\\n本澳罪案數字下降。 | - | - | 澳门 | false",
            "行政院主計總處\\n發布日期:113年3月15日\\n全國失業率為3.4%。 | 2024-03-15 | DATE_LINE | - | true",
            "民國113年\\n全國失業率為3.4%。 | - | - | - | true",
            "新竹市警察局公布詐欺案件受理現況。 | - | - | 新竹市 | true",
            "今年以来全市公安局破获案件120起。 | - | - | - | false",
            "全省经济稳中有进。\\n2024年3月15日 | 2024-03-15 | DATE_LINE | - | false",
            "国家统计局广东调查总队\\n全省居民收入增长。 | - | - | - | false",
            "中共广东省委办公厅\\n全省经济稳中有进。 | - | - | 广东省 | false",
            "2024年2月30日\\n全省经济稳中有进。 | - | - | - | false",
            // the cheap tests that spare a line its patterns must let these through
            "二〇二三年九月八日\\n全县粮食产量稳中有升。 | 2023-09-08 | DATE_LINE | - | false",
            "2023 年9月8日\\n全县粮食产量稳中有升。 | 2023-09-08 | DATE_LINE | - | false",
            "人民网乌鲁木齐2023年9月8日电 全区棉花产量稳中有升,棉农收入增加,电商销售也更旺。 | 2023-09-08 | DATELINE | - | false",
            "中共新疆维吾尔自治区委员会办公室\\n全区棉花产量稳中有升。 | - | - | 新疆维吾尔自治区 | false",
            "財政部\\n全國稅收收入穩中有升。 | - | - | 中国 | false",
            "稿源:澳門統計暨普查局\\n本澳旅客人次上升。 | - | - | 澳门 | false",
    })
    void finds(String text, LocalDate date, DocumentContext.Source source, String region, boolean minguo) {
        DocumentContext c = FINDER.find(text.replace("\\n", "\n"), DocumentContext.findInText());
        assertEquals(date, c.date().orElse(null), c::toString);
        assertEquals(source, c.dateClue().map(DocumentContext.Clue::source).orElse(null));
        assertEquals(region, c.region().orElse(null), c::toString);
        assertEquals(minguo, c.minguoYears());
    }
}
