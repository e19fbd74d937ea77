package io.github.cnstats.internal.numeral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static io.github.cnstats.internal.numeral.NumeralAssertions.assertValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link Numerals#applyMagnitudes}, {@link Numerals#parseMixed} and the tenths (成) helpers. */
class MixedNumeralsTest {

    @ParameterizedTest(name = "{0} × {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1.2   | 万     | 12000
            3     | 千万   | 30000000
            4.06  | 亿     | 406000000
            2     | 万亿   | 2000000000000
            1.3   | 亿     | 130000000
            2     | 百亿   | 20000000000
            5     | 十万   | 500000
            1.5   | 萬     | 15000
            1.5   | 億     | 150000000
            1     | 亿亿   | 10000000000000000
            4     | 万万   | 400000000
            0.5   | 千     | 500
            0     | 万亿   | 0
            """)
    void appliesMagnitudes(String base, String magnitudes, String expected) {
        assertValue(expected, Numerals.applyMagnitudes(new BigDecimal(base), magnitudes), base + magnitudes);
    }

    @Test
    void anEmptyRunOfMagnitudesMultipliesByOne() {
        assertValue("7.5", Numerals.applyMagnitudes(new BigDecimal("7.50"), ""), "7.50");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"万千", "亿万", "十百", "千千", "万5", "x", "点", "廿", "万十"})
    void refusesWhatIsNotARunOfMagnitudes(String magnitudes) {
        assertThrows(NumberFormatException.class, () -> Numerals.applyMagnitudes(BigDecimal.ONE, magnitudes));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.2万       | 12000
            3千万       | 30000000
            4.06亿      | 406000000
            2万         | 20000
            1.3亿       | 130000000
            39.1万      | 391000
            1.8万       | 18000
            2万亿       | 2000000000000
            1.5万亿     | 1500000000000
            3,291亿     | 329100000000
            5百亿       | 50000000000
            １．８萬    | 18000
            ３９．１万  | 391000
            12          | 12
            3,291       | 3291
            三千二百    | 3200
            两万        | 20000
            廿五點二億  | 2520000000
            一七五三    | 1753
            """)
    void readsMixedArabicChineseAndPlainNumerals(String input, String expected) {
        assertValue(expected, Numerals.parseMixed(input), input);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "1万5千", "1.2万x", "万1", "1亿万", "1,2万", "1.2.3万", "1.万", "-1万", "1 万", "万 "})
    void refusesMalformedMixedNumerals(String input) {
        assertThrows(NumberFormatException.class, () -> Numerals.parseMixed(input));
    }

    @ParameterizedTest(name = "{0} = {1} %")
    @CsvSource(delimiter = '|', textBlock = """
            七成    | 70
            3成6    | 36
            三成六  | 36
            七成五  | 75
            两成    | 20
            十成    | 100
            零成    | 0
            2.5成   | 25
            ３成６  | 36
            """)
    void readsTenths(String input, String expectedPercent) {
        assertValue(expectedPercent, Numerals.parseTenths(input), input);
    }

    @Test
    void turnsTenthsAndHundredthsIntoPercent() {
        assertValue("70", Numerals.tenthsToPercent(new BigDecimal("7"), null), "7 tenths");
        assertValue("36", Numerals.tenthsToPercent(new BigDecimal("3"), new BigDecimal("6")), "3 tenths 6");
        assertValue("5", Numerals.tenthsToPercent(new BigDecimal("0.5"), null), "0.5 tenths");
        assertValue("30", Numerals.tenthsToPercent(new BigDecimal("3.00"), new BigDecimal("0")), "3.00 tenths 0");
        assertValue("100", Numerals.tenthsToPercent(BigDecimal.TEN, null), "10 tenths");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"成", "七", "十一成", "七成五六", "2.5成6", "七成x", "十成五", "x成"})
    void refusesMalformedTenths(String input) {
        assertThrows(NumberFormatException.class, () -> Numerals.parseTenths(input));
    }

    @Test
    void refusesTenthsOutOfRange() {
        assertThrows(NumberFormatException.class, () -> Numerals.tenthsToPercent(new BigDecimal("-1"), null));
        assertThrows(NumberFormatException.class, () -> Numerals.tenthsToPercent(new BigDecimal("10.5"), null));
        assertThrows(NumberFormatException.class,
                () -> Numerals.tenthsToPercent(BigDecimal.TEN, BigDecimal.ONE));
        assertThrows(NumberFormatException.class,
                () -> Numerals.tenthsToPercent(new BigDecimal("3"), BigDecimal.TEN));
        assertThrows(NumberFormatException.class,
                () -> Numerals.tenthsToPercent(new BigDecimal("3"), new BigDecimal("0.5")));
        assertThrows(NumberFormatException.class,
                () -> Numerals.tenthsToPercent(new BigDecimal("3"), new BigDecimal("-1")));
        assertThrows(NumberFormatException.class,
                () -> Numerals.tenthsToPercent(new BigDecimal("1E+999999999"), null));
    }
}
