package io.github.cnstats.format;

import io.github.cnstats.MeasurementFormatter;
import io.github.cnstats.MeasurementFormatter.Magnitudes;
import io.github.cnstats.MeasurementFormatter.Numerals;
import io.github.cnstats.MeasurementFormatter.Script;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Spellings of one value in the forms the grammar reads, beyond the formatter's own: full-width digits,
 * thousands separators, digit by digit (一七五三, 五四五〇), 两 for a leading 2, 廿 and 卅, Traditional 點/萬/億.
 * Each spelling shrinks towards the plain Arabic form of a small number.
 */
final class NumeralSpellings {

    /** A text and the value it must read as. */
    record Spelling(String text, BigDecimal value) {
        @Override
        public String toString() {
            return text + " = " + value.toPlainString();
        }
    }

    private static final String DIGITS = "零一二三四五六七八九";

    private NumeralSpellings() {
    }

    static Arbitrary<Spelling> spellings() {
        Arbitrary<Spelling> ofAnyValue = Combinators.combine(MeasurementArbitraries.values(),
                Arbitraries.integers().between(0, 8)).as(NumeralSpellings::spell);
        // From three digits: two neighbouring digits (一二, 三四) are a range, "one or two", not a number.
        Arbitrary<Spelling> digitByDigit = Combinators.combine(Arbitraries.longs().between(100, 999_999_999L),
                Arbitraries.of('零', '〇', '○')).as(NumeralSpellings::digitByDigit);
        Arbitrary<Spelling> twentiesAndThirties = Arbitraries.integers().between(21, 39).filter(n -> n != 30)
                .map(NumeralSpellings::twentiesAndThirties);
        return Arbitraries.oneOf(ofAnyValue, digitByDigit, twentiesAndThirties);
    }

    private static Spelling spell(BigDecimal value, int form) {
        String text = switch (form) {
            case 0 -> value.toPlainString();
            case 1 -> fullWidth(value.toPlainString());
            case 2 -> new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
            case 3 -> formatter(Magnitudes.GROUPED, Numerals.ARABIC, Script.TRADITIONAL).formatNumber(value);
            case 4 -> formatter(Magnitudes.GROUPED, Numerals.CHINESE, Script.TRADITIONAL).formatNumber(value);
            case 5 -> formatter(Magnitudes.PLAIN, Numerals.CHINESE, Script.TRADITIONAL).formatNumber(value);
            case 6 -> leadingTwoAsLiang(formatter(Magnitudes.PLAIN, Numerals.CHINESE, Script.SIMPLIFIED)
                    .formatNumber(value));
            case 7 -> leadingTwoAsLiang(formatter(Magnitudes.GROUPED, Numerals.CHINESE, Script.SIMPLIFIED)
                    .formatNumber(value));
            default -> formatter(Magnitudes.GROUPED, Numerals.ARABIC, Script.SIMPLIFIED).formatNumber(value);
        };
        return new Spelling(text, value);
    }

    private static MeasurementFormatter formatter(Magnitudes magnitudes, Numerals numerals, Script script) {
        return MeasurementFormatter.builder().magnitudes(magnitudes).numerals(numerals).script(script).build();
    }

    /** 两 is 2 before a unit: 两千, 两万, 两亿; the canonical form writes 二. */
    private static String leadingTwoAsLiang(String chinese) {
        if (chinese.length() > 1 && chinese.charAt(0) == '二' && "千百万亿".indexOf(chinese.charAt(1)) >= 0) {
            return "两" + chinese.substring(1);
        }
        return chinese;
    }

    private static Spelling digitByDigit(long n, char zero) {
        StringBuilder out = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) {
            out.append(c == '0' ? zero : DIGITS.charAt(c - '0'));
        }
        return new Spelling(out.toString(), BigDecimal.valueOf(n));
    }

    /** 廿五 = 25, 卅二 = 32. */
    private static Spelling twentiesAndThirties(int n) {
        String tens = n < 30 ? "廿" : "卅";
        return new Spelling(tens + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10))), BigDecimal.valueOf(n));
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c == '.' ? '．' : (char) (c - '0' + '０'));
        }
        return out.toString();
    }
}
