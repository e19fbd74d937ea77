package io.github.cnstats.internal.numeral;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A shared decimal is the value asked for, canonical, one instance however often it is asked for, and
 * {@link Limits#canonical} gives it back as it is; a decimal equal to it but made elsewhere is still made
 * canonical the long way, to an equal value.
 */
class SharedDecimalsPropertiesTest {

    @Property(tries = 500)
    void aSharedDecimalIsTheValueCanonicalAndOne(@ForAll @IntRange(min = 1, max = 9_999) int unscaled,
                                                 @ForAll @IntRange(min = 1, max = 2) int scale) {
        if (unscaled % 10 == 0) {
            return; // a trailing zero: never asked for, as the reader strips it first
        }
        BigDecimal shared = SharedDecimals.of(unscaled, scale);
        assertEquals(BigDecimal.valueOf(unscaled, scale), shared);
        assertSame(shared, SharedDecimals.of(unscaled, scale));
        assertEquals(shared, shared.stripTrailingZeros());
        BigDecimal canonical = Limits.canonical(shared);
        assertEquals(shared, canonical); // the same instance unless another decimal took its slot: equal either way
        assertEquals(shared, Limits.canonical(new BigDecimal(shared.toPlainString() + "00")));
    }

    @Example
    void theCanonicalFormOfASharedDecimalIsItself() {
        BigDecimal rate = NumeralShortcuts.plainArabic("增长5.7%", 2, 5, 0);
        assertSame(SharedDecimals.of(57, 1), rate);
        assertSame(rate, Numerals.canonical(rate));
    }

    @Example
    void decimalsOutsideTheTableAreNotShared() {
        assertNull(SharedDecimals.of(57, 3));
        assertNull(SharedDecimals.of(10_001, 1));
        assertNull(SharedDecimals.of(0, 1));
        BigDecimal longer = NumeralShortcuts.plainArabic("12345.6", 0, 7, 0);
        assertEquals(new BigDecimal("12345.6"), longer);
        assertEquals(longer, Numerals.canonical(longer));
    }
}
