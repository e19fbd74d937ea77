package io.github.cnstats.internal.extract;

import io.github.cnstats.Period;
import io.github.cnstats.internal.words.CharClasses;

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
        List<Found> out = null; // made for the first period: most stretches asked about have none
        int at = start;
        while (at < end) {
            if (!couldStartAt(at)) {
                at++; // as skip would, without asking longestAt
                continue;
            }
            Found found = longestAt(at, end);
            if (found != null) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(found);
                at = found.end();
            } else {
                at = skip(at, end);
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * @return whether a period may start at {@code at}, looking at that character alone. Where none may,
     * {@link #longestAt} gives null, {@link #skip} gives {@code at + 1} (after 比 too, as the basis is no period
     * either): a walk steps over such a character with this test alone, and most characters of a sentence are
     * such.
     */
    boolean couldStartAt(int at) {
        return PeriodShapes.couldStart(text.charAt(at));
    }

    /** @return where {@link #findAll} goes on from {@code at}, where no period starts */
    int skip(int at, int end) {
        if (isComparedWith(at)) {
            return Math.max(at + 1, endIgnoringComparison(at, end)); // 比1—9月: the whole basis, not 9月
        }
        return at + 1;
    }

    /**
     * The period a statistic at {@code at} holds for: the last one written before it in its sentence. A streak
     * (连续7个月) holds only within its own clause; it does not carry to the statements after it. The periods
     * before it are those of {@link #findAll} from the sentence start.
     *
     * @return the period, or null
     */
    Found lastBefore(int sentenceStart, int at) {
        List<Found> before = findAll(sentenceStart, Math.max(sentenceStart, at));
        int clauseStart = clauseStart(sentenceStart, at);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (holdsInClause(before.get(i), clauseStart)) {
                return before.get(i);
            }
        }
        return null;
    }

    /** @return whether {@code found} holds for a statistic in the clause from {@code clauseStart} on */
    boolean holdsInClause(Found found, int clauseStart) {
        return !text.startsWith("连续", found.start()) || found.start() >= clauseStart;
    }

    private int clauseStart(int sentenceStart, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= sentenceStart; i--) {
            if (CharClasses.isClauseMark(text.charAt(i))) {
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

    /** @return the period that starts exactly at {@code start}, or null */
    Found longestAt(int start, int end) {
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
