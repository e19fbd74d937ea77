package io.github.cnstats.cli;

import io.github.cnstats.Approximation;
import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.Measurement;
import io.github.cnstats.Period;
import io.github.cnstats.Quantity;
import io.github.cnstats.Region;
import io.github.cnstats.Span;
import io.github.cnstats.Streak;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonLinesWriterTest {

    private static final String TEXT = "查处非法集资案件2.4万起，同比下降8.5%";

    @Test
    void writesEveryFieldInTheSpecOrder() {
        Measurement m = new Measurement("查处非法集资案件",
                new Quantity(new BigDecimal("2.4E+4"), null, new Unit("起", UnitKind.CASES), Approximation.EXACT),
                Change.of(ChangeBasis.YEAR_ON_YEAR, Direction.DOWN, new BigDecimal("8.50"), Unit.PERCENT),
                new Period("截至11月底", Period.Kind.UP_TO), new Region("全省"), new Span(0, TEXT.length()), TEXT);
        String line = JsonLinesWriter.format(new LocatedMeasurement("news.txt", 3, 41, 41 + TEXT.length(), TEXT, m));
        assertEquals("{\"doc\":\"news.txt\",\"line\":3,\"start\":41,\"end\":63,"
                + "\"text\":\"查处非法集资案件2.4万起，同比下降8.5%\",\"subject\":\"查处非法集资案件\","
                + "\"quantity\":{\"value\":\"24000\",\"high\":null,\"unit\":\"起\",\"approx\":\"EXACT\"},"
                + "\"change\":{\"basis\":\"YEAR_ON_YEAR\",\"direction\":\"DOWN\",\"amount\":\"8.5\","
                + "\"amountUnit\":\"%\",\"reference\":null},"
                + "\"period\":\"截至11月底\",\"region\":\"全省\",\"periodKind\":\"UP_TO\",\"periodRange\":null,\"regionResolved\":null,\"baseline\":null}", line);
    }

    @Test
    void absentPartsAreNullAndARangeHasItsHighEnd() {
        String text = "约6至8个";
        Measurement m = new Measurement(null,
                new Quantity(new BigDecimal("6"), new BigDecimal("8.0"), new Unit("个", UnitKind.ITEMS),
                        Approximation.ABOUT),
                null, null, null, new Span(0, text.length()), text);
        String line = JsonLinesWriter.format(new LocatedMeasurement("-", 1, 0, text.length(), text, m));
        assertEquals("{\"doc\":\"-\",\"line\":1,\"start\":0,\"end\":5,\"text\":\"约6至8个\",\"subject\":null,"
                + "\"quantity\":{\"value\":\"6\",\"high\":\"8\",\"unit\":\"个\",\"approx\":\"ABOUT\"},"
                + "\"change\":null,\"period\":null,\"region\":null,\"periodKind\":null,\"periodRange\":null,\"regionResolved\":null,\"baseline\":null}", line);
    }

    @Test
    void changeOnlyWithReferenceAndStreak() {
        String text = "连续5个月低于全市平均水平";
        Change change = new Change(ChangeBasis.REFERENCE, Direction.DOWN, null, null, "全市平均水平",
                new Streak(5, new Unit("个月", UnitKind.TIME)));
        Measurement m = new Measurement("降水量", null, change, null, null, new Span(0, text.length()), text);
        String line = JsonLinesWriter.format(new LocatedMeasurement("a.txt", 2, 10, 10 + text.length(), text, m));
        assertEquals("{\"doc\":\"a.txt\",\"line\":2,\"start\":10,\"end\":23,\"text\":\"连续5个月低于全市平均水平\","
                + "\"subject\":\"降水量\",\"quantity\":null,"
                + "\"change\":{\"basis\":\"REFERENCE\",\"direction\":\"DOWN\",\"amount\":null,\"amountUnit\":null,"
                + "\"reference\":\"全市平均水平\",\"streak\":{\"count\":5,\"unit\":\"个月\"}},"
                + "\"period\":null,\"region\":null,\"periodKind\":null,\"periodRange\":null,\"regionResolved\":null,\"baseline\":null}", line);
    }

    @Test
    void unitlessQuantityAndLargeNumbersArePlain() {
        String text = "罚款110.5万";
        Measurement m = new Measurement("罚款", Quantity.of(new BigDecimal("1.105E+6"), null), null, null, null,
                new Span(0, text.length()), text);
        String line = JsonLinesWriter.format(new LocatedMeasurement("b", 1, 0, text.length(), text, m));
        assertEquals("{\"doc\":\"b\",\"line\":1,\"start\":0,\"end\":8,\"text\":\"罚款110.5万\",\"subject\":\"罚款\","
                + "\"quantity\":{\"value\":\"1105000\",\"high\":null,\"unit\":null,\"approx\":\"EXACT\"},"
                + "\"change\":null,\"period\":null,\"region\":null,\"periodKind\":null,\"periodRange\":null,\"regionResolved\":null,\"baseline\":null}", line);
    }

    /** The JSON string literal that the writer makes of a document name. */
    private static String literal(String doc) {
        String text = "12起";
        Measurement m = new Measurement(null, Quantity.of(new BigDecimal(12), null), null, null, null,
                new Span(0, 3), text);
        String line = JsonLinesWriter.format(new LocatedMeasurement(doc, 1, 0, 3, text, m));
        return line.substring("{\"doc\":".length(), line.lastIndexOf(",\"line\":1,\"start\":0,"));
    }

    @Test
    void escapesQuotesBackslashesAndControlsButNotChinese() {
        assertEquals("\"“两卡”\\\"a\\\\b\\\"\\u000a\\u000d\\u0009\\u0001\\u001f\u007f中文€😀\"",
                literal("“两卡”\"a\\b\"\n\r\t\u0001\u001f\u007f中文€😀"));
    }

    @Test
    void escapesUnpairedSurrogatesSoTheOutputStaysUtf8() {
        assertEquals("\"a\\ud83db\\ude00\"", literal("a\uD83Db\uDE00"));
        assertEquals("\"\\ude00\\\\n\\u0001\"", literal("\uDE00\\n\u0001"));
    }

    @Property
    void everyStringReadsBackAsItself(@ForAll String value) {
        assertEquals(value, JsonStrings.read(literal(value)));
    }

    @Test
    void aDocumentNameWithQuotesIsEscaped() {
        String text = "12起";
        Measurement m = new Measurement(null, Quantity.of(new BigDecimal(12), null), null, null, null,
                new Span(0, 3), text);
        String line = JsonLinesWriter.format(new LocatedMeasurement("dir/\"odd\"\\name.txt", 1, 0, 3, text, m));
        assertEquals("{\"doc\":\"dir/\\\"odd\\\"\\\\name.txt\",", line.substring(0, line.indexOf("\"line\"")));
    }
}
