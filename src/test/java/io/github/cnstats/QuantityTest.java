package io.github.cnstats;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuantityTest {

    @Test
    void equalValuesOfDifferentScaleAreEqual() {
        Quantity a = Quantity.of(new BigDecimal("1.5E+4"), null);
        Quantity b = Quantity.of(new BigDecimal("15000.00"), null);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("15000", a.value().toPlainString());
    }

    @Test
    void valuesAreKeptWithoutTrailingZeros() {
        assertEquals("5.7", Quantity.of(new BigDecimal("5.70"), null).value().toPlainString());
        assertEquals("0", Quantity.of(new BigDecimal("0.000"), null).value().toPlainString());
    }

    /** An integer at scale 0 is kept as it is; every other form of it is brought to that one. */
    @Test
    void integersOfEveryScaleEndAtScaleZero() {
        for (String written : new String[] {"391000", "3.91E+5", "391000.000", "-20", "-2E+1"}) {
            BigDecimal value = Quantity.of(new BigDecimal(written), null).value();
            assertEquals(0, value.scale(), written);
            assertEquals(new BigDecimal(written).stripTrailingZeros().toPlainString(), value.toPlainString(), written);
        }
    }
}
