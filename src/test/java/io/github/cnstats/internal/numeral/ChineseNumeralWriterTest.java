package io.github.cnstats.internal.numeral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@link Numerals#toChinese} and {@link Numerals#toMagnitudeForm}. */
class ChineseNumeralWriterTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                 | 零
            2                 | 二
            10                | 十
            14                | 十四
            20                | 二十
            110               | 一百一十
            200               | 二百
            1005              | 一千零五
            1010              | 一千零一十
            1050              | 一千零五十
            20000             | 二万
            30200             | 三万零二百
            100014            | 十万零一十四
            391000            | 三十九万一千
            100000000         | 一亿
            100000001         | 一亿零一
            100010000         | 一亿零一万
            1000000001        | 十亿零一
            1400000000        | 十四亿
            1000000000000     | 一万亿
            1200000000000     | 一万二千亿
            1000000000000000  | 一千万亿
            123456789012345   | 一百二十三万四千五百六十七亿八千九百零一万二千三百四十五
            9999999999999999  | 九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九
            3.14              | 三点一四
            3.140             | 三点一四
            0.5               | 零点五
            12.05             | 十二点零五
            1E+3              | 一千
            """)
    void writesCanonicalChineseNumerals(String value, String expected) {
        assertEquals(expected, Numerals.toChinese(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"-1", "-0.5", "10000000000000000", "1E+30", "1E-65", "1E-999999999", "1E+999999999"})
    void refusesValuesOutOfRange(String value) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThrows(IllegalArgumentException.class, () -> Numerals.toChinese(new BigDecimal(value))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                          | 0
            3291                       | 3291
            9999.5                     | 9999.5
            0.05                       | 0.05
            10000                      | 1万
            15000.00                   | 1.5万
            391000                     | 39.1万
            12345.678                  | 1.2345678万
            406000000                  | 4.06亿
            100000000                  | 1亿
            329100000000               | 3291亿
            1200000000000              | 1.2万亿
            10000000000000000          | 10000万亿
            1000000000000000000000000  | 1000000000000万亿
            """)
    void writesTheMagnitudeFormOfOfficialText(String value, String expected) {
        assertEquals(expected, Numerals.toMagnitudeForm(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"-1", "-12000", "1000000000000000000000001", "1E+999999999", "1E-999999999"})
    void magnitudeFormRefusesValuesOutOfRange(String value) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThrows(IllegalArgumentException.class, () -> Numerals.toMagnitudeForm(new BigDecimal(value))));
    }
}
