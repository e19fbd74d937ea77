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
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableWriterTest {

    private static LocatedMeasurement located(long line, String text, Measurement m) {
        return new LocatedMeasurement("doc", line, 0, text.length(), text, m);
    }

    private static Measurement measurement(String text, String subject, Quantity quantity, Change change,
                                           Period period, String region) {
        return new Measurement(subject, quantity, change, period, region == null ? null : new Region(region),
                new Span(0, text.length()), text);
    }

    private static String table(LocatedMeasurement... rows) throws IOException {
        StringWriter out = new StringWriter();
        TableWriter writer = new TableWriter(out, false);
        writer.beginDocument("doc");
        for (LocatedMeasurement row : rows) {
            writer.write(row);
        }
        writer.endDocument();
        return out.toString();
    }

    @Test
    void fixedColumnsByDisplayWidthWithChineseTwoColumnsWideAndValuesAsPeopleWriteThem() throws IOException {
        String first = "全省立案3.91万起";
        String second = "Q3 GDP 3.5%";
        String table = table(
                located(1, first, measurement(first, "立案",
                        Quantity.of(new BigDecimal(39100), new Unit("起", UnitKind.CASES)), null, null, "全省")),
                located(10, second, measurement(second, null,
                        new Quantity(new BigDecimal("3.5"), null, Unit.PERCENT, Approximation.ABOUT),
                        Change.of(ChangeBasis.YEAR_ON_YEAR, Direction.UP, new BigDecimal("1.2"),
                                Unit.PERCENTAGE_POINT),
                        new Period("2023年", Period.Kind.YEAR), null)));
        assertEquals(""
                + "  line  text                      subject           quantity        change"
                + "                period          region    periodRange            regionResolved  baseline\n"
                + "     1  全省立案3.91万起          立案              3.91万起        -"
                + "                     -               全省      -                      -               -\n"
                + "    10  Q3 GDP 3.5%               -                 约3.5%          同比上升1.2个百分点"
                + "   2023年          -         -                      -               -\n", table);
    }

    @Test
    void columnsKeepTheirPlaceFromDocumentToDocument() throws IOException {
        StringWriter out = new StringWriter();
        TableWriter writer = new TableWriter(out, true);
        String short1 = "12起";
        String long1 = "全市共查处电信网络诈骗案件41.2万亿元";
        writer.beginDocument("a");
        writer.write(located(1, short1, measurement(short1, null,
                Quantity.of(new BigDecimal(12), new Unit("起", UnitKind.CASES)), null, null, null)));
        writer.endDocument();
        writer.beginDocument("b");
        writer.write(located(3, long1, measurement(long1, "破获电信网络诈骗案件",
                Quantity.of(new BigDecimal("4.12E+13"), new Unit("元", UnitKind.MONEY)), null, null, "全市")));
        writer.endDocument();
        String[] lines = out.toString().split("\n");
        assertEquals(1, out.toString().split("line  text", -1).length - 1, "one header");
        assertEquals("== a ==", lines[1]);
        assertEquals("== b ==", lines[3]);
        int quantityColumn = DisplayWidth.of(lines[0].substring(0, lines[0].indexOf("quantity")));
        assertEquals(quantityColumn, DisplayWidth.of(lines[2].substring(0, lines[2].lastIndexOf("12起"))));
        assertEquals(quantityColumn, DisplayWidth.of(lines[4].substring(0, lines[4].indexOf("41.2万亿元"))));
    }

    @Test
    void cutsLongTextToTwentyFourColumnsWithAnEllipsis() throws IOException {
        String text = "全省公安机关共侦破盗窃抢劫案件3912起";
        String table = table(located(2, text, measurement(text, null,
                Quantity.of(new BigDecimal(3912), new Unit("起", UnitKind.CASES)), null, null, null)));
        String row = table.split("\n")[1];
        assertTrue(row.startsWith("     2  全省公安机关共侦破盗窃…   -                 3912起"), row);
        assertEquals(23, DisplayWidth.of("全省公安机关共侦破盗窃…"));
    }

    @Test
    void controlCharactersInCellsBecomeSpaces() throws IOException {
        String text = "下降\n3%";
        String table = table(located(1, text, measurement(text, "a\tb", null,
                Change.of(ChangeBasis.UNSPECIFIED, Direction.DOWN, new BigDecimal(3), Unit.PERCENT), null, null)));
        assertTrue(table.split("\n", 2)[1].startsWith("     1  下降 3%                   a b               -"),
                table);
    }

    @Test
    void showsApproximationsRangesStreaksAndReferencesAsTheFormatterWritesThem() {
        assertEquals("超1.8万人", MeasurementFields.quantityText(new Quantity(new BigDecimal("1.8E+4"), null,
                new Unit("人", UnitKind.PERSONS), Approximation.MORE_THAN)));
        assertEquals("6至8个", MeasurementFields.quantityText(new Quantity(new BigDecimal(6), new BigDecimal(8),
                new Unit("个", UnitKind.ITEMS), Approximation.EXACT)));
        assertEquals("连续7个月环比下降", MeasurementFields.changeText(Change.directionOnly(
                ChangeBasis.PERIOD_ON_PERIOD, Direction.DOWN).withStreak(new Streak(7, new Unit("个月",
                UnitKind.TIME)))));
        assertEquals("高于全国平均水平4.6个百分点", MeasurementFields.changeText(new Change(ChangeBasis.REFERENCE,
                Direction.UP, new BigDecimal("4.6"), Unit.PERCENTAGE_POINT, "全国平均水平", null)));
    }

    @Test
    void aValueTheFormatterCannotWriteIsShownPlainly() {
        assertEquals("2000000000000000000000000000元", MeasurementFields.quantityText(Quantity.of(
                new BigDecimal("2E+27"), new Unit("元", UnitKind.MONEY))));
    }

    @Test
    void aDocumentWithoutMeasurementsSaysSoUnderTheHeader() throws IOException {
        assertEquals("  line  text                      subject           quantity        change"
                + "                period          region    periodRange            regionResolved  baseline\n(no measurements)\n", table());
    }
}
