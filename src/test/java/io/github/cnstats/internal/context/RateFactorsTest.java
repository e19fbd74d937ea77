package io.github.cnstats.internal.context;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A factor found again is the one the rate gives made anew, digits and scale alike, in both directions. */
class RateFactorsTest {

    @Property(tries = 600)
    void aFactorIsOnePlusOrMinusTheRate(@ForAll @IntRange(min = 0, max = 20_000) int unscaled,
                                        @ForAll @IntRange(min = 0, max = 3) int scale) {
        BigDecimal percent = BigDecimal.valueOf(unscaled, scale);
        BigDecimal rate = percent.movePointLeft(2);
        for (int again = 0; again < 2; again++) {
            assertEquals(BigDecimal.ONE.add(rate), RateFactors.of(percent, true));
            assertEquals(BigDecimal.ONE.subtract(rate), RateFactors.of(percent, false));
            assertEquals(BigDecimal.ONE.add(rate), RateFactors.of(new BigDecimal(percent.toPlainString()), true));
        }
    }
}
