package io.github.cnstats.internal.extract;

import java.util.Arrays;

/**
 * {@link PeriodShapes.Matching#longestAt} remembered by start, for {@link PeriodFinder}. Every number asks for
 * the period before it and trims its subject, each time matching from positions its sentence has been matched
 * at before, with the region ending at that number; the patterns at a position are run once instead.
 *
 * <p>At each start the patterns run once with the region reaching the end of the text, noting the furthest
 * index they read. A region ending anywhere beyond that index gives the same match, since the patterns never
 * looked that far; a region ending at or before it is matched again, and that one answer is kept too, as the
 * same number often asks again with the same end.
 *
 * <p>Starts are kept in a direct-mapped table: a start takes the slot of its low bits and evicts whatever was
 * there. Eviction never changes an answer, only what it costs: an evicted start is matched again. The starts
 * asked about again are close behind the last one asked: a region's clause opening and a subject are a few
 * characters before their number. So
 * the table holds the last {@link #MAX_SLOTS} characters' starts, not a whole window's: on the 1 MB benchmark
 * corpus 128 slots run the patterns as often as 512 (64 run them 0.5% more often), and a table is made for every
 * document, where 512 slots were a tenth of the allocation of the period lookups. One per call of the parser, on
 * one thread.
 */
final class LongestMatches {

    /** Slots for starts at most: a power of two. */
    static final int MAX_SLOTS = 128;

    private final PeriodShapes.Matching matching;
    private final int textLength;
    private final int mask;
    /** The start each slot holds, or -1. */
    private final int[] start;
    /** The match at the start with the region reaching the end of the text, or null. */
    private final PeriodFinder.Found[] whole;
    /** The furthest index the patterns read for {@link #whole}. */
    private final int[] furthestRead;
    /** The end of the last shorter region asked about, or -1, and its match. */
    private final int[] shortEnd;
    private final PeriodFinder.Found[] shortMatch;

    LongestMatches(String text) {
        this.matching = new PeriodShapes.Matching(text);
        this.textLength = text.length();
        int slots = Math.min(MAX_SLOTS, Integer.highestOneBit(Math.max(1, text.length())) * 2);
        this.mask = slots - 1;
        this.start = new int[slots];
        Arrays.fill(start, -1);
        this.whole = new PeriodFinder.Found[slots];
        this.furthestRead = new int[slots];
        this.shortEnd = new int[slots];
        this.shortMatch = new PeriodFinder.Found[slots];
    }

    /**
     * @return the longest match at {@code at} with the patterns' region ending at {@code end}, or null
     */
    PeriodFinder.Found at(int at, int end) {
        int slot = slotOf(at);
        if (furthestRead[slot] < end) {
            return whole[slot];
        }
        if (shortEnd[slot] != end) {
            shortEnd[slot] = end;
            shortMatch[slot] = matching.longestAt(at, end);
        }
        return shortMatch[slot];
    }

    /**
     * @return the furthest index the patterns read at {@code at} with the region reaching the end of the text:
     * for a region ending beyond it, {@link #at} gives the same match
     */
    int furthestRead(int at) {
        return furthestRead[slotOf(at)];
    }

    /** @return the slot of {@code at}, holding its match with the region reaching the end of the text */
    private int slotOf(int at) {
        int slot = at & mask;
        if (start[slot] != at) {
            start[slot] = at;
            whole[slot] = matching.longestAt(at, textLength);
            furthestRead[slot] = matching.furthestRead();
            shortEnd[slot] = -1;
        }
        return slot;
    }
}
