package io.github.cnstats.internal.ast;

import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.numeral.NumeralLimitException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link NumeralGuard#checkLongValue} skips the comparison only where no {@code long} can break the limit. */
class NumeralGuardTest {

    private static final BigDecimal LARGEST_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    @Test
    void aLongIsWithinALimitOfTenToTheNineteen() {
        NumeralGuard guard = new NumeralGuard(ParserLimits.builder().maxMagnitudeExponent(19).build());
        assertSame(LARGEST_LONG, guard.checkLongValue(LARGEST_LONG));
    }

    @Test
    void aLongIsHeldToALimitBelowTenToTheNineteen() {
        NumeralGuard guard = new NumeralGuard(ParserLimits.builder().maxMagnitudeExponent(18).build());
        assertThrows(NumeralLimitException.class, () -> guard.checkLongValue(LARGEST_LONG));
        BigDecimal tenToThe18 = BigDecimal.ONE.scaleByPowerOfTen(18).setScale(0);
        assertSame(tenToThe18, guard.checkLongValue(tenToThe18));
    }
}
