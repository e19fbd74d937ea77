package io.github.cnstats.internal.context;

import io.github.cnstats.Approximation;
import io.github.cnstats.Baseline;
import io.github.cnstats.Baseline.Derivation;
import io.github.cnstats.Change;
import io.github.cnstats.Direction;
import io.github.cnstats.Quantity;
import io.github.cnstats.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The figure a quantity's change implies for what it is compared with (see {@link Baseline}): {@code N / (1 + r)}
 * for a rate, {@code N / (1 + k)} for {@code k} times, {@code N ∓ d} for a difference in the quantity's unit or in
 * percentage points of a percent. A ratio is rounded half up to the digits of the stated quantity (39.1万 is
 * stated to its units, 391000, so 369915) and is {@code ABOUT}, since the rate is rounded itself; a difference is
 * exact and keeps the quantity's approximation.
 */
public final class Baselines {

    private Baselines() {
    }

    /**
     * @param q the quantity, or {@code null}
     * @param c its change, or {@code null}
     * @return the implied figure, or {@code null} when there is none or the arithmetic would not be sound
     */
    public static Baseline of(Quantity q, Change c) {
        if (q == null || c == null || q.isRange()) {
            return null;
        }
        if (c.direction() == Direction.FLAT) {
            return new Baseline(q.value(), q.unit(), Approximation.ABOUT, Derivation.FLAT, null);
        }
        if (!c.hasAmount() || c.streak() != null) {
            return null; // a direction alone, or a streak: no size to undo
        }
        BigDecimal n = q.value();
        BigDecimal amount = c.amount();
        boolean up = c.direction() == Direction.UP;
        Unit unit = c.amountUnit();
        if (unit.equals(Unit.PERCENT)) {
            return ratio(q, RateFactors.of(amount, up), Derivation.RATIO);
        }
        if (unit.equals(Unit.PER_MILLE)) {
            BigDecimal rate = amount.movePointLeft(3);
            return ratio(q, up ? BigDecimal.ONE.add(rate) : BigDecimal.ONE.subtract(rate), Derivation.RATIO);
        }
        if (unit.equals(Unit.TIMES)) {
            return up ? ratio(q, BigDecimal.ONE.add(amount), Derivation.MULTIPLE) : null; // 下降1倍 means nothing sound
        }
        if (unit.equals(Unit.PERCENTAGE_POINT)) {
            if (!Unit.PERCENT.equals(q.unit())) {
                return null;
            }
            return difference(q, amount, up, Derivation.PERCENTAGE_POINTS);
        }
        if (q.unit() != null && unit.equals(q.unit())) {
            return difference(q, amount, up, Derivation.DIFFERENCE);
        }
        return null;
    }

    private static Baseline ratio(Quantity q, BigDecimal factor, Derivation how) {
        if (factor.signum() <= 0) {
            return null; // a fall of 100 % or more
        }
        int digits = Math.max(0, q.value().scale());
        BigDecimal value = q.value().divide(factor, MathContext.DECIMAL64).setScale(digits, RoundingMode.HALF_UP);
        if (value.signum() <= 0 && q.value().signum() > 0) {
            return null;
        }
        return new Baseline(value, q.unit(), Approximation.ABOUT, how, digits);
    }

    private static Baseline difference(Quantity q, BigDecimal amount, boolean up, Derivation how) {
        BigDecimal value = up ? q.value().subtract(amount) : q.value().add(amount);
        if (value.signum() < 0) {
            return null; // more added than there is: a misreading or another whole
        }
        // An exact difference keeps the bound: more than 18000 then, 1200 more now, so more than 16800 then.
        return new Baseline(value, q.unit(), q.approx(), how, null);
    }
}
