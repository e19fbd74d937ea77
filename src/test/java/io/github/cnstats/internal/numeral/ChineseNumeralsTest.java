package io.github.cnstats.internal.numeral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.cnstats.internal.numeral.NumeralAssertions.assertValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            零             | 0
            一             | 1
            两             | 2
            九             | 9
            十             | 10
            十四           | 14
            一十四         | 14
            二十           | 20
            一百           | 100
            百             | 100
            一百一十       | 110
            一百零五       | 105
            二百五十       | 250
            一千           | 1000
            千             | 1000
            一千零五       | 1005
            一千零十       | 1010
            一千零一十     | 1010
            一千零五十     | 1050
            一千二百三十四 | 1234
            三千二百       | 3200
            九千九百九十九 | 9999
            """)
    void readsSections(String input, String expected) {
        assertValue(expected, Numerals.parseChinese(input), input);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            一万                                                           | 10000
            两万                                                           | 20000
            一万零五                                                       | 10005
            三万零二百                                                     | 30200
            三十九万一千                                                   | 391000
            十万                                                           | 100000
            十万零一十四                                                   | 100014
            三千万                                                         | 30000000
            两千三百四十五万六千七百八十九                                 | 23456789
            一亿                                                           | 100000000
            十四亿                                                         | 1400000000
            一亿零一                                                       | 100000001
            一亿零一万                                                     | 100010000
            一亿零五百万                                                   | 105000000
            一亿五千万                                                     | 150000000
            三千二百九十一亿                                               | 329100000000
            两万亿                                                         | 2000000000000
            一万二千亿                                                     | 1200000000000
            一万二千亿三千万                                                | 1200030000000
            三千万亿                                                       | 3000000000000000
            两万亿零五百                                                   | 2000000000500
            一万零五千                                                     | 15000
            一亿零五千万                                                   | 150000000
            二十亿零五千万                                                 | 2050000000
            四千万零六千                                                   | 40006000
            九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九 | 9999999999999999
            """)
    void readsMagnitudesAndTheirComposites(String input, String expected) {
        assertValue(expected, Numerals.parseChinese(input), input);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            万       | 10000
            亿       | 100000000
            百万     | 1000000
            千万     | 10000000
            十万     | 100000
            百亿     | 10000000000
            万亿     | 1000000000000
            千万亿   | 1000000000000000
            万万     | 100000000
            四万万   | 400000000
            亿亿     | 10000000000000000
            一亿亿亿 | 1000000000000000000000000
            """)
    void readsBareAndArchaicCompositeMagnitudes(String input, String expected) {
        assertValue(expected, Numerals.parseChinese(input), input);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            一万五     | 15000
            三千二     | 3200
            两百五     | 250
            一亿五     | 150000000
            十五       | 15
            两万亿五   | 2500000000000
            一万五亿   | 1500000000000
            """)
    void readsSpokenElisionOfTheLastUnit(String input, String expected) {
        assertValue(expected, Numerals.parseChinese(input), input);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            廿       | 20
            廿五     | 25
            卅       | 30
            卅六     | 36
            卌       | 40
            卌二     | 42
            一百廿五 | 125
            廿五万   | 250000
            """)
    void readsTwentyThirtyAndFortyInOneCharacter(String input, String expected) {
        assertValue(expected, Numerals.parseChinese(input), input);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            一七五三       | 1753
            五四五○       | 5450
            二〇二三       | 2023
            二零二三       | 2023
            〇五           | 5
            一〇           | 10
            九九六         | 996
            """)
    void readsDigitByDigit(String input, String expected) {
        assertValue(expected, Numerals.parseChinese(input), input);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            三点一四     | 3.14
            零点五       | 0.5
            十二点零五   | 12.05
            一点五万     | 15000
            廿五点二亿   | 2520000000
            一点五千万   | 15000000
            四点零六亿   | 406000000
            一点二万亿   | 1200000000000
            三点五零     | 3.5
            二〇点五     | 20.5
            一万点五     | 10000.5
            """)
    void readsDecimalPoint(String input, String expected) {
        assertValue(expected, Numerals.parseChinese(input), input);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            三萬零二百   | 30200
            廿五點二億   | 2520000000
            兩萬         | 20000
            一萬五       | 15000
            億           | 100000000
            三點一四     | 3.14
            兩萬億       | 2000000000000
            """)
    void readsTraditionalCharacters(String input, String expected) {
        assertValue(expected, Numerals.parseChinese(input), input);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            壹仟贰佰叁拾肆 | 1234
            伍万           | 50000
            贰拾           | 20
            陸佰           | 600
            玖亿零柒       | 900000007
            """)
    void readsFinancialCapitals(String input, String expected) {
        assertValue(expected, Numerals.parseChinese(input), input);
    }

    @Test
    void toleratesAMissingZeroWhereTheValueIsStillPlain() {
        assertValue("10500", Numerals.parseChinese("一万五百"), "一万五百");
        assertValue("100010000", Numerals.parseChinese("一亿一万"), "一亿一万");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
        "", "点", "三点", "点五", "三点一点四", "三点万", "三点十",
        "亿万", "一亿万", "一万零五万", "三亿五亿", "一亿四万万",
        "一百十五", "百十", "千百", "十百", "二三十",
        "一千零", "一千零零五", "零十", "零万", "十零五", "一千五零", "一千零五百",
        "一万零",
        "廿十", "二廿", "十廿",
        "三万五点五万", "一点五亿万", "三点一四五万五",
        "abc", "三千x", "1千", "３千", "三 千", "负五", "兆亿", "九万三三", "九万三三七九五"
    })
    void refusesMalformedChineseNumerals(String input) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Numerals.parseChinese(input));
        assertTrue(e.getMessage().startsWith("Malformed numeral"), e::getMessage);
    }

    @Test
    void messageQuotesTheNumeralAndSaysWhatIsWrong() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Numerals.parseChinese("一千零零五"));
        assertTrue(e.getMessage().contains("\"一千零零五\" at index 3"), e::getMessage);
        assertTrue(e.getMessage().contains("零"), e::getMessage);

        e = assertThrows(NumberFormatException.class, () -> Numerals.parseChinese("三千x"));
        assertTrue(e.getMessage().contains("'x' is not a Chinese numeral character"), e::getMessage);
    }

    @Test
    void refusesNull() {
        assertThrows(NullPointerException.class, () -> Numerals.parseChinese(null));
    }
}
