package io.github.cnstats.format;

import com.ibm.icu.text.Transliterator;
import io.github.cnstats.Change;
import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementFormatter;
import io.github.cnstats.MeasurementFormatter.Magnitudes;
import io.github.cnstats.MeasurementFormatter.Numerals;
import io.github.cnstats.MeasurementFormatter.Script;
import io.github.cnstats.Period;
import io.github.cnstats.Quantity;
import io.github.cnstats.Region;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * parse(format(m)) equals m, compared as Trino's ParserAssert compares trees: every field but the span and
 * the original text, which a written measurement naturally has anew.
 */
class RoundTripPropertiesTest {

    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");
    private static final MeasurementFormatter STANDARD = Cnstats.formatter();

    @Provide
    Arbitrary<Measurement> measurements() {
        return MeasurementArbitraries.measurements();
    }

    @Provide
    Arbitrary<MeasurementFormatter> formatters() {
        return MeasurementArbitraries.exactFormatters();
    }

    @Property
    void everyMeasurementReadsBackWithEveryExactOption(@ForAll("measurements") Measurement m,
                                                       @ForAll("formatters") MeasurementFormatter formatter) {
        String text = formatter.format(m);
        Measurement expected = formatter.script() == Script.TRADITIONAL ? inTraditional(m) : m;
        assertSameMeasurement(expected, only(text), text);
    }

    /** Formatting is canonical: what was read from the standard text is written as the same text. */
    @Property
    void formattingWhatWasReadGivesTheSameText(@ForAll("measurements") Measurement m) {
        String text = STANDARD.format(m);
        assertEquals(text, STANDARD.format(only(text)));
    }

    @Property
    void formatOfAQuantityAloneReadsBackAfterASubject(@ForAll("quantities") Quantity q,
                                                      @ForAll("formatters") MeasurementFormatter formatter) {
        String text = formatter.format(MeasurementArbitraries.measurement("破获案件", q, null, null, null));
        assertEquals(text, formatter.script() == Script.TRADITIONAL ? "破獲案件" + formatter.format(q)
                : "破获案件" + formatter.format(q));
        assertEquals(q, only(text).quantity(), text);
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        return MeasurementArbitraries.quantities();
    }

    /** Values, units, bases and directions agree; the texts kept as written differ only by script. */
    @Property
    void traditionalAndSimplifiedRenderingsReadTheSame(@ForAll("measurements") Measurement m) {
        MeasurementFormatter traditional = MeasurementFormatter.builder().script(Script.TRADITIONAL).build();
        Measurement fromSimplified = only(STANDARD.format(m));
        Measurement fromTraditional = only(traditional.format(m));
        assertSameMeasurement(inTraditional(fromSimplified), fromTraditional, traditional.format(m));
    }

    @Property
    void roundedNumbersReadBackAsTheRoundedValue(@ForAll("values") BigDecimal value,
                                                 @ForAll @IntRange(min = 0, max = 3) int digits,
                                                 @ForAll Magnitudes magnitudes, @ForAll Numerals numerals) {
        MeasurementFormatter rounding = MeasurementFormatter.builder().magnitudes(magnitudes).numerals(numerals)
                .maxFractionDigits(digits).build();
        String text = "破获案件" + rounding.formatNumber(value) + "起";
        BigDecimal read = only(text).quantity().value();
        BigDecimal scale = magnitudes == Magnitudes.PLAIN ? BigDecimal.ONE : writtenMagnitude(value);
        BigDecimal halfStep = scale.movePointLeft(digits).divide(BigDecimal.valueOf(2));
        assertTrue(read.subtract(value).abs().compareTo(halfStep) <= 0, () -> text + " read as " + read);
        // The rounded value needs no further rounding: it is written as it was.
        assertEquals(rounding.formatNumber(value), rounding.formatNumber(read), text);
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return MeasurementArbitraries.values();
    }

    /** 10^4 for a value written with 万, 10^8 with 亿, 10^12 with 万亿: the step of the last written digit. */
    private static BigDecimal writtenMagnitude(BigDecimal value) {
        String form = STANDARD.formatNumber(value);
        int exponent = form.endsWith("万亿") ? 12 : form.endsWith("亿") ? 8 : form.endsWith("万") ? 4 : 0;
        return BigDecimal.ONE.scaleByPowerOfTen(exponent);
    }

    @Property
    void everyIntegerBelowTenToTheSixteenthReadsBackFromChineseNumerals(
            @ForAll @LongRange(min = 0, max = 9_999_999_999_999_999L) long n,
            @ForAll Magnitudes magnitudes) {
        MeasurementFormatter chinese = MeasurementFormatter.builder().numerals(Numerals.CHINESE)
                .magnitudes(magnitudes).build();
        String text = "抓获犯罪嫌疑人" + chinese.formatNumber(BigDecimal.valueOf(n)) + "人";
        assertEquals(plain(BigDecimal.valueOf(n)), plain(only(text).quantity().value()), text);
    }

    @Property
    void everyDecimalReadsBackFromChineseNumerals(@ForAll("values") BigDecimal value, @ForAll Magnitudes magnitudes) {
        MeasurementFormatter chinese = MeasurementFormatter.builder().numerals(Numerals.CHINESE)
                .magnitudes(magnitudes).build();
        String text = "紧急止付涉案资金" + chinese.formatNumber(value) + "元";
        assertEquals(plain(value), plain(only(text).quantity().value()), text);
    }

    /** Every form of a value's own spelling, formatted or not, reads as that value. */
    @Property
    void everySpellingOfAValueReadsAsTheSameNumber(@ForAll("spellings") NumeralSpellings.Spelling spelling) {
        String text = "完成固定资产投资" + spelling.text() + "元";
        assertEquals(plain(spelling.value()), plain(only(text).quantity().value()), text);
    }

    @Provide
    Arbitrary<NumeralSpellings.Spelling> spellings() {
        return NumeralSpellings.spellings();
    }

    @Property
    void aMeasurementInSurroundingTextIsFoundAtItsSpan(@ForAll("measurements") Measurement m,
                                                       @ForAll("prose") String before, @ForAll("prose") String after) {
        String written = STANDARD.format(m);
        String input = before + "。" + written + "。" + after;
        Measurement alone = only(written);
        int start = before.length() + 1 + alone.span().start();
        Measurement found = Cnstats.parser().parse(input).stream()
                .filter(candidate -> candidate.span().start() == start)
                .findFirst().orElseThrow(() -> new AssertionError("nothing at " + start + " in " + input));
        assertEquals(alone.span().length(), found.span().length(), input);
        assertEquals(alone.text(), found.text(), input);
        assertSameMeasurement(alone, found, input);
    }

    /** Sentences of Han characters, punctuation and spaces, with no digits or magnitudes to be read. */
    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.strings().withChars("各地公安机关持续推进专项行动取得明显成效群众安全感进一步提升，、；").ofMaxLength(30);
    }

    private static Measurement only(String text) {
        List<Measurement> found = Cnstats.parser().parse(text);
        assertEquals(1, found.size(), () -> text + " gave " + found);
        Measurement m = found.get(0);
        assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
        return m;
    }

    static void assertSameMeasurement(Measurement expected, Measurement actual, String text) {
        assertEquals(expected.subject(), actual.subject(), () -> "subject of " + text);
        assertEquals(expected.quantity(), actual.quantity(), () -> "quantity of " + text);
        assertEquals(expected.change(), actual.change(), () -> "change of " + text);
        assertEquals(expected.period(), actual.period(), () -> "period of " + text);
        assertEquals(expected.region(), actual.region(), () -> "region of " + text);
    }

    /** The texts that the parser keeps as written, in Traditional script; units and values do not change. */
    private static Measurement inTraditional(Measurement m) {
        Change change = m.change();
        if (change != null && change.reference() != null) {
            change = new Change(change.basis(), change.direction(), change.amount(), change.amountUnit(),
                    traditional(change.reference()), change.streak());
        }
        Period period = m.period() == null ? null : new Period(traditional(m.period().text()), m.period().kind());
        Region region = m.region() == null ? null : new Region(traditional(m.region().text()));
        return new Measurement(traditional(m.subject()), m.quantity(), change, period, region,
                m.span(), m.text());
    }

    /** A number in the form the records keep, so that the spelling of the expected value plays no part. */
    private static String plain(BigDecimal number) {
        return Quantity.of(number, null).value().toPlainString();
    }

    private static String traditional(String text) {
        if (text == null) {
            return null;
        }
        synchronized (TO_TRADITIONAL) {
            return TO_TRADITIONAL.transliterate(text);
        }
    }
}
