package io.github.cnstats.extract;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.Quantity;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Test helpers: parse through the public API and check the span contract on every result. */
final class Parsed {

    private Parsed() {
    }

    static List<Measurement> all(String text) {
        List<Measurement> found = Cnstats.parser().parse(text);
        for (Measurement m : found) {
            assertEquals(m.text(), text.substring(m.span().start(), m.span().end()), "span contract");
        }
        return found;
    }

    static Measurement only(String text) {
        List<Measurement> found = all(text);
        assertEquals(1, found.size(), () -> "one measurement expected in " + text + " but got " + found);
        return found.get(0);
    }

    static Quantity onlyQuantity(String text) {
        Measurement m = only(text);
        assertNotNull(m.quantity(), () -> "a quantity expected: " + m);
        return m.quantity();
    }

    static void assertValue(String expected, BigDecimal actual) {
        if (expected == null || expected.isBlank()) {
            assertNull(actual);
        } else {
            assertNotNull(actual);
            assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " != " + actual);
        }
    }

    static void assertNone(String text) {
        List<Measurement> found = all(text);
        assertFalse(!found.isEmpty(), () -> "no measurement expected in " + text + " but got " + found);
    }
}
