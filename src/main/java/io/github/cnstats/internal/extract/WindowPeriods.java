package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.ast.Node;
import io.github.cnstats.internal.ast.Node.ComparedPeriod;
import io.github.cnstats.internal.ast.Node.PeriodPhrase;

import java.util.List;

/**
 * The periods the grammar read in the window at hand ({@code PeriodReader}), as nodes, for the subject and region
 * finders, which trim a period off the text they read: 2025年末<b>全市</b>常住人口, 上月<b>受理</b>…. A period
 * word is known in one place, the grammar; nothing here reads the text. The subject finder also trims the periods
 * a change is measured against, with their comparison word ({@link ComparedPeriod}: 房屋销售价格与去年二季度持平);
 * the region finder does not.
 *
 * <p>Set for each window before its elements are bound. One per call of the parser, on one thread.
 */
final class WindowPeriods implements RegionFinder.PeriodEnds {

    /** The periods of the window, in text order, none overlapping another. */
    private List<PeriodPhrase> periods = List.of();
    /** The compared periods of the window, in text order, none overlapping another or a period. */
    private List<ComparedPeriod> compared = List.of();

    /** @param periods the periods of the window at hand, in text order, and none compared with */
    void set(List<PeriodPhrase> periods) {
        set(periods, List.of());
    }

    /**
     * @param periods  the periods of the window at hand, in text order
     * @param compared the periods a change is measured against, in text order
     */
    void set(List<PeriodPhrase> periods, List<ComparedPeriod> compared) {
        if (periods != this.periods || compared != this.compared) { // the maker sets the same for each draft
            this.periods = periods;
            this.compared = compared;
            bounded = false;
        }
    }

    /**
     * Where the periods, then the compared periods, start and end, as {@link #endOfPeriodAt} looks them up: made
     * when the window's periods are first looked up, in an array kept from window to window: the lookup is made
     * at every clause a region is read in and at every step of every subject's trim, so it halves the array
     * rather than walking the nodes' list through their interface.
     */
    private int[] bounds = new int[0];
    private boolean bounded = true;

    private void bound() {
        int n = periods.size() + compared.size();
        if (bounds.length < 2 * n) {
            bounds = new int[Math.max(16, 2 * n)];
        }
        for (int i = 0; i < n; i++) {
            Node period = i < periods.size() ? periods.get(i) : compared.get(i - periods.size());
            bounds[2 * i] = period.start();
            bounds[2 * i + 1] = period.end();
        }
        bounded = true;
    }

    /**
     * @return the end of the period that starts exactly at {@code start} and ends by {@code end}, or {@code start}
     *         if none does
     */
    @Override
    public int endOfPeriodAt(int start, int end) {
        if (!bounded) {
            bound();
        }
        int after = endAt(0, periods.size(), start, end);
        return after > start ? after : endAt(periods.size(), periods.size() + compared.size(), start, end);
    }

    /**
     * @return the last period that starts inside {@code [start, end)} but not at its start, and ends by
     *         {@code end}, as {@code {start, end}}; or null
     */
    int[] lastInside(int start, int end) {
        Node last = lastInside(periods, start, end);
        Node lastCompared = lastInside(compared, start, end);
        if (last == null || lastCompared != null && lastCompared.start() > last.start()) {
            last = lastCompared;
        }
        return last == null ? null : new int[] {last.start(), last.end()};
    }

    /**
     * @return where the period compared with that ends exactly at {@code at} starts, with its comparison word
     *         (<b>比6月</b>下降, <b>較二〇〇七年</b>減少), or -1 if none ends there
     */
    int comparedEndingAt(int at) {
        for (int i = 0; i < compared.size(); i++) {
            if (compared.get(i).end() == at) {
                return compared.get(i).start();
            }
        }
        return -1;
    }

    /** {@link #endOfPeriodAt} among the periods {@code [from, to)} of {@link #bounds}, which are in text order. */
    private int endAt(int from, int to, int start, int end) {
        int low = from;
        int high = to;
        while (low < high) { // the first that starts at start or after
            int mid = (low + high) >>> 1;
            if (bounds[2 * mid] < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low < to && bounds[2 * low] == start) {
            return bounds[2 * low + 1] <= end ? bounds[2 * low + 1] : start;
        }
        return start;
    }

    private static Node lastInside(List<? extends Node> periods, int start, int end) {
        Node last = null;
        for (int i = 0; i < periods.size(); i++) {
            Node period = periods.get(i);
            if (period.start() >= end) {
                break;
            }
            if (period.start() > start && period.end() <= end) {
                last = period;
            }
        }
        return last;
    }
}
