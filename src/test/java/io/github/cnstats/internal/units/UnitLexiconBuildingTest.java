package io.github.cnstats.internal.units;

import io.github.cnstats.UnitKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Making lexicons: from maps, builders, units files, and by extending another. */
class UnitLexiconBuildingTest {

    @Test
    void withAddsAUnitToACopy() {
        UnitLexicon standard = UnitLexicon.standard();
        assertEquals(0, standard.matchLength("剂次", 0));
        UnitLexicon extended = standard.with("剂次", UnitKind.EVENTS);
        assertEquals(2, extended.matchLength("剂次", 0));
        assertEquals(Optional.of(UnitKind.EVENTS), extended.kindOf("剂次"));
        assertEquals(0, standard.matchLength("剂次", 0), "the original is unchanged");
        assertEquals(standard.units().size() + 1, extended.units().size());
    }

    @Test
    void withReplacesTheKindOfAnExistingUnit() {
        UnitLexicon lexicon = UnitLexicon.standard().with("件", UnitKind.CASES);
        assertEquals(Optional.of(UnitKind.CASES), lexicon.kindOf("件"));
        assertEquals(Optional.of(UnitKind.ITEMS), UnitLexicon.standard().kindOf("件"));
    }

    @Test
    void withUnblocksAndWithBlockedBlocks() {
        UnitLexicon lexicon = UnitLexicon.standard().with("年级", UnitKind.OTHER);
        assertEquals(2, lexicon.matchLength("年级", 0));
        UnitLexicon blocked = lexicon.withBlocked("年级");
        assertEquals(0, blocked.matchLength("年级", 0));
        assertEquals(UnitLexicon.standard(), blocked);
    }

    @Test
    void extendedUnitsTakePartInComposites() {
        UnitLexicon lexicon = UnitLexicon.standard().with("剂", UnitKind.ITEMS);
        assertEquals(Optional.of(UnitKind.RATE), lexicon.kindOf("剂/人"));
        assertEquals(Optional.of(UnitKind.ITEMS), lexicon.kindOf("剂(支)"));
    }

    @Test
    void ofMakesALexiconOfExactlyTheGivenUnits() {
        Map<String, UnitKind> units = new LinkedHashMap<>();
        units.put("起", UnitKind.CASES);
        units.put("台（套）", UnitKind.ITEMS);
        UnitLexicon lexicon = UnitLexicon.of(units);
        assertEquals(Map.of("起", UnitKind.CASES, "台(套)", UnitKind.ITEMS), lexicon.units());
        assertEquals(0, lexicon.matchLength("人", 0));
        assertEquals(4, lexicon.matchLength("台(套)", 0));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.units().put("人", UnitKind.PERSONS));
    }

    @Test
    void builderAndToBuilderRoundTrip() {
        UnitLexicon lexicon = UnitLexicon.builder().add("起", UnitKind.CASES).block("起来").build();
        assertEquals(lexicon, lexicon.toBuilder().build());
        assertEquals(lexicon.hashCode(), lexicon.toBuilder().build().hashCode());
        assertNotEquals(lexicon, lexicon.with("宗", UnitKind.CASES));
        assertEquals(0, lexicon.matchLength("起来", 0));
        assertEquals(1, lexicon.matchLength("起，", 0));
    }

    @Test
    void rejectsTextsThatCannotBeUnits() {
        UnitLexicon.Builder builder = UnitLexicon.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.add("", UnitKind.OTHER));
        assertThrows(IllegalArgumentException.class, () -> builder.add(" ", UnitKind.OTHER));
        assertThrows(IllegalArgumentException.class, () -> builder.add("万 元", UnitKind.MONEY));
        assertThrows(IllegalArgumentException.class, () -> builder.add("5G", UnitKind.OTHER));
        assertThrows(IllegalArgumentException.class, () -> builder.add("３号", UnitKind.OTHER));
        assertThrows(IllegalArgumentException.class, () -> builder.add("万", UnitKind.OTHER));
        assertThrows(IllegalArgumentException.class, () -> builder.add("千万", UnitKind.OTHER));
        assertThrows(IllegalArgumentException.class, () -> builder.block("亿"));
        assertThrows(NullPointerException.class, () -> builder.add("元", null));
        assertEquals(2, builder.add("万元", UnitKind.MONEY).build().matchLength("万元", 0));
    }

    @Test
    void loadsAUnitsFile() {
        String tsv = "\uFEFF# my units\n\n剂次\tEVENTS\n剂\tITEMS\t# doses\n年级\tNONE\n  # indented comment\n";
        UnitLexicon lexicon = UnitLexicon.load(new StringReader(tsv));
        assertEquals(Map.of("剂次", UnitKind.EVENTS, "剂", UnitKind.ITEMS), lexicon.units());
        assertTrue(lexicon.blocked().contains("年级"));
        assertEquals(2, lexicon.matchLength("剂次", 0));
    }

    @Test
    void loadingOnTopOfTheStandardLexicon() {
        UnitLexicon lexicon = UnitLexicon.standard().toBuilder().read(new StringReader("剂次\tEVENTS\n")).build();
        assertEquals(2, lexicon.matchLength("剂次", 0));
        assertEquals(2, lexicon.matchLength("人次", 0));
    }

    @Test
    void reportsTheLineOfAMissingTab() {
        assertLoadFails("起\tCASES\n# fine\n宗 CASES\n", 3, "no tab");
    }

    @Test
    void reportsTheLineOfAnUnknownKind() {
        MalformedUnitsException e = assertLoadFails("起\tCASES\n宗\tCASE\n", 2, "unknown kind 'CASE'");
        assertTrue(e.getMessage().contains("CASES"), "lists the kinds: " + e.getMessage());
    }

    @Test
    void reportsTheLineOfAnEmptyText() {
        assertLoadFails("\tCASES\n", 1, "empty");
    }

    @Test
    void reportsTheLineOfAnExtraField() {
        assertLoadFails("起\tCASES\n宗\tCASES\tcrimes\n", 2, "comment");
        assertLoadFails("起\tCASES\t# a\tb\n", 1, "comment");
    }

    @Test
    void reportsTheLineOfAnImpossibleText() {
        assertLoadFails("起\tCASES\n\n3号\tOTHER\n", 3, "digit");
        assertLoadFails("万\tOTHER\n", 1, "magnitude");
        assertLoadFails("万 元\tMONEY\n", 1, "white space");
    }

    @Test
    void reportsBothLinesOfADuplicate() {
        assertLoadFails("吨\tMASS\n起\tCASES\n吨\tMASS\n", 3, "already on line 1");
        assertLoadFails("台(套)\tITEMS\n台（套）\tITEMS\n", 2, "already on line 1");
        assertLoadFails("年级\tNONE\n年级\tOTHER\n", 2, "already on line 1");
    }

    @Test
    void reportsUnreadableInput() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        assertThrows(UncheckedIOException.class, () -> UnitLexicon.load(broken));
    }

    private static MalformedUnitsException assertLoadFails(String tsv, int line, String reason) {
        MalformedUnitsException e = assertThrows(MalformedUnitsException.class,
                () -> UnitLexicon.load(new StringReader(tsv)));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith("line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().isBlank());
        return e;
    }
}
