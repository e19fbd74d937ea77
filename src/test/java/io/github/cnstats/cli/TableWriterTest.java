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
    void alignsColumnsByDisplayWidthWithChineseTwoColumnsWide() throws IOException {
        String first = "全省立案12起";
        String second = "Q3 GDP 3.5%";
        String table = table(
                located(1, first, measurement(first, "立案",
                        Quantity.of(new BigDecimal(12), new Unit("起", UnitKind.CASES)), null, null, "全省")),
                located(10, second, measurement(second, null,
                        new Quantity(new BigDecimal("3.5"), null, Unit.PERCENT, Approximation.ABOUT),
                        Change.of(ChangeBasis.YEAR_ON_YEAR, Direction.UP, new BigDecimal("1.2"),
                                Unit.PERCENTAGE_POINT),
                        new Period("2023年", Period.Kind.YEAR), null)));
        // Widths: text 12 (全省立案 is 8 columns), quantity 8 (header), change 21, period 6 (2023年).
        assertEquals(""
                + "line  text          subject  quantity  change                 period  region\n"
                + "   1  全省立案12起  立案     12起      -                      -       全省\n"
                + "  10  Q3 GDP 3.5%   -        约3.5%    同比 上升 1.2个百分点  2023年  -\n", table);
    }

    @Test
    void cutsLongTextToTwentyFourColumnsWithAnEllipsis() throws IOException {
        String text = "全省公安机关共侦破盗窃抢劫案件3912起";
        String table = table(located(2, text, measurement(text, null,
                Quantity.of(new BigDecimal(3912), new Unit("起", UnitKind.CASES)), null, null, null)));
        String row = table.split("\n")[1];
        assertEquals("   2  全省公安机关共侦破盗窃…  -        3912起    -       -       -", row);
        assertEquals(23, DisplayWidth.of("全省公安机关共侦破盗窃…"));
    }

    @Test
    void controlCharactersInCellsBecomeSpaces() throws IOException {
        String text = "下降\n3%";
        String table = table(located(1, text, measurement(text, "a\tb", null,
                Change.of(ChangeBasis.UNSPECIFIED, Direction.DOWN, new BigDecimal(3), Unit.PERCENT), null, null)));
        assertEquals("   1  下降 3%  a b      -         下降 3%  -       -\n", table.split("\n", 2)[1]);
    }

    @Test
    void showsApproximationsRangesStreaksAndReferences() {
        assertEquals("超18000人", TableWriter.quantity(new Quantity(new BigDecimal("1.8E+4"), null,
                new Unit("人", UnitKind.PERSONS), Approximation.MORE_THAN)));
        assertEquals("6~8个", TableWriter.quantity(new Quantity(new BigDecimal(6), new BigDecimal(8),
                new Unit("个", UnitKind.ITEMS), Approximation.EXACT)));
        assertEquals("不足5", TableWriter.quantity(new Quantity(new BigDecimal(5), null, null,
                Approximation.LESS_THAN)));
        assertEquals("连续7个月 环比 下降", TableWriter.change(Change.directionOnly(ChangeBasis.PERIOD_ON_PERIOD,
                Direction.DOWN).withStreak(new Streak(7, new Unit("个月", UnitKind.TIME)))));
        assertEquals("较全国平均水平 上升 7.3个百分点", TableWriter.change(new Change(ChangeBasis.REFERENCE, Direction.UP,
                new BigDecimal("7.3"), Unit.PERCENTAGE_POINT, "全国平均水平", null)));
        assertEquals("持平", TableWriter.change(Change.directionOnly(ChangeBasis.UNSPECIFIED, Direction.FLAT)));
    }

    @Test
    void aDocumentWithoutMeasurementsSaysSo() throws IOException {
        assertEquals("(no measurements)\n", table());
    }
}
