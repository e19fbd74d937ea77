package io.github.cnstats.internal.context;

import io.github.cnstats.DateRange;
import io.github.cnstats.Period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as written, in normalised text (Simplified, half width), resolved to the days it covers. Only the
 * whole text is read: {@code 2023年}, {@code 2023年1至4月}, {@code 今年前三季度}, {@code 上半年}, {@code 2024年末}
 * (a point: its one day), {@code 截至11月底} (from 1 January of that year to 30 November), {@code 今年以来} (from
 * 1 January to the document's date), {@code 一年来}, {@code 上月}. Anything else, a relative period without a
 * document date, and a year that nothing gives, resolve to nothing: never a guess.
 *
 * <p>A month or quarter without a year takes the document's year, or the year before when it would otherwise end
 * after the document's date ({@code 1至11月} in a report of 15 January is the year before's).
 */
public final class CalendarPeriods {

    /**
     * What a period is resolved against: read only where the period needs it (a year written in full, 2023年1至4月,
     * reads neither), so that {@link ContextStage} can tell a period whose days are its own from one that needs the
     * document's context.
     */
    public interface Reference {

        /** @return the document's date, or {@code null} */
        LocalDate date();

        /** @return whether years of two or three digits are 民国 years */
        boolean minguo();
    }

    /**
     * A reference of known parts.
     *
     * @param date   the document's date, or {@code null}
     * @param minguo whether years of two or three digits are 民国 years
     */
    public record Anchor(LocalDate date, boolean minguo) implements Reference {
    }

    private static final String NUM = "(\\d{1,2}|[一二两三四五六七八九十廿卅]{1,3})";
    private static final String TO = "(?:至|到|-|—|–|~|～|、)";
    private static final Pattern YEAR = Pattern.compile(
            "^(?:(?:公元)?(\\d{4}|[〇零○一二三四五六七八九]{4})|(民国)?(\\d{2,3}|[〇零○一二三四五六七八九]{3})|(今|本|去|上|前|明))年(?:度)?");
    private static final Pattern MONTH = Pattern.compile(NUM + "月份?");
    private static final Pattern MONTHS = Pattern.compile(NUM + "月?份?" + TO + NUM + "月份?");
    private static final Pattern FIRST_MONTHS = Pattern.compile("前" + NUM + "个?月");
    private static final Pattern QUARTER = Pattern.compile("第?([一二三四1-4])季度?");
    private static final Pattern FIRST_QUARTERS = Pattern.compile("(?:前|首)([一二三四1-4])(?:个)?季度?");
    private static final Pattern QUARTERS = Pattern.compile("第?([一二三四1-4])季?度?" + TO + "第?([一二三四1-4])季度?");
    private static final Pattern MONTH_END = Pattern.compile(NUM + "月(?:末|底|份末|份底)");
    private static final Pattern DAY = Pattern.compile(NUM + "月" + NUM + "[日号]");
    private static final Pattern YEARS_BACK = Pattern.compile("(?:近|过去)?" + NUM + "年(?:来|以来)");

    private CalendarPeriods() {
    }

    /**
     * @param text   the period, normalised
     * @param kind   its shape: of a length of time, only {@code N年来} is read (连续7个月 and 五年 name no days)
     * @param anchor the document's date and calendar
     * @return the days it covers, or {@code null} when it cannot be resolved
     */
    public static DateRange resolve(String text, Period.Kind kind, Reference anchor) {
        String s = withoutSpace(text);
        if (kind == Period.Kind.OTHER || kind == Period.Kind.DURATION && !YEARS_BACK.matcher(s).matches()) {
            return null;
        }
        try {
            return read(s, anchor);
        } catch (DateTimeException | ArithmeticException e) {
            return null; // 2月30日, a year out of range: no such day, so no range
        }
    }

    /** {@code text} without the white space of {@code \s} (ASCII), and itself when it has none: no pattern compiled. */
    private static String withoutSpace(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !isSpace(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static final String[] SINCE = {"以来", "至今", "来"};
    private static final String[] UP_TO = {"截至到", "截止到", "截至", "截止", "到", "至"};

    private static DateRange read(String s, Reference a) {
        // Up to now: 今年以来, 2023年8月以来, 去年6月至今. From the start of what is named to the document's date.
        for (String since : SINCE) {
            if (s.endsWith(since) && s.length() > since.length()) {
                String body = s.substring(0, s.length() - since.length());
                Matcher back = YEARS_BACK.matcher(s);
                if (back.matches()) {
                    return yearsBack(CalendarNumbers.small(back.group(1)), a.date());
                }
                if (since.equals("来") && !body.endsWith("年")) {
                    return null; // 5天来, 3个月来: not read
                }
                LocalDate doc = a.date();
                if (doc == null) {
                    return null;
                }
                DateRange from = span(body, a, true);
                if (from == null || from.from().isAfter(doc)) {
                    return null;
                }
                return new DateRange(from.from(), doc);
            }
        }
        // Up to a point: 截至11月底, 截至2024年末, 截止到9月30日. From 1 January of that year to the point.
        for (String upTo : UP_TO) {
            if (s.startsWith(upTo)) {
                DateRange point = span(s.substring(upTo.length()), a, false);
                if (point == null) {
                    return null;
                }
                return new DateRange(point.to().withDayOfYear(1), point.to());
            }
        }
        return span(s, a, false);
    }

    /**
     * A named stretch of time: a year, months, quarters, a half, a month's end or a day, with or without its year.
     *
     * @param since whether a date after the document's is no reason to take the year before (以来 asks for a start)
     */
    private static DateRange span(String s, Reference a, boolean since) {
        // The document's date is asked for only where it is used: a period that needs none is told by that.
        switch (s) {
            case "上月", "上个月" -> {
                LocalDate doc = a.date();
                return doc == null ? null : month(YearMonth.from(doc).minusMonths(1));
            }
            case "本月" -> {
                LocalDate doc = a.date();
                return doc == null ? null : month(YearMonth.from(doc));
            }
            case "上季度", "上一季度", "上个季度" -> {
                LocalDate doc = a.date();
                return doc == null ? null : quarter(doc.minusMonths(3).getYear(), (doc.minusMonths(3).getMonthValue() + 2) / 3);
            }
            case "本季度" -> {
                LocalDate doc = a.date();
                return doc == null ? null : quarter(doc.getYear(), (doc.getMonthValue() + 2) / 3);
            }
            default -> {
                // the forms below
            }
        }
        int year = 0; // 0: none written
        Matcher y = YEAR.matcher(s);
        String rest = s;
        if (y.find()) {
            year = year(y, a);
            if (year < 0) {
                return null; // a year that nothing gives: 今年 without a date, 113年 outside Taiwan
            }
            rest = s.substring(y.end());
        }
        DateRange r = within(rest, year == 0 ? 2000 : year);
        if (r == null) {
            return null;
        }
        if (year != 0) {
            return r;
        }
        if (rest.isEmpty()) {
            return null;
        }
        LocalDate doc = a.date();
        if (doc == null) {
            return null; // months with no year and no document date
        }
        int at = doc.getYear();
        DateRange guess = within(rest, at);
        if (guess != null && !since && guess.to().isAfter(doc)) {
            guess = within(rest, at - 1);
        } else if (guess != null && since && guess.from().isAfter(doc)) {
            guess = within(rest, at - 1);
        }
        return guess;
    }

    /** The part of a year that {@code rest} names, in {@code year}; the whole year when it is empty. */
    private static DateRange within(String rest, int year) {
        switch (rest) {
            case "", "全年", "全年度", "年度" -> {
                return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            case "末", "底", "年末", "年底" -> {
                return DateRange.day(LocalDate.of(year, 12, 31));
            }
            case "上半年", "前半年", "首半年", "上半年度" -> {
                return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
            }
            case "下半年", "下半年度" -> {
                return new DateRange(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
            }
            case "首季", "首季度" -> {
                return quarter(year, 1);
            }
            default -> {
                // the patterns below
            }
        }
        Matcher m;
        if ((m = MONTH.matcher(rest)).matches()) {
            int month = CalendarNumbers.small(m.group(1));
            return month(YearMonth.of(year, month));
        }
        if ((m = MONTHS.matcher(rest)).matches()) {
            int from = CalendarNumbers.small(m.group(1));
            int to = CalendarNumbers.small(m.group(2));
            if (from > to) {
                return null;
            }
            return new DateRange(YearMonth.of(year, from).atDay(1), YearMonth.of(year, to).atEndOfMonth());
        }
        if ((m = FIRST_MONTHS.matcher(rest)).matches()) {
            int to = CalendarNumbers.small(m.group(1));
            return new DateRange(LocalDate.of(year, 1, 1), YearMonth.of(year, to).atEndOfMonth());
        }
        if ((m = QUARTER.matcher(rest)).matches()) {
            return quarter(year, quarterNumber(m.group(1)));
        }
        if ((m = FIRST_QUARTERS.matcher(rest)).matches()) {
            return new DateRange(LocalDate.of(year, 1, 1), quarter(year, quarterNumber(m.group(1))).to());
        }
        if ((m = QUARTERS.matcher(rest)).matches()) {
            int from = quarterNumber(m.group(1));
            int to = quarterNumber(m.group(2));
            return from > to ? null : new DateRange(quarter(year, from).from(), quarter(year, to).to());
        }
        if ((m = MONTH_END.matcher(rest)).matches()) {
            return DateRange.day(YearMonth.of(year, CalendarNumbers.small(m.group(1))).atEndOfMonth());
        }
        if ((m = DAY.matcher(rest)).matches()) {
            return DateRange.day(LocalDate.of(year, CalendarNumbers.small(m.group(1)),
                    CalendarNumbers.small(m.group(2))));
        }
        return null;
    }

    /** @return the year the match names, or -1 when nothing gives it */
    private static int year(Matcher y, Reference a) {
        if (y.group(1) != null) {
            return CalendarNumbers.yearDigits(y.group(1));
        }
        if (y.group(3) != null) {
            int n = CalendarNumbers.yearDigits(y.group(3)); // 113 or 一一三
            return (y.group(2) != null || a.minguo()) && n >= 38 && n <= 300 ? n + 1911 : -1; // 38: 1949
        }
        if (a.date() == null) {
            return -1;
        }
        int now = a.date().getYear();
        return switch (y.group(4)) {
            case "今", "本" -> now;
            case "去", "上" -> now - 1;
            case "前" -> now - 2;
            case "明" -> now + 1;
            default -> -1;
        };
    }

    private static DateRange yearsBack(int years, LocalDate doc) {
        if (doc == null || years <= 0 || years > 100) {
            return null;
        }
        return new DateRange(doc.minusYears(years).plusDays(1), doc);
    }

    private static int quarterNumber(String q) {
        return "一二三四".indexOf(q) >= 0 ? "一二三四".indexOf(q) + 1 : Integer.parseInt(q);
    }

    private static DateRange quarter(int year, int q) {
        return new DateRange(YearMonth.of(year, q * 3 - 2).atDay(1), YearMonth.of(year, q * 3).atEndOfMonth());
    }

    private static DateRange month(YearMonth m) {
        return new DateRange(m.atDay(1), m.atEndOfMonth());
    }
}
