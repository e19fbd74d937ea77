package io.github.cnstats;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ParseResult#parts()}: where each measurement's subject, quantity, change, period and region are written.
 * Every part placed is the text the measurement holds, so a view that marks them shows what was read.
 */
class MeasurementPartsTest {

    private static final MeasurementParser PARSER = Cnstats.parser();

    /** What each placed part covers in the text. */
    private static String of(String text, Span span) {
        return span == null ? null : span.of(text);
    }

    @Test
    void eachPartIsWhereItIsWritten() {
        String text = "今年前三季度,全市共受理消费者投诉2.4万件,同比下降6.2%,挽回经济损失1800余万元。";
        ParseResult result = PARSER.explain(text);
        assertEquals(2, result.parts().size());
        MeasurementParts first = result.parts().get(0);
        assertEquals(List.of("受理消费者投诉"), first.subject().stream().map(s -> s.of(text)).toList());
        assertEquals("2.4万件", of(text, first.quantity()));
        assertEquals("同比下降6.2%", of(text, first.change()));
        assertEquals("今年前三季度", of(text, first.period()));
        assertEquals("全市", of(text, first.region()));
        MeasurementParts second = result.parts().get(1);
        assertEquals("1800余万元", of(text, second.quantity()));
        assertNull(second.change());
        assertEquals(first.period(), second.period(), "one period, written once, for both");
    }

    @Test
    void traditionalTextIsPlacedInTheOriginal() {
        String text = "截至9月底，本市累計發放貸款3.2萬億元，較上年同期增長8.4%。";
        MeasurementParts parts = PARSER.explain(text).parts().get(0);
        assertEquals("發放貸款", of(text, parts.subject().get(0)));
        assertEquals("3.2萬億元", of(text, parts.quantity()));
        assertEquals("較上年同期增長8.4%", of(text, parts.change()));
        assertEquals("截至9月底", of(text, parts.period()));
        assertEquals("本市", of(text, parts.region()));
    }

    @Test
    void aChangeThatStatesTwoChangesIsTheChangeOfBoth() {
        String text = "2025年全省小麦产量和玉米产量分别增长2.3%和5.6%。";
        ParseResult result = PARSER.explain(text);
        assertEquals(2, result.parts().size());
        assertEquals("分别增长2.3%和5.6%", of(text, result.parts().get(0).change()));
        assertEquals(result.parts().get(0).change(), result.parts().get(1).change());
    }

    @Test
    void aRiseToALevelHoldsItsQuantity() {
        String text = "全年稻谷产量增至3.2亿吨。";
        MeasurementParts parts = PARSER.explain(text).parts().get(0);
        assertEquals("3.2亿吨", of(text, parts.quantity()));
        assertTrue(parts.change().start() <= parts.quantity().start()
                && parts.quantity().end() <= parts.change().end(), "增至 holds the level: " + parts);
    }

    @Test
    void longTextsReadInWindowsArePlacedInTheWholeText() {
        String sentence = "全年受理投诉1.5万件,同比下降3.1%。\n";
        String text = sentence.repeat(2000);
        ParserLimits small = ParserLimits.builder().maxInputLength(10_000).build();
        ParseResult result = Cnstats.parser(small).explain(text);
        assertEquals(2000, result.measurements().size());
        for (MeasurementParts parts : result.parts()) {
            assertEquals("1.5万件", of(text, parts.quantity()));
            assertEquals("同比下降3.1%", of(text, parts.change()));
        }
    }

    @Test
    void partsAreOneForEachMeasurementOrNone() {
        Measurement m = PARSER.parse("受理投诉1.5万件。").get(0);
        MeasurementParts parts = new MeasurementParts(List.of(), null, null, null, null);
        assertThrows(IllegalArgumentException.class,
                () -> new ParseResult(List.of(m), List.of(), List.of(parts, parts), DocumentContext.findInText()));
        assertEquals(List.of(), new ParseResult(List.of(m), List.of()).parts());
    }

    /** In whole documents of four publishers, every part placed holds what the measurement says it holds. */
    @TestFactory
    Stream<DynamicTest> everyPlacedPartHoldsWhatTheMeasurementSays() {
        return Stream.of("police-mainland", "stats-communique", "hongkong-police", "taiwan-press")
                .map(name -> DynamicTest.dynamicTest(name, () -> checkDocument(golden(name))));
    }

    private static void checkDocument(String text) {
        ParseResult result = PARSER.explain(text);
        assertEquals(PARSER.parse(text), result.measurements(), "explain finds what parse finds");
        assertEquals(result.measurements().size(), result.parts().size());
        int changesPlaced = 0;
        int changes = 0;
        for (int i = 0; i < result.measurements().size(); i++) {
            Measurement m = result.measurements().get(i);
            MeasurementParts parts = result.parts().get(i);
            String where = m + " " + parts;
            if (m.subject() == null) {
                assertTrue(parts.subject().isEmpty(), where);
            } else {
                assertEquals(m.subject(), String.join("", parts.subject().stream().map(s -> s.of(text)).toList()),
                        where);
                for (Span s : parts.subject()) {
                    assertTrue(inside(s, m.span()), where);
                }
            }
            assertEquals(m.quantity() == null, parts.quantity() == null, where);
            if (parts.quantity() != null) {
                assertTrue(inside(parts.quantity(), m.span()), where);
            }
            if (m.change() != null) {
                changes++;
                if (parts.change() != null) {
                    changesPlaced++;
                    assertTrue(parts.change().start() < m.span().end()
                            && m.span().start() < parts.change().end(), "the change meets the span: " + where);
                }
            } else {
                assertNull(parts.change(), where);
            }
            assertEquals(m.period() == null ? null : m.period().text(), of(text, parts.period()), where);
            assertEquals(m.region() == null ? null : m.region().text(), of(text, parts.region()), where);
        }
        assertTrue(changesPlaced >= changes * 0.9, changesPlaced + " of " + changes + " changes placed");
    }

    private static boolean inside(Span part, Span whole) {
        return whole.start() <= part.start() && part.end() <= whole.end();
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = MeasurementPartsTest.class.getResourceAsStream("/golden/" + name + ".txt")) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
