package io.github.cnstats.internal.extract;

import io.github.cnstats.Period;
import io.github.cnstats.internal.words.CharClasses;

/**
 * Finds where a period written in normalised text ends ({@code 截至11月底}, {@code 2026年1至2月}, {@code 今年以来}),
 * by patterns over the text, for the subject and region finders, which trim a period off what they read. The
 * period a statistic holds for is no longer found here but by the grammar's period rule (see
 * {@code io.github.cnstats.internal.parse.PeriodReader}); the two agree on the shapes they share.
 */
final class PeriodFinder implements RegionFinder.PeriodEnds {

    /** A period found in the text: {@code [start, end)} of the normalised text. */
    record Found(int start, int end, Period.Kind kind) {
    }

    private final String text;
    private final LongestMatches longest;

    PeriodFinder(String text) {
        this.text = text;
        this.longest = new LongestMatches(text);
    }

    /**
     * @return whether a period may start at {@code at}, looking at that character alone. Where none may,
     * {@link #longestAt} gives null: a search steps over such a character with this test alone, and most
     * characters of a sentence are such.
     */
    boolean couldStartAt(int at) {
        return PeriodShapes.couldStart(text.charAt(at));
    }

    /**
     * @return the end of the period that starts exactly at {@code start}, or {@code start} if none does
     */
    @Override
    public int endOfPeriodAt(int start, int end) {
        Found found = longestAt(start, end);
        return found == null ? start : found.end();
    }

    /** @return the period that starts exactly at {@code start}, or null */
    Found longestAt(int start, int end) {
        if (isComparedWith(start)) {
            return null;
        }
        return matchAt(start, end);
    }

    private Found matchAt(int start, int end) {
        if (!PeriodShapes.couldStart(text.charAt(start))) {
            return null;
        }
        Found best = longest.at(start, end);
        return best != null && isPeriodEnd(best.end(), end) ? best : null;
    }

    /** 比上年, 较二〇二四年同期: a year after 比 or 较 is what a change is measured against, not a period. */
    private boolean isComparedWith(int start) {
        return start > 0 && "比较与于".indexOf(text.charAt(start - 1)) >= 0;
    }

    /** 2023年 is a period, but 2023年度报告 is a title, and 三年级 is not a year. */
    private boolean isPeriodEnd(int at, int end) {
        if (at >= end) {
            return true;
        }
        char next = text.charAt(at);
        return next != '级' && next != '度' && next != '龄';
    }
}
