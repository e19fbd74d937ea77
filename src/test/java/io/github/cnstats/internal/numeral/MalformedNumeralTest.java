package io.github.cnstats.internal.numeral;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A malformed numeral is refused with its message and, being an answer about the text, no stack trace. */
class MalformedNumeralTest {

    @Test
    void isRefusedWithItsMessageAndNoStackTrace() {
        NumberFormatException refusal = assertThrows(NumberFormatException.class,
                () -> Numerals.applyMagnitudes(BigDecimal.ONE, "亿万"));
        assertEquals("Malformed numeral \"亿万\" at index 1: a smaller magnitude may not follow a larger one"
                + " (write 万亿, not 亿万)", refusal.getMessage());
        assertEquals(0, refusal.getStackTrace().length);
    }
}
