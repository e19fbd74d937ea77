package io.github.cnstats.internal.context;

import java.math.BigDecimal;

/**
 * The factors {@code 1 + r} and {@code 1 - r} of a change of {@code r} per cent, by which {@link Baselines} divides a
 * figure, kept for the rates met lately.
 *
 * <p>Official text states its changes in a few hundred rates (5.7%, 12.3%), and each ratio baseline made its factor
 * anew: the rate moved two places, then the sum, two {@code BigDecimal}s of the five a baseline cost. A factor
 * depends only on its rate, so a rate found here again gives the very factors made for it before; a rate is found
 * by {@code equals}, which is its digits and scale, the same as those it was made from.
 *
 * <p>The rates are kept in a small table indexed by their hash; a rate whose slot holds another replaces it, so the
 * table never grows. Thread-safe without locks: a slot holds an immutable {@link Entry} whose fields are final, so
 * a thread that sees the entry sees its factors, and threads that race for a slot each use correct factors.
 */
final class RateFactors {

    private static final int SLOT_BITS = 10;
    private static final Entry[] SLOTS = new Entry[1 << SLOT_BITS];

    private RateFactors() {
    }

    /** A rate in per cent, and its two factors. */
    private record Entry(BigDecimal percent, BigDecimal up, BigDecimal down) {
    }

    /**
     * @param percent the rate in per cent, not negative
     * @param up      whether the figure rose by it
     * @return {@code 1 + percent/100} if {@code up}, else {@code 1 - percent/100}
     */
    static BigDecimal of(BigDecimal percent, boolean up) {
        int slot = (percent.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - SLOT_BITS);
        Entry entry = SLOTS[slot];
        if (entry == null || !entry.percent().equals(percent)) {
            BigDecimal rate = percent.movePointLeft(2);
            entry = new Entry(percent, BigDecimal.ONE.add(rate), BigDecimal.ONE.subtract(rate));
            SLOTS[slot] = entry;
        }
        return up ? entry.up() : entry.down();
    }
}
