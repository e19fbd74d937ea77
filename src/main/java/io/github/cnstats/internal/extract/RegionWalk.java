package io.github.cnstats.internal.extract;

import java.util.Arrays;

/**
 * The region a statistic holds for: the last region that opens a clause of its sentence before it
 * (截至11月底,全国共破获…; 2023年山东省公安机关…), after any period. A region further inside a clause (牵头全国打击…)
 * is what an action reached, not where the statistic holds.
 *
 * <p>The clauses of a sentence are read once for all its statistics. Each clause's opening region is found
 * with the text reaching the end of the document, noting how far the search read
 * ({@link RegionFinder#opening}); for a statistic beyond that, it is the region the clause opens
 * with, and only the clauses that were read up to the statistic (those right before it) are searched again with
 * the text ending there. Which clauses there are does not depend on where the text ends: a clause starts after
 * a mark, found the same way however far the text goes.
 *
 * <p>One per call of the parser, on one thread.
 */
final class RegionWalk {

    private final RegionFinder regions;
    private final PeriodFinder periods;
    private final int textLength;

    /** The sentence start walked from, or -1. */
    private int from = -1;
    /** Where the next clause starts. */
    private int walkedTo;

    /** For each clause read, in text order: where it starts, how far its search read, and its region or null. */
    private int[] clauseAt = new int[8];
    private int[] furthestRead = new int[8];
    private int[][] region = new int[8][];
    private int clauses;

    RegionWalk(RegionFinder regions, PeriodFinder periods, int textLength) {
        this.regions = regions;
        this.periods = periods;
        this.textLength = textLength;
    }

    /**
     * @return the region a statistic at {@code end} holds for, in the sentence from {@code start}, as
     * {@code {start, end}} of the normalised text, or null; the array is shared, to be read only
     */
    int[] lastIn(int start, int end) {
        if (start != from) {
            from = start;
            walkedTo = start;
            clauses = 0;
        }
        while (walkedTo < end) {
            readClause(walkedTo);
            walkedTo = regions.nextClause(walkedTo, textLength);
        }
        for (int i = clauses - 1; i >= 0; i--) {
            if (clauseAt[i] >= end) {
                continue; // read for a statistic further on
            }
            int[] found = furthestRead[i] < end ? region[i] : regions.opening(clauseAt[i], end, periods).region();
            if (found != null) {
                return found; // shared: the caller reads it
            }
        }
        return null;
    }

    private void readClause(int at) {
        if (clauses == clauseAt.length) {
            clauseAt = Arrays.copyOf(clauseAt, clauses * 2);
            furthestRead = Arrays.copyOf(furthestRead, clauses * 2);
            region = Arrays.copyOf(region, clauses * 2);
        }
        RegionFinder.Opening opening = regions.opening(at, textLength, periods);
        clauseAt[clauses] = at;
        furthestRead[clauses] = opening.furthestRead();
        region[clauses] = opening.region();
        clauses++;
    }
}
