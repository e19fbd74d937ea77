package io.github.cnstats.internal.units;

import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SharedUnits} gives what {@link UnitLexicon#unitOf} gives for the text, however the table's slots are
 * shared, and the same instance for the same text wherever it is written.
 */
class SharedUnitsTest {

    private static final UnitLexicon LEXICON = UnitLexicon.standard();

    @Test
    void givesTheLexiconsUnitForEveryTextThoughMoreTextsThanSlotsShareTheTable() {
        List<String> texts = new ArrayList<>(LEXICON.units().keySet());
        for (int i = 0; i < 300; i++) {
            texts.add("单位" + i); // not in the lexicon: OTHER
        }
        assertTrue(texts.size() > 512, "more texts than slots, so that slots are shared: " + texts.size());
        SharedUnits units = new SharedUnits(LEXICON);
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                String sentence = "共有12" + text + "。";
                assertEquals(LEXICON.unitOf(text), units.of(sentence, 4, 4 + text.length()), text);
            }
        }
    }

    @Test
    void sharesOneUnitPerTextWhereverItIsWritten() {
        SharedUnits units = new SharedUnits(LEXICON);
        Unit first = units.of("增加3万吨，", 4, 5);
        Unit again = units.of("减少了40吨。", 5, 6);
        assertSame(first, again);
        assertEquals(new Unit("吨", first.kind()), first);
        assertEquals(UnitKind.OTHER, units.of("3个单位", 2, 4).kind());
    }
}
