package io.github.cnstats.internal.context;

import io.github.cnstats.DateRange;
import io.github.cnstats.Period;
import io.github.cnstats.internal.normalize.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Periods as written, resolved against a document date (or none), one row each. */
class CalendarPeriodsTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @ParameterizedTest(name = "{0} on {2} -> {3}..{4}")
    @CsvSource(nullValues = "-", value = {
            // text, kind, document date, from, to
            "2023年, YEAR, -, 2023-01-01, 2023-12-31",
            "2023年度, YEAR, -, 2023-01-01, 2023-12-31",
            "二〇二三年, YEAR, -, 2023-01-01, 2023-12-31",
            "2023年1至4月, MONTHS, -, 2023-01-01, 2023-04-30",
            "2023年1-4月份, MONTHS, -, 2023-01-01, 2023-04-30",
            "2024年1—2月, MONTHS, -, 2024-01-01, 2024-02-29",
            "2023年5月, MONTHS, -, 2023-05-01, 2023-05-31",
            "2024年末, YEAR, -, 2024-12-31, 2024-12-31",
            "2024年底, YEAR, -, 2024-12-31, 2024-12-31",
            "2023年一季度, MONTHS, -, 2023-01-01, 2023-03-31",
            "2023年第四季度, MONTHS, -, 2023-10-01, 2023-12-31",
            "2023年前三季度, UP_TO, -, 2023-01-01, 2023-09-30",
            "2023年上半年, MONTHS, -, 2023-01-01, 2023-06-30",
            "2023年下半年, MONTHS, -, 2023-07-01, 2023-12-31",
            "2023年前11个月, UP_TO, -, 2023-01-01, 2023-11-30",
            "截至2023年11月底, UP_TO, -, 2023-01-01, 2023-11-30",
            "截至2023年9月30日, UP_TO, -, 2023-01-01, 2023-09-30",
            "二〇二五年上半年, MONTHS, -, 2025-01-01, 2025-06-30",
            "二〇二五年首季, MONTHS, -, 2025-01-01, 2025-03-31",
            // relative: nothing without a document date
            "今年, YEAR, -, -, -",
            "今年以来, SINCE, -, -, -",
            "1至4月, MONTHS, -, -, -",
            "截至11月底, UP_TO, -, -, -",
            "上月, MONTHS, -, -, -",
            "一年来, DURATION, -, -, -",
            "113年, YEAR, -, -, -",
            // relative, with a document date
            "今年, YEAR, 2024-05-27, 2024-01-01, 2024-12-31",
            "去年, YEAR, 2024-05-27, 2023-01-01, 2023-12-31",
            "上年, YEAR, 2024-05-27, 2023-01-01, 2023-12-31",
            "今年以来, SINCE, 2024-05-27, 2024-01-01, 2024-05-27",
            "2023年以来, SINCE, 2024-05-27, 2023-01-01, 2024-05-27",
            "去年6月至今, SINCE, 2024-05-27, 2023-06-01, 2024-05-27",
            "一年来, DURATION, 2024-05-27, 2023-05-28, 2024-05-27",
            "五年来, DURATION, 2024-05-27, 2019-05-28, 2024-05-27",
            "截至11月底, UP_TO, 2024-12-15, 2024-01-01, 2024-11-30",
            "截至4月底, UP_TO, 2024-05-27, 2024-01-01, 2024-04-30",
            "1至4月, MONTHS, 2024-05-27, 2024-01-01, 2024-04-30",
            "1至11月, MONTHS, 2025-01-15, 2024-01-01, 2024-11-30",
            "首三季, UP_TO, 2024-11-20, 2024-01-01, 2024-09-30",
            "上半年, MONTHS, 2024-07-20, 2024-01-01, 2024-06-30",
            "一季度, MONTHS, 2024-05-27, 2024-01-01, 2024-03-31",
            "今年前三季度, UP_TO, 2024-10-25, 2024-01-01, 2024-09-30",
            "上月, MONTHS, 2024-05-27, 2024-04-01, 2024-04-30",
            "上月, MONTHS, 2024-01-10, 2023-12-01, 2023-12-31",
            "本月, MONTHS, 2024-05-27, 2024-05-01, 2024-05-31",
            "5月27日, OTHER, 2024-05-27, -, -",
            // never resolved: no days named, or none that exist
            "连续7个月, DURATION, 2024-05-27, -, -",
            "过去五年, DURATION, 2024-05-27, -, -",
            "近5年, DURATION, 2024-05-27, -, -",
            "“十四五”时期, OTHER, 2024-05-27, -, -",
            "2023年2月30日, OTHER, -, -, -",
            "当年, YEAR, 2024-05-27, -, -",
            "2023年13月, MONTHS, -, -, -",
            // Traditional text is read normalised
            "2023年1至4月份, MONTHS, -, 2023-01-01, 2023-04-30",
            "今年首季, MONTHS, 2024-05-27, 2024-01-01, 2024-03-31",
    })
    void resolves(String text, Period.Kind kind, LocalDate date, LocalDate from, LocalDate to) {
        DateRange expected = from == null ? null : new DateRange(from, to);
        assertEquals(expected, CalendarPeriods.resolve(NORMALIZER.normalize(text).text(), kind,
                new CalendarPeriods.Anchor(date, false)));
    }

    @ParameterizedTest(name = "{0} with 民国 years {1}")
    @CsvSource(nullValues = "-", value = {
            "113年, true, 2024-01-01, 2024-12-31",
            "113年, false, -, -",
            "民國113年, false, 2024-01-01, 2024-12-31",
            "112年1至6月, true, 2023-01-01, 2023-06-30",
            "2024年, true, 2024-01-01, 2024-12-31",
            "12年, true, -, -",
            "一一三年, true, 2024-01-01, 2024-12-31",
            "一一三年, false, -, -",
    })
    void minguoYears(String text, boolean minguo, LocalDate from, LocalDate to) {
        DateRange expected = from == null ? null : new DateRange(from, to);
        assertEquals(expected, CalendarPeriods.resolve(NORMALIZER.normalize(text).text(), Period.Kind.YEAR,
                new CalendarPeriods.Anchor(null, minguo)));
    }
}
