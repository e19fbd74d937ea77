package io.github.cnstats.extract;

import io.github.cnstats.Measurement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.cnstats.extract.Parsed.all;
import static io.github.cnstats.extract.Parsed.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Subjects that the binder finds by a shortcut: each fails if its shortcut skips what the full rule reads. */
class BindingShortcutsTest {

    @Test
    void aChangeWithoutASubjectTakesTheTextOnlyClauseBefore() {
        // The text-only clauses are found from the elements when such a change asks.
        assertEquals("发案数", only("发案数实现“双下降”,下降18.5%").subject());
        assertEquals("发案数", only("2025年,发案数实现“双下降”,下降18.5%").subject());
    }

    @Test
    void aListOfRatesGivesOneMeasurementEach() {
        // Two items ending with 率 need two 率 in the subject: counted before the list is split.
        assertEquals(List.of("巩固率", "毛入学率"), subjects("巩固率、毛入学率保持在95%以上"));
    }

    @Test
    void fromMarksAStartingLevelOnlyBeforeALevelInItsClause() {
        // Looked for in the elements after the marker, up to the clause's end.
        assertEquals(List.of("宽带用户", "宽带用户"), subjects("宽带用户从512万户增至738万户"));
        assertEquals(List.of("宽带用户从", "宽带用户从"), subjects("宽带用户从689万户,增至951万户"));
    }

    private static List<String> subjects(String text) {
        return all(text).stream().map(Measurement::subject).toList();
    }
}
