package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.numeral.Numerals;
import io.github.cnstats.internal.words.CharClasses;
import io.github.cnstats.internal.words.WordLists;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar years written in a reference or a period: 2022年, 二〇二二年, 二零二三年. */
final class Years {

    /** The same period of a year: 同期, 同月, 同季, 同季度. */
    private static final String SAME_PERIOD = "(?:同期|同月|同季度?)?";

    /**
     * A year is written digit by digit, and never with 两; Taiwan's 民国 years have three digits (113年, 一一三年度).
     * 同期, 同月 and 同季 after it name the figure's own period in that year (较2024年同月 said of 2025年10月).
     */
    private static final Pattern YEAR =
            Pattern.compile("(\\d{3,4}|[" + CharClasses.DIGITS.replace("两", "") + "]{3,4})年度?" + SAME_PERIOD);

    /** 今 去 前: the years named relative to now, in order back from this year. */
    private static final String BACK = WordLists.characters("relative-years");

    private static final Pattern RELATIVE = Pattern.compile("[" + BACK + "]年" + SAME_PERIOD);

    /** A year, then a month of it: 2024年8月, 去年11月份. */
    private static final Pattern MONTHED = Pattern.compile("(.+年度?)(\\d{1,2})月份?");

    /** A year, then a part of it: 去年四季度, 2023年上半年, 上年1-9月. */
    private static final Pattern PARTED = Pattern.compile("(.+?年度?)((?!度).+)");

    /** A part of a year as compared: 第三季度 is 三季度, 10月份 is 10月. */
    private static String part(String words) {
        String part = words.startsWith("第") ? words.substring(1) : words;
        return part.endsWith("份") ? part.substring(0, part.length() - 1) : part;
    }

    private Years() {
    }

    /**
     * @param reference a change's reference, normalised ({@code 二〇二二年})
     * @param period    the measurement's period, normalised ({@code 二〇二三年})
     * @return whether the reference is exactly the year before the period's year
     */
    static boolean isYearBefore(String reference, String period) {
        Matcher monthed = MONTHED.matcher(reference);
        if (monthed.matches()) {
            // 较去年11月 for 11月, 较113年8月 for 114年8月: the same month of the year before.
            Matcher own = MONTHED.matcher(period);
            String month = monthed.group(2);
            if (own.matches() && own.group(2).equals(month)) {
                return isYearBefore(monthed.group(1), own.group(1));
            }
            return period.equals(month + "月") || period.equals(month + "月份")
                    ? monthed.group(1).equals(BACK.charAt(1) + "年") : false;
        }
        Matcher parted = PARTED.matcher(reference);
        if (parted.matches() && !parted.group(2).startsWith("同")) {
            // 较去年三季度 for 三季度, 比2023年上半年 for 2024年上半年: the same part of the year before.
            String year = parted.group(1).replace("上年", BACK.charAt(1) + "年");
            String part = part(parted.group(2));
            Matcher own = PARTED.matcher(period);
            if (own.matches() && part(own.group(2)).equals(part)) {
                return isYearBefore(year, own.group(1));
            }
            return part(period).equals(part) && year.equals(BACK.charAt(1) + "年");
        }
        if (RELATIVE.matcher(reference).matches()) {
            // 去年…较前年, 今年…较去年: the years named relative to now.
            int refBack = BACK.indexOf(reference.charAt(0));
            int periodBack = period.isEmpty() ? -1 : BACK.indexOf(period.charAt(0));
            return periodBack >= 0 && period.length() > 1 && period.charAt(1) == '年' && refBack == periodBack + 1;
        }
        Matcher ref = YEAR.matcher(reference);
        if (!ref.matches()) {
            return false;
        }
        OptionalInt refYear = year(ref.group(1));
        Matcher per = YEAR.matcher(period);
        OptionalInt periodYear = per.find() ? year(per.group(1)) : OptionalInt.empty();
        return refYear.isPresent() && periodYear.isPresent()
                && calendar(refYear.getAsInt(), ref.group(1)) + 1 == calendar(periodYear.getAsInt(), per.group(1));
    }

    /** Years since the founding of the Republic (民国, Taiwan's calendar): 民国1年 is 1912. */
    private static final int MINGUO_OFFSET = 1911;

    /**
     * @return the calendar year of a year written with {@code digits}: three digits are a 民国 year (111年 is 2022,
     *         so that 民国111年…较2021年 and 2022年…较110年 are against the year before)
     */
    private static int calendar(int year, String digits) {
        return digits.length() == 3 ? year + MINGUO_OFFSET : year;
    }

    /** A calendar or relative year as written in a sentence: 2025年, 114年度, 去年. */
    private static final Pattern ANY_YEAR = Pattern.compile(YEAR.pattern() + "|[" + BACK + "]年");

    /**
     * For a figure whose own year the period finder does not give (114年度, or a sentence that names 去年 before
     * 2017年 and then compares 较前年): whether {@code reference} is the year before a year written in
     * {@code words}, the words of the sentence before the comparison.
     */
    static boolean isYearBeforeOneIn(String reference, String words) {
        Matcher m = ANY_YEAR.matcher(words);
        while (m.find()) {
            if (isYearBefore(reference, m.group())) {
                return true;
            }
        }
        return false;
    }

    private static OptionalInt year(String digits) {
        try {
            return OptionalInt.of(Numerals.parseChinese(digits).intValueExact());
        } catch (NumberFormatException | ArithmeticException notAYear) {
            try {
                return OptionalInt.of(Integer.parseInt(digits));
            } catch (NumberFormatException alsoNot) {
                return OptionalInt.empty();
            }
        }
    }
}
