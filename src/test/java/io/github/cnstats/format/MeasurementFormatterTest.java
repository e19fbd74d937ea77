package io.github.cnstats.format;

import io.github.cnstats.Approximation;
import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Cnstats;
import io.github.cnstats.Direction;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementFormatter;
import io.github.cnstats.MeasurementFormatter.Magnitudes;
import io.github.cnstats.MeasurementFormatter.Numerals;
import io.github.cnstats.MeasurementFormatter.Script;
import io.github.cnstats.Period;
import io.github.cnstats.Quantity;
import io.github.cnstats.Streak;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.units.UnitLexicon;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the formatter writes, by example, and the counter-examples the properties found. */
class MeasurementFormatterTest {

    private static final Unit CASES = UnitLexicon.standard().unitOf("起");
    private static final Unit PEOPLE = UnitLexicon.standard().unitOf("人");

    private static MeasurementFormatter with(Magnitudes magnitudes, Numerals numerals) {
        return MeasurementFormatter.builder().magnitudes(magnitudes).numerals(numerals).build();
    }

    @Test
    void writesTheMeasurementOfTheIssue() {
        Measurement m = MeasurementArbitraries.measurement("侦破盗窃案件",
                Quantity.of(new BigDecimal("276000"), CASES),
                Change.of(ChangeBasis.YEAR_ON_YEAR, Direction.UP, new BigDecimal("4.3"), Unit.PERCENT), null, null);
        assertEquals("侦破盗窃案件27.6万起,同比上升4.3%", Cnstats.formatter().format(m));
    }

    @Test
    void writesWhatItReadInItsCanonicalWords() {
        Measurement m = Cnstats.parser().parse("全市共侦破盗窃案件2.7万起,较去年同期上升6.3%").get(0);
        assertEquals("全市侦破盗窃案件2.7万起,同比上升6.3%", Cnstats.formatter().format(m));
    }

    @Test
    void writesAPlainNumberInEachStyle() {
        BigDecimal value = new BigDecimal("391000");
        assertEquals("39.1万", with(Magnitudes.GROUPED, Numerals.ARABIC).formatNumber(value));
        assertEquals("391000", with(Magnitudes.PLAIN, Numerals.ARABIC).formatNumber(value));
        assertEquals("三十九点一万", with(Magnitudes.GROUPED, Numerals.CHINESE).formatNumber(value));
        assertEquals("三十九万一千", with(Magnitudes.PLAIN, Numerals.CHINESE).formatNumber(value));
        assertEquals("三千二百亿", with(Magnitudes.GROUPED, Numerals.CHINESE).formatNumber(new BigDecimal("3.2E11")));
    }

    @Test
    void writesTraditionalScriptWithIcu() {
        MeasurementFormatter traditional = MeasurementFormatter.builder().script(Script.TRADITIONAL)
                .numerals(Numerals.CHINESE).build();
        assertEquals("三十九點一萬", traditional.formatNumber(new BigDecimal("391000")));
        assertEquals("四點零六億元", traditional.format(Quantity.of(new BigDecimal("406000000"),
                UnitLexicon.standard().unitOf("元"))));
    }

    @Test
    void writesEachApproximationAndARange() {
        MeasurementFormatter f = Cnstats.formatter();
        assertEquals("超1.8万人", f.format(new Quantity(new BigDecimal("18000"), null, PEOPLE, Approximation.MORE_THAN)));
        assertEquals("不足500人", f.format(new Quantity(new BigDecimal("500"), null, PEOPLE, Approximation.LESS_THAN)));
        assertEquals("2万至3万人", f.format(new Quantity(new BigDecimal("20000"), new BigDecimal("30000"), PEOPLE,
                Approximation.EXACT)));
    }

    @Test
    void writesReferenceStreakAndPercentInChinese() {
        Change reference = new Change(ChangeBasis.REFERENCE, Direction.UP, new BigDecimal("7.3"),
                Unit.PERCENTAGE_POINT, "全省平均水平", null);
        assertEquals("高于全省平均水平7.3个百分点", Cnstats.formatter().format(reference));
        Change streak = Change.directionOnly(ChangeBasis.PERIOD_ON_PERIOD, Direction.DOWN)
                .withStreak(new Streak(7, new Unit("个月", UnitKind.TIME)));
        assertEquals("连续7个月环比下降", Cnstats.formatter().format(streak));
        Change percent = Change.of(ChangeBasis.YEAR_ON_YEAR, Direction.DOWN, new BigDecimal("17.3"), Unit.PERCENT);
        assertEquals("同比下降百分之十七点三", with(Magnitudes.GROUPED, Numerals.CHINESE).format(percent));
    }

    @Test
    void writesPeriodAndRegionBeforeTheSubject() {
        Measurement m = MeasurementArbitraries.measurement("破获案件", Quantity.of(new BigDecimal("8163"), CASES),
                null, new Period("截至11月底", Period.Kind.UP_TO), "全国");
        assertEquals("截至11月底,全国破获案件8163起", Cnstats.formatter().format(m));
    }

    @Test
    void writesADirectionAloneAsAStatementAndAStreakPeriodOnce() {
        MeasurementFormatter f = Cnstats.formatter();
        assertEquals("有所下降", f.format(Change.directionOnly(ChangeBasis.UNSPECIFIED, Direction.DOWN)));
        assertEquals("同比上升", f.format(Change.directionOnly(ChangeBasis.YEAR_ON_YEAR, Direction.UP)));
        Change streak = Change.directionOnly(ChangeBasis.UNSPECIFIED, Direction.DOWN)
                .withStreak(new Streak(12, new Unit("年", UnitKind.TIME)));
        Measurement m = MeasurementArbitraries.measurement("整體治安情況", null, streak,
                new Period("連續12年", Period.Kind.DURATION), "香港");
        assertEquals("香港整體治安情況連續12年下降", f.format(m));
        Measurement level = MeasurementArbitraries.measurement("棉花产量", Quantity.of(new BigDecimal("90"),
                Unit.PERCENT), null, new Period("连续4年", Period.Kind.DURATION), null);
        assertEquals("棉花产量连续4年90%", f.format(level));
    }

    @Test
    void aSubjectEndingWithAnApproximationWordIsKeptApartFromItsNumber() {
        MeasurementFormatter f = Cnstats.formatter();
        for (String text : new String[] {"全市12项关键技术攻关取得突破", "全縣8項核心技術攻關實現突破"}) {
            Measurement m = Cnstats.parser().parse(text).get(0);
            String written = f.format(m);
            assertTrue(written.contains("突破共"), written); // 突破12项 would read as more than 12
            List<Measurement> back = Cnstats.parser().parse(written);
            assertEquals(1, back.size(), written);
            RoundTripPropertiesTest.assertSameMeasurement(m, back.get(0), written);
        }
    }

    @Test
    void roundsHalfUpOnTheWrittenDigitsAndCarriesIntoTheNextMagnitude() {
        MeasurementFormatter one = MeasurementFormatter.builder().maxFractionDigits(1).build();
        assertEquals("39.1万", one.formatNumber(new BigDecimal("391234")));
        assertEquals("39.2万", one.formatNumber(new BigDecimal("391500")));
        assertEquals("1亿", one.formatNumber(new BigDecimal("99999999")));
        MeasurementFormatter plain = MeasurementFormatter.builder().magnitudes(Magnitudes.PLAIN).maxFractionDigits(0)
                .build();
        assertEquals("391235", plain.formatNumber(new BigDecimal("391234.5")));
    }

    /** Found by formatOfAQuantityAloneReadsBackAfterASubject: 破获案件一起 reads as "together", not as one case. */
    @Test
    void aLoneOneIsWrittenInArabicSoThatItReadsBack() {
        MeasurementFormatter chinese = with(Magnitudes.PLAIN, Numerals.CHINESE);
        assertEquals("1", chinese.formatNumber(BigDecimal.ONE));
        assertEquals("一万", chinese.formatNumber(new BigDecimal("10000")));
        assertEquals("十一", chinese.formatNumber(new BigDecimal("11")));
        List<Measurement> found = Cnstats.parser().parse("破获案件" + chinese.format(Quantity.of(BigDecimal.ONE, CASES)));
        assertEquals(Quantity.of(BigDecimal.ONE, CASES), found.get(0).quantity());
    }

    @Test
    void refusesWhatItCannotWrite() {
        MeasurementFormatter chinese = with(Magnitudes.PLAIN, Numerals.CHINESE);
        assertThrows(IllegalArgumentException.class, () -> chinese.formatNumber(new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class, () -> chinese.formatNumber(BigDecimal.TEN.pow(16)));
        assertThrows(IllegalArgumentException.class, () -> MeasurementFormatter.builder().maxFractionDigits(-1));
        assertEquals("-5.2", Cnstats.formatter().formatNumber(new BigDecimal("-5.2")));
    }
}
