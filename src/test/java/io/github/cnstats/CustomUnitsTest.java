package io.github.cnstats;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Units of one's own: read by the parser built with them, and by no other. */
class CustomUnitsTest {

    /** 顶 (tents) and 眼 (wells) are not standard units. */
    private static final MeasurementParser TENTS_AND_WELLS = Cnstats.parserBuilder()
            .addUnit("顶", UnitKind.ITEMS)
            .addUnit("眼", UnitKind.ITEMS)
            .build();

    private static Measurement only(MeasurementParser parser, String text) {
        List<Measurement> found = parser.parse(text);
        assertEquals(1, found.size(), () -> text + " gave " + found);
        return found.get(0);
    }

    @Test
    void aCustomUnitIsReadWithItsMagnitude() {
        Measurement m = only(TENTS_AND_WELLS, "山区各县今年新打机井3万眼");
        assertEquals(0, new BigDecimal("30000").compareTo(m.quantity().value()));
        assertEquals(new Unit("眼", UnitKind.ITEMS), m.quantity().unit());
        assertEquals("新打机井", m.subject());
    }

    @Test
    void aCustomUnitIsReadWithAnApproximation() {
        Quantity nearly = only(TENTS_AND_WELLS, "灾区共搭建救灾帐篷近500顶").quantity();
        assertEquals(Approximation.NEARLY, nearly.approx());
        assertEquals("顶", nearly.unit().text());
        assertEquals(Approximation.MORE_THAN, only(TENTS_AND_WELLS, "营地搭建帐篷1200余顶").quantity().approx());
    }

    @Test
    void aCustomUnitIsTheAmountOfAChange() {
        Measurement m = only(TENTS_AND_WELLS, "露营地帐篷数量比上年增加200顶");
        Change change = m.change();
        assertNotNull(change);
        assertEquals(Direction.UP, change.direction());
        assertEquals(0, new BigDecimal("200").compareTo(change.amount()));
        assertEquals("顶", change.amountUnit().text());
    }

    @Test
    void theDefaultParserDoesNotReadAUnitThatAnotherParserWasBuiltWith() {
        String text = "景区新搭建5顶帐篷,接待游客3.5万人次";
        assertNotNull(TENTS_AND_WELLS); // built before the default parser reads
        List<Measurement> standard = Cnstats.parser().parse(text);
        assertEquals(List.of("人次"), standard.stream().map(m -> m.quantity().unit().text()).toList());
        List<Measurement> custom = TENTS_AND_WELLS.parse(text);
        assertEquals(List.of("顶", "人次"), custom.stream().map(m -> m.quantity().unit().text()).toList());
        // And a parser built afterwards with limits only is the default one again.
        assertEquals(standard, Cnstats.parserBuilder().build().parse(text));
    }

    @Test
    void theUnknownUnitAdviceNamesTheCallThatFillsTheGap() {
        String text = "全市营地搭建帐篷1200顶";
        Diagnostic unknown = Cnstats.parser().explain(text).diagnostics().get(0);
        assertEquals(Diagnostic.Kind.UNKNOWN_UNIT, unknown.kind());
        assertTrue(unknown.message().contains("Cnstats.parserBuilder().addUnit(\"顶\", kind)"), unknown.message());
        // Following the advice reads the count, and the diagnostic is gone.
        ParseResult followed = Cnstats.parserBuilder().addUnit("顶", UnitKind.ITEMS).build().explain(text);
        assertEquals(List.of(), followed.diagnostics());
        assertEquals("顶", followed.measurements().get(0).quantity().unit().text());
    }

    @Test
    void aBuiltParserDoesNotChangeWhenItsBuilderGoesOn() {
        ParserBuilder builder = Cnstats.parserBuilder().addUnit("顶", UnitKind.ITEMS);
        MeasurementParser tents = builder.build();
        MeasurementParser both = builder.addUnit("眼", UnitKind.ITEMS).build();
        String text = "当地新打机井300眼";
        assertEquals(List.of(), tents.parse(text));
        assertEquals("眼", only(both, text).quantity().unit().text());
        assertEquals("顶", only(both, "搭建帐篷30万顶").quantity().unit().text());
    }

    @Test
    void aUnitMayBeAddedInTraditionalCharacters() {
        MeasurementParser parser = Cnstats.parserBuilder().addUnit("頂", UnitKind.ITEMS).build();
        assertEquals("顶", only(parser, "搭建帳篷3萬頂").quantity().unit().text());
    }

    @Test
    void aLimitSetOnTheBuilderIsKept() {
        MeasurementParser parser = Cnstats.parserBuilder().addUnit("顶", UnitKind.ITEMS)
                .limits(ParserLimits.builder().maxInputLength(8).build()).build();
        ParseResult result = parser.explain("搭建帐篷3万顶。搭建帐篷4万顶");
        assertEquals(2, result.measurements().size(), "read in windows of the limit's length");
        assertEquals(List.of(), result.diagnostics());
        assertSame(Cnstats.parser(), Cnstats.parserBuilder().build(), "no unit and no limit: the shared parser");
    }

    @Test
    void aTextThatCannotBeAUnitIsRefusedWithTheReason() {
        assertEquals("unit text is empty", refused(""));
        assertEquals("unit text is blank", refused(" "));
        assertEquals("unit text '3顶' contains a digit", refused("3顶"));
        assertEquals("unit text '两顶' contains a digit", refused("两顶"));
        assertEquals("unit text '顶 帐' contains white space", refused("顶 帐"));
        assertTrue(refused("万").contains("is a magnitude"));
        assertThrows(NullPointerException.class, () -> Cnstats.parserBuilder().addUnit(null, UnitKind.ITEMS));
        assertThrows(NullPointerException.class, () -> Cnstats.parserBuilder().addUnit("顶", null));
    }

    private static String refused(String text) {
        return assertThrows(IllegalArgumentException.class,
                () -> Cnstats.parserBuilder().addUnit(text, UnitKind.ITEMS)).getMessage();
    }

    @Test
    void threadsSharingACustomParserReadWhatOneThreadReads() throws Exception {
        List<String> texts = List.of("灾区共搭建救灾帐篷近500顶,同比增加20%", "山区各县今年新打机井3万眼",
                "露营地帐篷数量比上年增加200顶", "全市营地搭建帐篷1200余顶,接待游客3.5万人次");
        List<List<Measurement>> expected = texts.stream().map(TENTS_AND_WELLS::parse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int k = (i + offset) % texts.size();
                        if (!TENTS_AND_WELLS.parse(texts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(expected.stream().allMatch(found -> !found.isEmpty()));
    }
}
