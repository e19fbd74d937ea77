package io.github.cnstats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A number left out for want of a unit is reported, so that users can find the gaps in the unit lexicon. */
class UnknownUnitDiagnosticTest {

    private static final MeasurementParser PARSER = Cnstats.parser();

    @Test
    void aNumberBeforeAnUnknownCounterIsReportedAndNotMeasured() {
        String text = "全市新建帐篷营地搭建帐篷1200顶,接待游客3.5万人次";
        ParseResult result = PARSER.explain(text);
        assertEquals(1, result.measurements().size(), "only 3.5万人次 is a known count");
        List<Diagnostic> unknown = result.diagnostics().stream()
                .filter(d -> d.kind() == Diagnostic.Kind.UNKNOWN_UNIT).toList();
        assertEquals(1, unknown.size());
        Span span = unknown.get(0).span();
        assertEquals("1200顶", text.substring(span.start(), span.end()));
        assertTrue(unknown.get(0).message().contains("顶"));
    }

    @Test
    void eachReportNamesItsOwnCharacter() {
        // 眶 and 顶 share the low bits by which the messages made are kept.
        ParseResult result = PARSER.explain("搭建帐篷1200顶,另有1300眶,又有1400顶");
        List<String> named = result.diagnostics().stream()
                .filter(d -> d.kind() == Diagnostic.Kind.UNKNOWN_UNIT)
                .map(d -> d.message().substring("a number before ".length(), "a number before ".length() + 1))
                .toList();
        assertEquals(List.of("顶", "眶", "顶"), named);
    }

    @Test
    void knownUnitsDatesAndOrdinalsAreNotReported() {
        ParseResult result = PARSER.explain("2025年3月,全省破获案件1200起,第3批名单公布,涉案金额1.2亿元");
        assertEquals(List.of(), result.diagnostics());
    }
}
