package io.github.cnstats;

import io.github.cnstats.internal.numeral.Numerals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of something against a basis: {@code 同比上升5.7%}, {@code 高于全国平均水平4.6个百分点},
 * {@code 连续9个月同比下降} (a direction with no amount).
 *
 * @param basis      what the change is measured against
 * @param direction  which way it goes
 * @param amount     the size of the change, never negative, or {@code null} if the text gives a direction only
 * @param amountUnit the unit of {@code amount}: {@link Unit#PERCENT}, {@link Unit#PERCENTAGE_POINT},
 *                   {@link Unit#TIMES}, or the quantity's own unit for an absolute change; or {@code null} if
 *                   {@code amount} is
 * @param reference  the named reference of a {@link ChangeBasis#REFERENCE} change ({@code 全国平均水平}) as
 *                   written, or {@code null} if the text names none
 * @param streak     how long the change has lasted ({@code 连续7个月}), or {@code null} if the text does not say
 */
public record Change(ChangeBasis basis, Direction direction, BigDecimal amount, Unit amountUnit, String reference,
                     Streak streak) {

    /**
     * Makes a change, with the amount stored without trailing zeros.
     *
     * @param basis      what the change is measured against
     * @param direction  which way it goes
     * @param amount     the size of the change, never negative, or {@code null} if the text gives a direction only
     * @param amountUnit the unit of {@code amount}, or {@code null} if {@code amount} is
     * @param reference  the named reference of a {@link ChangeBasis#REFERENCE} change, or {@code null} if the
     *                   text names none
     * @param streak     how long the change has lasted, or {@code null} if the text does not say
     * @throws NullPointerException     if {@code basis} or {@code direction} is null
     * @throws IllegalArgumentException if only one of {@code amount} and {@code amountUnit} is given, or the amount
     *                                  is negative
     */
    public Change {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(direction, "direction");
        if ((amount == null) != (amountUnit == null)) {
            throw new IllegalArgumentException("amount and amountUnit go together");
        }
        if (amount != null) {
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("amount is negative: the direction carries the sign");
            }
            amount = Numerals.canonical(amount);
        }
    }

    /**
     * A change with a direction and no amount.
     *
     * @param basis     the basis
     * @param direction the direction
     * @return the change
     */
    public static Change directionOnly(ChangeBasis basis, Direction direction) {
        return new Change(basis, direction, null, null, null, null);
    }

    /**
     * A change by an amount.
     *
     * @param basis      the basis
     * @param direction  the direction
     * @param amount     the amount
     * @param amountUnit its unit
     * @return the change
     */
    public static Change of(ChangeBasis basis, Direction direction, BigDecimal amount, Unit amountUnit) {
        return new Change(basis, direction, amount, amountUnit, null, null);
    }

    /** @return whether the text gives the size of the change */
    public boolean hasAmount() {
        return amount != null;
    }

    /**
     * The change as a signed ratio of the old value, where the text allows it: {@code 上升5.7%} gives {@code 0.057},
     * {@code 下降17.3%} gives {@code -0.173}, {@code 增长1.5倍} gives {@code 1.5}, {@code 持平} gives {@code 0}.
     *
     * @return the ratio, or empty for percentage points, absolute changes and direction-only changes
     */
    public Optional<BigDecimal> signedRatio() {
        if (direction == Direction.FLAT) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (amount == null) {
            return Optional.empty();
        }
        BigDecimal ratio;
        if (amountUnit.equals(Unit.PERCENT)) {
            ratio = amount.movePointLeft(2);
        } else if (amountUnit.equals(Unit.PER_MILLE)) {
            ratio = amount.movePointLeft(3);
        } else if (amountUnit.equals(Unit.TIMES)) {
            ratio = amount;
        } else {
            return Optional.empty();
        }
        return Optional.of(Numerals.canonical(direction == Direction.DOWN ? ratio.negate() : ratio));
    }

    /**
     * @param streak the streak to give the copy, or {@code null} if it has none
     * @return a copy of this change with a streak
     */
    public Change withStreak(Streak streak) {
        return new Change(basis, direction, amount, amountUnit, reference, streak);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(basis).append(' ').append(direction);
        if (amount != null) {
            out.append(' ').append(amount.toPlainString()).append(' ').append(amountUnit.text());
        }
        if (reference != null) {
            out.append(" vs ").append(reference);
        }
        return out.toString();
    }
}
