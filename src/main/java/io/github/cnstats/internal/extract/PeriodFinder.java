package io.github.cnstats.internal.extract;

import io.github.cnstats.Period;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the periods written in a sentence of normalised text: {@code 截至11月底}, {@code 2026年1至2月},
 * {@code 今年以来}, {@code 一年来}, {@code 连续7个月}. A period is text, typed by {@link Period.Kind} where its
 * shape is clear.
 */
final class PeriodFinder {

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
     * @return the periods in {@code [start, end)}, leftmost first, not overlapping
     */
    List<Found> findAll(int start, int end) {
        List<Found> out = new ArrayList<>();
        int at = start;
        while (at < end) {
            Found found = longestAt(at, end);
            if (found != null) {
                out.add(found);
                at = found.end();
            } else if (isComparedWith(at)) {
                at = Math.max(at + 1, endIgnoringComparison(at, end)); // 比1—9月: the whole basis, not 9月
            } else {
                at++;
            }
        }
        return out;
    }

    /**
     * The period a statistic at {@code at} holds for: the last one written before it in its sentence. A streak
     * (连续7个月) holds only within its own clause; it does not carry to the statements after it.
     *
     * @return the period, or null
     */
    Found lastBefore(int sentenceStart, int at) {
        List<Found> found = findAll(sentenceStart, Math.max(sentenceStart, at));
        int clauseStart = clauseStart(sentenceStart, at);
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (!text.startsWith("连续", f.start()) || f.start() >= clauseStart) {
                return f;
            }
        }
        return null;
    }

    private int clauseStart(int sentenceStart, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= sentenceStart; i--) {
            if (",;:".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return sentenceStart;
    }

    /**
     * @return the end of the period that starts exactly at {@code start}, or {@code start} if none does
     */
    int endOfPeriodAt(int start, int end) {
        Found found = longestAt(start, end);
        return found == null ? start : found.end();
    }

    private Found longestAt(int start, int end) {
        if (isComparedWith(start)) {
            return null;
        }
        return matchAt(start, end);
    }

    private int endIgnoringComparison(int start, int end) {
        Found found = matchAt(start, end);
        return found == null ? start : found.end();
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
