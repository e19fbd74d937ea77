package io.github.cnstats.internal.context;

import io.github.cnstats.Approximation;
import io.github.cnstats.Baseline;
import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.DateRange;
import io.github.cnstats.Direction;
import io.github.cnstats.Period;
import io.github.cnstats.Quantity;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of resolution that hold for every year, month and figure, not just the table's. */
class ResolutionPropertiesTest {

    private static final CalendarPeriods.Anchor NO_DATE = new CalendarPeriods.Anchor(null, false);

    @Property
    void monthsOfAStatedYearNeedNoDate(@ForAll @IntRange(min = 1950, max = 2100) int year,
                                       @ForAll @IntRange(min = 1, max = 12) int a,
                                       @ForAll @IntRange(min = 1, max = 12) int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        String text = from == to ? year + "年" + from + "月" : year + "年" + from + "至" + to + "月";
        assertEquals(new DateRange(LocalDate.of(year, from, 1), YearMonth.of(year, to).atEndOfMonth()),
                CalendarPeriods.resolve(text, Period.Kind.MONTHS, NO_DATE));
        assertNull(CalendarPeriods.resolve(text.substring(5), Period.Kind.MONTHS, NO_DATE),
                "without a year and a document date: " + text.substring(5));
    }

    @Property
    void aRelativePeriodNeverEndsAfterTheDocumentDate(@ForAll @IntRange(min = 0, max = 40000) int day,
                                                       @ForAll @IntRange(min = 1, max = 12) int month) {
        LocalDate date = LocalDate.of(1990, 1, 1).plusDays(day);
        CalendarPeriods.Anchor anchor = new CalendarPeriods.Anchor(date, false);
        for (String text : new String[] {"今年以来", "一年来", month + "月", "1至" + month + "月", "截至" + month + "月底",
                "上半年", "一季度", "上月"}) {
            DateRange r = CalendarPeriods.resolve(text, Period.Kind.MONTHS, anchor);
            assertNotNull(r, text);
            assertTrue(!r.to().isAfter(date.withDayOfMonth(date.lengthOfMonth())), text + " on " + date + ": " + r);
        }
    }

    /**
     * The context stage resolves a period once for every document when resolving it asked neither for the date nor
     * for the calendar: sound only if such a period then resolves the same against every anchor.
     */
    @Property
    void aPeriodThatAsksForNoAnchorResolvesTheSameAgainstEvery(
            @ForAll @IntRange(min = 0, max = 11) int yearForm, @ForAll @IntRange(min = 0, max = 13) int restForm,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 0, max = 40000) int day,
            @ForAll boolean minguo) {
        String[] years = {"", "2019年", "2024年度", "一九九八年", "民国九十年", "九十年", "112年", "今年", "去年", "上年",
            "前年", "公元2031年"};
        String[] rests = {"", month + "月", "1至" + month + "月", "1-" + month + "月份", "前" + month + "个月", "上半年",
            "下半年", "一季度", "第二季度", "前三季度", month + "月末", month + "月15日", "以来", "年末"};
        String text = years[yearForm] + rests[restForm];
        if (text.isEmpty()) {
            return;
        }
        for (Period.Kind kind : new Period.Kind[] {Period.Kind.YEAR, Period.Kind.MONTHS, Period.Kind.SINCE}) {
            Asking probe = new Asking(LocalDate.of(1990, 1, 1).plusDays(day), minguo);
            DateRange probed = CalendarPeriods.resolve(text, kind, probe);
            assertEquals(CalendarPeriods.resolve(text, kind, new CalendarPeriods.Anchor(probe.date, minguo)), probed);
            if (!probe.asked) {
                assertEquals(probed, CalendarPeriods.resolve(text, kind, NO_DATE), text);
                assertEquals(probed, CalendarPeriods.resolve(text, kind,
                        new CalendarPeriods.Anchor(LocalDate.of(2030, 6, 30), !minguo)), text);
            }
        }
    }

    /** What spares a parse the context finder: a stated year asks for no anchor; months without one do. */
    @Example
    void onlyAPeriodWithoutItsOwnYearAsksForTheAnchor() {
        for (String own : new String[] {"2023年", "2023年1至4月", "二〇二三年上半年", "民国112年"}) {
            Asking probe = new Asking(LocalDate.of(2024, 5, 6), false);
            assertNotNull(CalendarPeriods.resolve(own, Period.Kind.MONTHS, probe), own);
            assertTrue(!probe.asked, own);
        }
        for (String relative : new String[] {"1至4月", "上半年", "今年以来", "上月", "112年"}) {
            Asking probe = new Asking(LocalDate.of(2024, 5, 6), false);
            CalendarPeriods.resolve(relative, Period.Kind.MONTHS, probe);
            assertTrue(probe.asked, relative);
        }
    }

    /** A reference that notes whether it was asked. */
    private static final class Asking implements CalendarPeriods.Reference {

        private final LocalDate date;
        private final boolean minguo;
        private boolean asked;

        Asking(LocalDate date, boolean minguo) {
            this.date = date;
            this.minguo = minguo;
        }

        @Override
        public LocalDate date() {
            asked = true;
            return date;
        }

        @Override
        public boolean minguo() {
            asked = true;
            return minguo;
        }
    }

    @Property
    void aDifferenceBaselineUndoesTheChangeExactly(@ForAll @IntRange(min = 0, max = 1_000_000) int n,
                                                  @ForAll @IntRange(min = 1, max = 1_000_000) int d,
                                                  @ForAll boolean up) {
        Unit people = new Unit("人", UnitKind.PERSONS);
        Baseline b = Baselines.of(Quantity.of(BigDecimal.valueOf(n), people),
                Change.of(ChangeBasis.YEAR_ON_YEAR, up ? Direction.UP : Direction.DOWN, BigDecimal.valueOf(d), people));
        if (up && d > n) {
            assertNull(b);
            return;
        }
        assertEquals(BigDecimal.valueOf(up ? n - d : n + d), b.value());
        assertEquals(Approximation.EXACT, b.approx());
    }

    @Property
    void aRatioBaselineGivesBackTheFigureWithinItsRounding(@ForAll @IntRange(min = 1, max = 100_000_000) int n,
                                                          @ForAll @IntRange(min = 1, max = 5000) int tenths,
                                                          @ForAll boolean up) {
        BigDecimal rate = BigDecimal.valueOf(tenths, 1);
        if (!up && rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return;
        }
        Baseline b = Baselines.of(Quantity.of(BigDecimal.valueOf(n), null),
                Change.of(ChangeBasis.YEAR_ON_YEAR, up ? Direction.UP : Direction.DOWN, rate, Unit.PERCENT));
        BigDecimal factor = BigDecimal.ONE.add(up ? rate.movePointLeft(2) : rate.movePointLeft(2).negate());
        if (b == null) { // declined only where the figure before rounds to nothing
            assertTrue(BigDecimal.valueOf(n).divide(factor, 10, RoundingMode.HALF_UP)
                    .compareTo(new BigDecimal("0.5")) < 0, n + " " + rate);
            return;
        }
        BigDecimal back = b.value().multiply(factor);
        // the baseline is rounded to units: taken forward again it is within half a unit times the factor
        assertTrue(back.subtract(BigDecimal.valueOf(n)).abs().compareTo(factor.divide(BigDecimal.valueOf(2), 10,
                RoundingMode.HALF_UP)) <= 0, n + " " + rate + " " + b);
        assertEquals(Approximation.ABOUT, b.approx());
    }
}
