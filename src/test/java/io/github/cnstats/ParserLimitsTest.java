package io.github.cnstats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each limit: its default, a changed value, what lies beyond it, and the diagnostic that says so. */
class ParserLimitsTest {

    private static List<Diagnostic.Kind> kinds(ParseResult result) {
        return result.diagnostics().stream().map(Diagnostic::kind).toList();
    }

    @Test
    void defaultsAreDocumented() {
        ParserLimits d = ParserLimits.defaults();
        assertEquals(64, d.maxNumeralLength());
        assertEquals(24, d.maxMagnitudeExponent());
        assertEquals(8 << 20, d.maxInputLength());
        assertEquals(d, ParserLimits.builder().build());
        assertEquals(d, d.toBuilder().build());
    }

    @Test
    void valuesOutsideTheirRangeAreRefusedByTheBuilder() {
        assertThrows(IllegalArgumentException.class, () -> ParserLimits.builder().maxNumeralLength(0));
        assertThrows(IllegalArgumentException.class, () -> ParserLimits.builder().maxNumeralLength(65));
        assertThrows(IllegalArgumentException.class, () -> ParserLimits.builder().maxMagnitudeExponent(-1));
        assertThrows(IllegalArgumentException.class, () -> ParserLimits.builder().maxMagnitudeExponent(25));
        assertThrows(IllegalArgumentException.class, () -> ParserLimits.builder().maxInputLength(0));
    }

    @Test
    void aNumeralLongerThanTheDefaultIsDeclinedWithItsSpan() {
        String digits = "1".repeat(70);
        String text = "本月共受理举报" + digits + "件。";
        ParseResult result = Cnstats.parser().explain(text);
        assertEquals(List.of(), result.measurements());
        assertEquals(List.of(Diagnostic.Kind.NUMERAL_TOO_LONG), kinds(result));
        Span span = result.diagnostics().get(0).span();
        assertTrue(text.substring(span.start(), span.end()).contains(digits), span.toString());
    }

    @Test
    void aShorterNumeralLimitDeclinesWhatTheDefaultReads() {
        MeasurementParser strict = Cnstats.parser(ParserLimits.builder().maxNumeralLength(4).build());
        assertEquals(1, strict.parse("全年完成投资1234元。").size());
        ParseResult result = strict.explain("全年完成投资12345元。");
        assertEquals(List.of(), result.measurements());
        assertEquals(List.of(Diagnostic.Kind.NUMERAL_TOO_LONG), kinds(result));
        assertEquals(1, Cnstats.parser().parse("全年完成投资12345元。").size());
    }

    @Test
    @Timeout(10)
    void aMagnitudeAboveTheCeilingIsNeverBuilt() {
        ParseResult result = Cnstats.parser().explain("营业收入达到3万亿亿亿元。");
        assertEquals(List.of(), result.measurements());
        assertEquals(List.of(Diagnostic.Kind.MAGNITUDE_TOO_LARGE), kinds(result));
        // A hundred thousand magnitudes would be 10^800000: refused unread, in no time and no memory.
        ParseResult huge = Cnstats.parser().explain("营业收入达到3" + "亿".repeat(100_000) + "元。");
        assertEquals(List.of(), huge.measurements());
        assertTrue(!huge.diagnostics().isEmpty(), "a diagnostic says why");
    }

    @Test
    void aLowerMagnitudeLimitDeclinesLargerValues() {
        MeasurementParser small = Cnstats.parser(ParserLimits.builder().maxMagnitudeExponent(8).build());
        assertEquals(new BigDecimal("90000000"),
                small.parse("全年完成投资9000万元。").get(0).quantity().value());
        ParseResult result = small.explain("全年完成投资3亿元。");
        assertEquals(List.of(), result.measurements());
        assertEquals(List.of(Diagnostic.Kind.MAGNITUDE_TOO_LARGE), kinds(result));
    }

    @Test
    void aTextLongerThanTheInputLimitIsReadWholeInWindows() {
        String first = "全年破获案件120起。";
        String second = "抓獲嫌疑人300人。";
        String third = "追回贓款45万元";
        String text = first + second + third;
        MeasurementParser shortInputs = Cnstats.parser(ParserLimits.builder().maxInputLength(first.length() + 2)
                .build());
        ParseResult result = shortInputs.explain(text);
        assertEquals(List.of("120", "300", "450000"), result.measurements().stream()
                .map(m -> m.quantity().value().toPlainString()).toList());
        for (var m : result.measurements()) {
            assertEquals(m.text(), text.substring(m.span().start(), m.span().end()), "spans index the whole text");
        }
        assertEquals(List.of(), result.diagnostics(), "nothing is left unread");
        assertEquals(result.measurements(), shortInputs.parse(text));
        assertEquals(Cnstats.parser().parse(text), shortInputs.parse(text), "cut at sentence ends: nothing lost");
    }

    @Test
    void aWindowCutWithNoSentenceEndNeverSplitsASurrogatePair() {
        String text = "破获案件12起𠀀𠀀𠀀𠀀";
        int cutInsidePair = text.indexOf('𠀀') + 1;
        MeasurementParser shortInputs = Cnstats.parser(ParserLimits.builder().maxInputLength(cutInsidePair).build());
        ParseResult result = shortInputs.explain(text);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(1, result.measurements().size());
        assertEquals(new Span(0, text.indexOf('𠀀')), result.measurements().get(0).span());
    }

    @Test
    void diagnosticsOfALaterWindowIndexTheWholeText() {
        String first = "全年破获案件120起。";
        String text = first + "搭建帐篷30顶。";
        MeasurementParser shortInputs = Cnstats.parser(ParserLimits.builder().maxInputLength(first.length() + 1)
                .build());
        ParseResult result = shortInputs.explain(text);
        assertEquals(List.of(Diagnostic.Kind.UNKNOWN_UNIT), kinds(result));
        Span span = result.diagnostics().get(0).span();
        assertTrue(text.substring(span.start(), span.end()).contains("顶"), text.substring(span.start(), span.end()));
    }

    @Test
    void aMalformedNumeralIsDiagnosedAndTextWithinTheLimitsHasNoDiagnostics() {
        assertEquals(List.of(), Cnstats.parser().explain("全市共侦破盗窃案件2.7万起,同比上升6.3%").diagnostics());
    }
}
