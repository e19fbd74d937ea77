package io.github.cnstats.internal.numeral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.cnstats.internal.numeral.NumeralAssertions.assertValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArabicNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            391000        | 391000
            39.1          | 39.1
            3,291         | 3291
            1,234,567.5   | 1234567.5
            0             | 0
            0.05          | 0.05
            5.70          | 5.7
            100.000       | 100
            007           | 7
            999,999       | 999999
            1,000,000     | 1000000
            12.0          | 12
            """)
    void readsArabicNumerals(String input, String expected) {
        assertValue(expected, Numerals.parseArabic(input), input);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ３９．１        | 39.1
            ３，２９１      | 3291
            ８１６３        | 8163
            1，234．5       | 1234.5
            ３9.1          | 39.1
            """)
    void readsFullWidthDigitsSeparatorsAndPoints(String input, String expected) {
        assertValue(expected, Numerals.parseArabic(input), input);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
        "", "-5", "+5", "1e5", "1E5", " 5", "5 ", ".5", "5.", "1,23", "1,2345", "1234,567", "0,123",
        "1.2.3", "1.234,5", "1,,234", "3,291,", ",291", "五", "39.1万", "1_000", "١٢٣"
    })
    void refusesMalformedArabicNumerals(String input) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Numerals.parseArabic(input));
        assertTrue(e.getMessage().startsWith("Malformed numeral"), e::getMessage);
    }

    @Test
    void messageSaysWhereAndWhy() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Numerals.parseArabic("1,2345"));
        assertTrue(e.getMessage().contains("\"1,2345\""), e::getMessage);
        assertTrue(e.getMessage().contains("3 digits"), e::getMessage);
    }

    @Test
    void refusesNull() {
        assertThrows(NullPointerException.class, () -> Numerals.parseArabic(null));
    }
}
