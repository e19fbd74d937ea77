package io.github.cnstats.internal.numeral;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions shared by the numeral tests. */
final class NumeralAssertions {

    private NumeralAssertions() {
    }

    /**
     * Checks a parsed value against the spec's normal form: numerically equal ({@code compareTo}) and, since
     * every result promises the canonical form, with the same plain text.
     *
     * @param expectedPlain the expected value, written without exponent or trailing zeros
     * @param actual        the parsed value
     * @param input         the text that was parsed, for the failure message
     */
    static void assertValue(String expectedPlain, BigDecimal actual, String input) {
        BigDecimal expected = new BigDecimal(expectedPlain);
        assertEquals(0, expected.compareTo(actual), () -> input + " gave " + actual.toPlainString());
        assertEquals(expectedPlain, actual.toPlainString(), () -> input + ": result not in canonical form");
    }
}
