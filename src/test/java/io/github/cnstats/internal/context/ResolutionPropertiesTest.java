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
