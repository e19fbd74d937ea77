package io.github.cnstats.internal.numeral;

import java.math.BigDecimal;

/**
 * The decimals that rates and shares are written in (5.7, 12.35, 0.4: one or two places, fewer than five
 * digits), one instance each, made when first read and shared by every parser.
 *
 * <p>Official text states its changes in a few hundred such values, and each change was a new
 * {@code BigDecimal} twice: once when its numeral was read, and again when {@code Change} made its amount
 * canonical, since {@link BigDecimal#stripTrailingZeros} makes a new one even when there is nothing to strip.
 * A shared decimal is canonical by construction, and {@link #isShared} tells it by identity, so
 * {@link Limits#canonical} gives it back as it is.
 *
 * <p>Thread-safe without locks, as {@code NumeralShortcuts}' shared whole numbers: a {@code BigDecimal} keeps its
 * value in final fields, so a thread that finds one sees all of it; two threads that race for a slot each store
 * an equal one, and a decimal that lost its slot in {@link #KNOWN} to another is only stripped again.
 */
final class SharedDecimals {

    /** The unscaled values kept are below this: 0.01 to 99.99 with two places, 0.1 to 999.9 with one. */
    static final int MAX_UNSCALED = 10_000;

    /** For scales 1 and 2, the decimal of each unscaled value, made when first asked for. */
    private static final BigDecimal[][] BY_SCALE = {null, new BigDecimal[MAX_UNSCALED], new BigDecimal[MAX_UNSCALED]};

    /**
     * The decimals made, by their hash: what {@link #isShared} reads, since the index of {@link #BY_SCALE} is not to
     * be had from a {@code BigDecimal} without making another. Several times the decimals of ordinary text.
     */
    private static final int KNOWN_BITS = 13;
    private static final BigDecimal[] KNOWN = new BigDecimal[1 << KNOWN_BITS];

    private SharedDecimals() {
    }

    /**
     * @param unscaled the digits, with no trailing zero ({@code unscaled % 10 != 0})
     * @param scale    the places after the point
     * @return {@code unscaled × 10^-scale}, shared, canonical; or {@code null} when it is not kept here (a scale
     *         other than 1 and 2, or an unscaled value outside {@code 1..MAX_UNSCALED - 1})
     */
    static BigDecimal of(long unscaled, int scale) {
        if (scale < 1 || scale > 2 || unscaled <= 0 || unscaled >= MAX_UNSCALED) {
            return null;
        }
        BigDecimal[] table = BY_SCALE[scale];
        BigDecimal shared = table[(int) unscaled];
        if (shared == null) {
            shared = BigDecimal.valueOf(unscaled, scale);
            table[(int) unscaled] = shared;
        }
        int slot = slot(shared);
        if (KNOWN[slot] != shared) {
            KNOWN[slot] = shared; // the decimal read last wins a slot that two share: it is the one made canonical next
        }
        return shared;
    }

    /** Whether {@code value} is this very instance of a decimal made here, and so canonical. */
    static boolean isShared(BigDecimal value) {
        return KNOWN[slot(value)] == value;
    }

    private static int slot(BigDecimal value) {
        return (value.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - KNOWN_BITS);
    }
}
