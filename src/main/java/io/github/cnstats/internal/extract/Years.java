package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.numeral.Numerals;
import io.github.cnstats.internal.words.CharClasses;
import io.github.cnstats.internal.words.WordLists;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar years written in a reference or a period: 2022年, 二〇二二年, 二零二三年. */
final class Years {

    /**
     * A year is written digit by digit, and never with 两; Taiwan's 民国 years have three digits (113年, 一一三年度).
     */
    private static final Pattern YEAR =
            Pattern.compile("(\\d{3,4}|[" + CharClasses.DIGITS.replace("两", "") + "]{3,4})年度?(?:同期)?");

    /** 今 去 前: the years named relative to now, in order back from this year. */
    private static final String BACK = WordLists.characters("relative-years");

    private static final Pattern RELATIVE = Pattern.compile("[" + BACK + "]年(?:同期)?");

    private Years() {
    }

    /**
     * @param reference a change's reference, normalised ({@code 二〇二二年})
     * @param period    the measurement's period, normalised ({@code 二〇二三年})
     * @return whether the reference is exactly the year before the period's year
     */
    static boolean isYearBefore(String reference, String period) {
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
        // A year of the same width: 113年 before 114年 (民国), 2024年 before 2025年, never 999年 before 1000年.
        return refYear.isPresent() && periodYear.isPresent() && refYear.getAsInt() + 1 == periodYear.getAsInt()
                && ref.group(1).length() == per.group(1).length();
    }

    /**
     * @return the last calendar year written in {@code text[from, to)} ({@code 114年度}, {@code 2025年}), for a
     *         figure whose period is a year the period finder does not read, or null
     */
    static String lastYearIn(String text, int from, int to) {
        Matcher m = YEAR.matcher(text).region(from, to);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
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
