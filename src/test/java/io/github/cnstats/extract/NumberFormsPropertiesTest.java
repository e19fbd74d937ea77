package io.github.cnstats.extract;

import io.github.cnstats.Approximation;
import io.github.cnstats.Cnstats;
import io.github.cnstats.Diagnostic;
import io.github.cnstats.Quantity;
import io.github.cnstats.internal.numeral.Numerals;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.util.List;

import static io.github.cnstats.extract.Parsed.onlyQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The number forms of issue 17 as rules over every number, not lists of sentences: financial capitals, Chinese
 * numerals with 余/多/几 before a magnitude, pairs of digits as ranges, ranges with the magnitude written once,
 * signs in words, and forms not read, which give no measurement and a diagnostic.
 */
class NumberFormsPropertiesTest {

    private static final String CAPITALS = "零壹贰叁肆伍陆柒捌玖";

    /** 大写, as on invoices: 壹拾贰万叁仟肆佰伍拾陆. */
    static String capitals(long n) {
        String plain = Numerals.toChinese(BigDecimal.valueOf(n));
        if (plain.startsWith("十")) {
            plain = "一" + plain; // invoices write 壹拾, never 拾 alone
        }
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            int digit = "零一二三四五六七八九".indexOf(c);
            out.append(switch (c) {
                case '十' -> '拾';
                case '百' -> '佰';
                case '千' -> '仟';
                default -> digit >= 0 ? CAPITALS.charAt(digit) : c;
            });
        }
        return out.toString();
    }

    @Property
    void everyCapitalSpellingReadsAsItsValue(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        String text = "合同金额" + capitals(n) + "元。";
        Quantity q = onlyQuantity(text);
        assertEquals(BigDecimal.valueOf(n), q.value(), text);
        assertEquals("元", q.unit().text(), text);
    }

    @Property
    void aChineseNumeralWithAnApproximationBeforeAMagnitudeIsMoreThanItsBase(
            @ForAll @IntRange(min = 10, max = 9999) int n, @ForAll("approximations") String word,
            @ForAll("approximatedMagnitudes") String magnitude, @ForAll boolean traditional) {
        if (word.equals("几") && n % 10 != 0) {
            return; // 几 stands for a digit not given: 二十几万, not 二十三几万
        }
        String numeral = Numerals.toChinese(BigDecimal.valueOf(n));
        String text = "全市新增就业" + numeral + word + magnitude + "人。";
        if (traditional) {
            text = text.replace('万', '萬').replace('亿', '億').replace("余", "餘");
        }
        Quantity q = onlyQuantity(text);
        assertEquals(Numerals.applyMagnitudes(BigDecimal.valueOf(n), magnitude), q.value(), text);
        assertEquals(Approximation.MORE_THAN, q.approx(), text);
    }

    @Provide
    Arbitrary<String> approximations() {
        return Arbitraries.of("余", "多", "几");
    }

    @Provide
    Arbitrary<String> approximatedMagnitudes() {
        return Arbitraries.of("万", "亿", "万亿");
    }

    @Provide
    Arbitrary<String> magnitudes() {
        return Arbitraries.of("万", "亿", "千万", "万亿");
    }

    @Property
    void twoNeighbouringDigitsAreARange(@ForAll @IntRange(min = 1, max = 8) int low,
                                        @ForAll("magnitudes") String magnitude) {
        String pair = "一二三四五六七八九".substring(low - 1, low + 1);
        String text = "全县有" + pair + magnitude + "人参加。";
        Quantity q = onlyQuantity(text);
        assertEquals(Numerals.applyMagnitudes(BigDecimal.valueOf(low), magnitude), q.value(), text);
        assertEquals(Numerals.applyMagnitudes(BigDecimal.valueOf(low + 1), magnitude), q.high(), text);
    }

    @Property
    void aRangeWithItsMagnitudeWrittenOnceScalesBothEnds(@ForAll @IntRange(min = 1, max = 99) int low,
                                                         @ForAll @IntRange(min = 1, max = 99) int span,
                                                         @ForAll("magnitudes") String magnitude,
                                                         @ForAll("separators") String separator) {
        int high = low + span;
        String text = "预计投资" + low + separator + high + magnitude + "元。";
        Quantity q = onlyQuantity(text);
        assertEquals(Numerals.applyMagnitudes(BigDecimal.valueOf(low), magnitude), q.value(), text);
        assertEquals(Numerals.applyMagnitudes(BigDecimal.valueOf(high), magnitude), q.high(), text);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("至", "～", "-", "—", "到");
    }

    @Property
    void aSignInWordsIsNegative(@ForAll @IntRange(min = 1, max = 500) int n, @ForAll boolean chinese) {
        String number = chinese ? Numerals.toChinese(BigDecimal.valueOf(n)) : Integer.toString(n);
        Quantity q = onlyQuantity("当日最低气温零下" + number + "℃。");
        assertEquals(BigDecimal.valueOf(-n), q.value());
        Quantity owed = onlyQuantity("账户余额负" + number + "元。");
        assertEquals(BigDecimal.valueOf(-n), owed.value());
    }

    @Property
    void aMagnitudeThenEveryPositionDigitByDigitIsOneNumber(@ForAll @IntRange(min = 1, max = 9) int high,
                                                            @ForAll @IntRange(min = 0, max = 9999) int low) {
        StringBuilder digits = new StringBuilder();
        for (char c : String.format("%04d", low).toCharArray()) {
            digits.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        String text = "全年共受理" + "一二三四五六七八九".charAt(high - 1) + "萬" + digits + "件。";
        assertEquals(BigDecimal.valueOf(high * 10_000L + low), onlyQuantity(text).value(), text);
    }

    @Example
    void formsNotReadGiveNoMeasurementAndADiagnostic() {
        for (String text : List.of("价格为2e5元。", "价格为.5元。", "面积为1/2亩。", "产量占全国的三分之一。")) {
            var result = Cnstats.parser().explain(text);
            assertTrue(result.measurements().isEmpty(), text + ": " + result.measurements());
            assertTrue(result.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.UNREAD_NUMBER),
                    text + ": " + result.diagnostics());
        }
    }

    @Property
    void aControlCharacterInsideANumberChangesNothing(@ForAll @IntRange(min = 0, max = 31) int control) {
        if (control == '\n' || control == '\r' || control == '\t' || control == 0x0B || control == 0x0C) {
            return; // line breaks and spaces have rules of their own
        }
        String text = "贷款余额41.2" + (char) control + "万亿元。";
        assertEquals(new BigDecimal("41200000000000"), onlyQuantity(text).value(), text);
    }
}
