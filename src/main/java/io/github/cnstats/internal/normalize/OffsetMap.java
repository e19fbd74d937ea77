package io.github.cnstats.internal.normalize;

import java.util.Arrays;

/**
 * Where each normalised character came from in the original text, stored by runs: almost every normalised
 * character is one original character, the one after the previous character's, so only the places where that
 * pattern breaks (removed white space, a dropped gloss, a line break folded into a space) take memory. Two
 * arrays of one entry per character had cost eight bytes per character, more than the text itself.
 *
 * <p>A run is a stretch of normalised characters {@code k, k+1, …} that came from original characters
 * {@code s, s+1, …}, one each; a character made from several original characters (a run of white space) is a
 * run of its own, with its own end. Built by one {@link Builder}, then immutable but for {@link #lastRun}.
 *
 * <p>Callers ask about offsets in increasing order within a sentence (a span, then its subject, period and
 * region), mostly in the run they asked about last or the one after it, so the run last found is remembered and
 * tried before a binary search. The hint is checked before it is used, so any value it holds gives the right
 * answer: threads that share a map and overwrite each other's hint only cost each other a search.
 */
final class OffsetMap {

    /** The first normalised index of each run, ascending. */
    private final int[] runStarts;
    /** The original index of each run's first character. */
    private final int[] originalStarts;
    /** The original end of each run's first character: {@code originalStarts[r] + 1} unless it is wider. */
    private final int[] firstEnds;
    private final int runs;
    /** The run {@link #runOf} found last: a hint, always in {@code [0, runs)} (or {@code 0} with no runs). */
    private int lastRun;

    private OffsetMap(int[] runStarts, int[] originalStarts, int[] firstEnds, int runs) {
        this.runStarts = runStarts;
        this.originalStarts = originalStarts;
        this.firstEnds = firstEnds;
        this.runs = runs;
    }

    /** The original index of the first character that produced normalised character {@code k}. */
    int start(int k) {
        int run = runOf(k);
        return originalStarts[run] + (k - runStarts[run]);
    }

    /** The original index after the last character that produced normalised character {@code k}. */
    int end(int k) {
        int run = runOf(k);
        return k == runStarts[run] ? firstEnds[run] : originalStarts[run] + (k - runStarts[run]) + 1;
    }

    /**
     * The end of the stretch starting at normalised character {@code from} whose original characters follow each
     * other without a gap: the first {@code k} in {@code (from, to)} with {@code start(k) != end(k - 1)}, or
     * {@code to}. Within a run there is never a gap, so only the starts of the following runs are looked at.
     */
    int gaplessEnd(int from, int to) {
        for (int run = runOf(from); run + 1 < runs && runStarts[run + 1] < to; run++) {
            if (originalStarts[run + 1] != originalEnd(run)) {
                return runStarts[run + 1];
            }
        }
        return to;
    }

    /** The original index after the last character of {@code run}, which is not the last run. */
    private int originalEnd(int run) {
        int characters = runStarts[run + 1] - runStarts[run];
        // A run of several characters starts with a one-character one, since a wide character never continues.
        return characters == 1 ? firstEnds[run] : originalStarts[run] + characters;
    }

    private int runOf(int k) {
        int hint = lastRun; // read once: another thread may change it meanwhile
        if (holds(hint, k)) {
            return hint;
        }
        if (holds(hint + 1, k)) {
            lastRun = hint + 1;
            return hint + 1;
        }
        int found = Arrays.binarySearch(runStarts, 0, runs, k);
        int run = found >= 0 ? found : -found - 2;
        lastRun = Math.max(run, 0);
        return run;
    }

    /** Whether normalised character {@code k} lies in {@code run}. */
    private boolean holds(int run, int k) {
        return run < runs && runStarts[run] <= k && (run + 1 == runs || k < runStarts[run + 1]);
    }

    /** Collects the origin of each normalised character, in order. */
    static final class Builder {

        private int[] runStarts;
        private int[] originalStarts;
        private int[] firstEnds;
        private int runs;
        private int length;

        /** A builder with room for a few runs, which grows as needed. */
        Builder() {
            this(16);
        }

        /** A builder with room for {@code expectedRuns} runs before it grows. */
        Builder(int expectedRuns) {
            int capacity = Math.max(16, expectedRuns);
            runStarts = new int[capacity];
            originalStarts = new int[capacity];
            firstEnds = new int[capacity];
        }

        /** The next normalised character came from original characters {@code [start, end)}. */
        void add(int start, int end) {
            int last = runs - 1;
            // A wide first character never continues: the next start lies beyond originalStarts + 1.
            boolean continuesRun = last >= 0 && end == start + 1
                    && start == originalStarts[last] + (length - runStarts[last]);
            if (!continuesRun) {
                if (runs == runStarts.length) {
                    runStarts = Arrays.copyOf(runStarts, runs * 2);
                    originalStarts = Arrays.copyOf(originalStarts, runs * 2);
                    firstEnds = Arrays.copyOf(firstEnds, runs * 2);
                }
                runStarts[runs] = length;
                originalStarts[runs] = start;
                firstEnds[runs] = end;
                runs++;
            }
            length++;
        }

        /**
         * The next {@code count} normalised characters came from original characters {@code start, start + 1, …},
         * one each: the same as {@code count} calls of {@link #add}, but at most one new run, since each
         * character after the first continues the run of the one before.
         */
        void addEach(int start, int count) {
            if (count > 0) {
                add(start, start + 1);
                length += count - 1;
            }
        }

        /** The map of the characters added; the builder is not to be used after. */
        OffsetMap build() {
            return new OffsetMap(runStarts, originalStarts, firstEnds, runs);
        }
    }
}
