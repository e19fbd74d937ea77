package io.github.cnstats.internal.extract;

import java.util.Arrays;
import java.util.List;

/**
 * {@link PeriodFinder#findAll} from one sentence start, remembered for the statistics of that sentence. Each of
 * them asks for the periods from the sentence start up to itself; walking the sentence again for each was a
 * third of the cost of building measurements, as every step tries the period patterns (or at least their cache).
 *
 * <p>The sentence is walked once with the patterns' region reaching the end of the text, noting for each step
 * the furthest index it read. A walk up to an earlier {@code end} takes the same steps as long as they read
 * nothing at or beyond {@code end} (a pattern decides only on what it reads, see {@link LongestMatches}); from
 * the first step that did, it is walked again with the region ending at {@code end}, which is a few steps
 * before a number. Only the steps that read beyond their own position are kept: every other step reads its
 * position (and the one before it) alone, and moves on by one.
 *
 * <p>One per call of the parser, on one thread.
 */
final class PeriodWalk {

    private final PeriodFinder finder;
    private final int textLength;

    /** The sentence start walked from, or -1. */
    private int from = -1;
    /** Where the walk has reached. */
    private int walkedTo;

    /** The kept steps, in text order: where each is, and the furthest index it or any step before it read. */
    private int[] stepAt = new int[16];
    private int[] reachSoFar = new int[16];
    /** For each kept step, how many periods the walk found before it. */
    private int[] foundBefore = new int[16];
    private int steps;

    /** The periods found, in text order. */
    private PeriodFinder.Found[] found = new PeriodFinder.Found[8];
    private int foundCount;

    PeriodWalk(PeriodFinder finder, int textLength) {
        this.finder = finder;
        this.textLength = textLength;
    }

    /**
     * @return the last of {@code finder.findAll(start, end)} that {@link PeriodFinder#holdsInClause holds} in the
     * clause from {@code clauseStart}, or null
     */
    PeriodFinder.Found last(int start, int end, int clauseStart) {
        if (start != from) {
            from = start;
            walkedTo = start;
            steps = 0;
            foundCount = 0;
        }
        walkTo(end);
        int firstUnsure = firstReaching(end);
        List<PeriodFinder.Found> tail = firstUnsure < steps
                ? finder.findAll(stepAt[firstUnsure], end) : List.of();
        for (int i = tail.size() - 1; i >= 0; i--) {
            if (finder.holdsInClause(tail.get(i), clauseStart)) {
                return tail.get(i);
            }
        }
        int sure = firstUnsure < steps ? foundBefore[firstUnsure] : foundCount;
        for (int i = sure - 1; i >= 0; i--) {
            if (finder.holdsInClause(found[i], clauseStart)) {
                return found[i];
            }
        }
        return null;
    }

    /** Walks on, with the region reaching the end of the text, until the walk is at or beyond {@code end}. */
    private void walkTo(int end) {
        while (walkedTo < end) {
            int at = walkedTo;
            if (!finder.couldStartAt(at)) {
                walkedTo = at + 1; // as longestAt gives no period there, skip moves on by one and reads at alone
                continue;
            }
            PeriodFinder.Found period = finder.longestAt(at, textLength);
            int reach = finder.furthestReadAt(at);
            if (reach > at) {
                keepStep(at, reach);
            }
            if (period != null) {
                addFound(period);
                walkedTo = period.end();
            } else {
                walkedTo = finder.skip(at, textLength);
            }
        }
    }

    /** @return the first kept step that read at or beyond {@code end}, or {@link #steps} if none did */
    private int firstReaching(int end) {
        int low = 0;
        int high = steps;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (reachSoFar[mid] >= end) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private void keepStep(int at, int reach) {
        if (steps == stepAt.length) {
            stepAt = Arrays.copyOf(stepAt, steps * 2);
            reachSoFar = Arrays.copyOf(reachSoFar, steps * 2);
            foundBefore = Arrays.copyOf(foundBefore, steps * 2);
        }
        stepAt[steps] = at;
        reachSoFar[steps] = steps == 0 ? reach : Math.max(reach, reachSoFar[steps - 1]);
        foundBefore[steps] = foundCount;
        steps++;
    }

    private void addFound(PeriodFinder.Found period) {
        if (foundCount == found.length) {
            found = Arrays.copyOf(found, foundCount * 2);
        }
        found[foundCount++] = period;
    }
}
