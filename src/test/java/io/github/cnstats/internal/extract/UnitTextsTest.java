package io.github.cnstats.internal.extract;

import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.normalize.NormalizedText;
import io.github.cnstats.internal.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@link UnitTexts} gives the unit {@link OriginalText#unitText} writes, and the phrase's own unit wherever that
 * is the same.
 */
class UnitTextsTest {

    /** Units written again, with brackets full-width or not, in Traditional characters or not. */
    private static final String[] PIECES = {"万元", "亿元", "套(间)", "套（间）", "張", "张", "件", "人", "，", "增长"};

    private static final UnitKind[] KINDS = {UnitKind.MONEY, UnitKind.ITEMS, UnitKind.PERSONS};

    @Test
    void givesTheUnitAsWrittenAndThePhrasesOwnWhereNoBracketChangesIt() {
        Random random = new Random(5);
        int bracketed = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            NormalizedText normalized = new TextNormalizer().normalize(text.toString());
            OriginalText original = new OriginalText(normalized);
            UnitTexts units = new UnitTexts(original);
            int length = normalized.text().length();
            for (int question = 0; question < 60; question++) {
                int start = random.nextInt(length);
                int end = start + 1 + random.nextInt(Math.min(5, length - start));
                UnitKind kind = KINDS[random.nextInt(KINDS.length)];
                // A phrase's unit has the normalised text of its range (SharedUnits cuts it from there).
                Unit read = new Unit(normalized.text().substring(start, end), kind);
                Unit written = units.unit(read, start, end);
                String where = text + " [" + start + ", " + end + ")";
                assertEquals(new Unit(original.unitText(start, end), kind), written, where);
                if (read.text().indexOf('(') < 0 && read.text().indexOf(')') < 0) {
                    assertSame(read, written, where);
                } else {
                    bracketed++;
                }
            }
        }
        assertEquals(true, bracketed > 100, "bracketed ranges asked about: " + bracketed);
    }
}
