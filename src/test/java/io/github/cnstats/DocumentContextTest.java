package io.github.cnstats;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents of our own with and without a date and a region, Simplified and Traditional, and the caller's word. */
class DocumentContextTest {

    private static final MeasurementParser PARSER = Cnstats.parser();

    private static final String SIMPLIFIED = """
            江苏省统计局关于一季度全省经济运行的说明
            发布日期:2025年4月20日
            一季度,全省规模以上工业企业实现利润1520亿元,同比增长8%。
            截至3月底,全省新登记市场主体12.6万户。今年以来,全市新增就业2.3万人。
            """;

    private static final String TRADITIONAL = """
            香港警務處
            2025-07-15 發佈
            今年上半年,本港整體罪案共有4.2萬宗,按年下跌5%。全國旅客人次亦有增加。
            """;

    private static final String NO_DATE = """
            今年以来,全省共查处违法案件3200起,同比上升6.4%。1至5月,全市发放贷款120亿元。
            """;

    @Test
    void aDateLineAndAPublisherResolveRelativePeriodsAndRegions() {
        ParseResult r = PARSER.explain(SIMPLIFIED, DocumentContext.findInText());
        assertEquals(LocalDate.of(2025, 4, 20), r.context().date().orElseThrow());
        assertEquals(DocumentContext.Source.DATE_LINE, r.context().dateClue().orElseThrow().source());
        assertEquals("江苏省", r.context().region().orElseThrow());
        DocumentContext.Clue publisher = r.context().regionClue().orElseThrow();
        assertEquals(DocumentContext.Source.PUBLISHER, publisher.source());
        assertEquals("江苏省统计局", publisher.span().of(SIMPLIFIED));
        List<Measurement> ms = r.measurements();
        Measurement profit = ms.get(0);
        assertEquals(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)), profit.periodRange());
        assertEquals("全省", profit.region().text());
        assertEquals("江苏省", profit.regionResolved());
        Measurement registered = ms.get(1);
        assertEquals(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)), registered.periodRange());
        Measurement jobs = ms.get(2);
        assertEquals(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 20)), jobs.periodRange());
        assertNull(jobs.regionResolved(), "全市 in a province's document names no city");
    }

    @Test
    void traditionalTextFromHongKong() {
        ParseResult r = PARSER.explain(TRADITIONAL, DocumentContext.findInText());
        assertEquals(LocalDate.of(2025, 7, 15), r.context().date().orElseThrow());
        assertEquals("香港", r.context().region().orElseThrow());
        Measurement crime = r.measurements().get(0);
        assertEquals("本港", crime.region().text());
        assertEquals("香港", crime.regionResolved());
        assertEquals(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)), crime.periodRange());
        assertEquals(new java.math.BigDecimal("44211"), crime.baseline().value());
    }

    @Test
    void withoutADateNothingRelativeIsResolved() {
        List<Measurement> ms = PARSER.parse(NO_DATE);
        assertFalse(ms.isEmpty());
        for (Measurement m : ms) {
            assertNull(m.periodRange(), m.toString());
            assertNull(m.regionResolved(), m.toString());
        }
        assertTrue(PARSER.explain(NO_DATE).context().date().isEmpty());
    }

    @Test
    void theCallerWinsOverTheText() {
        DocumentContext mine = DocumentContext.builder().date(LocalDate.of(2024, 12, 31)).region("浙江省").build();
        ParseResult r = PARSER.explain(SIMPLIFIED, mine);
        assertEquals(LocalDate.of(2024, 12, 31), r.context().date().orElseThrow());
        assertEquals(DocumentContext.Source.CALLER, r.context().dateClue().orElseThrow().source());
        assertEquals("浙江省", r.context().region().orElseThrow());
        Measurement profit = r.measurements().get(0);
        assertEquals("浙江省", profit.regionResolved());
        assertEquals(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)), profit.periodRange());
        assertEquals(r.measurements(), PARSER.parse(SIMPLIFIED, mine));
    }

    @Test
    void theCallersDateResolvesADocumentWithoutOne() {
        DocumentContext mine = DocumentContext.builder().date(LocalDate.of(2024, 6, 10)).region("广东省").build();
        Measurement m = PARSER.parse(NO_DATE, mine).get(0);
        assertEquals(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 10)), m.periodRange());
        assertEquals("广东省", m.regionResolved());
    }

    @Test
    void findInTextOffUsesOnlyWhatIsGiven() {
        DocumentContext none = DocumentContext.builder().findInText(false).build();
        ParseResult r = PARSER.explain(SIMPLIFIED, none);
        assertTrue(r.context().date().isEmpty());
        assertNull(r.measurements().get(2).periodRange());
    }

    @Test
    void theResolvedFieldsAreAdditionsOnly() {
        List<Measurement> plain = PARSER.parse(SIMPLIFIED, DocumentContext.builder().findInText(false).build());
        List<Measurement> resolved = PARSER.parse(SIMPLIFIED);
        assertEquals(plain.size(), resolved.size());
        for (int i = 0; i < plain.size(); i++) {
            Measurement a = plain.get(i);
            Measurement b = resolved.get(i);
            assertEquals(a.withResolved(null, null, null), b.withResolved(null, null, null));
        }
    }

    @Test
    void aDatelineWithoutItsYearGivesNoDate() {
        String text = "新华社北京5月27日电 今年以来,全国铁路发送旅客15.6亿人次,同比增长4.2%。";
        ParseResult r = PARSER.explain(text);
        assertTrue(r.context().date().isEmpty());
        assertNull(r.measurements().get(0).periodRange());
        String withYear = "新华社北京2024年5月27日电 今年以来,全国铁路发送旅客15.6亿人次,同比增长4.2%。";
        ParseResult y = PARSER.explain(withYear);
        assertEquals(DocumentContext.Source.DATELINE, y.context().dateClue().orElseThrow().source());
        assertEquals(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 27)),
                y.measurements().get(0).periodRange());
    }

    @Test
    void taiwanMinguoYears() {
        String text = "內政部統計處\n發布日期:113年5月20日\n112年全國出生人數13.5萬人,較111年減少3千人。";
        ParseResult r = PARSER.explain(text);
        assertEquals(LocalDate.of(2024, 5, 20), r.context().date().orElseThrow());
        assertTrue(r.context().minguoYears());
        Measurement births = r.measurements().get(0);
        assertEquals(new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), births.periodRange());
        assertNull(births.regionResolved(), "全國 in Taiwan's text is not 中国");
        assertEquals(new java.math.BigDecimal("138000"), births.baseline().value());
    }

    @Test
    void aNationalPublisherAndTheSignatureDate() {
        String text = "国家统计局\n2024年全国粮食总产量70650万吨,比上年增加1109万吨,增长1.6%。\n"
                + "这是一段足够长的正文。".repeat(150) + "\n国家统计局\n二〇二五年一月十五日\n";
        ParseResult r = PARSER.explain(text);
        assertEquals("中国", r.context().region().orElseThrow());
        assertEquals(LocalDate.of(2025, 1, 15), r.context().date().orElseThrow());
        Measurement grain = r.measurements().get(0);
        assertEquals("中国", grain.regionResolved());
        assertEquals(new java.math.BigDecimal("695374016"), grain.baseline().value());
    }
}
