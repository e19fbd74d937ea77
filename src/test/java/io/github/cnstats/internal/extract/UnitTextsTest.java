package io.github.cnstats.internal.extract;

import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.normalize.NormalizedText;
import io.github.cnstats.internal.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link UnitTexts} gives the unit {@link OriginalText#unitText} writes, whichever units it was asked for before. */
class UnitTextsTest {

    /** Units written again, with brackets full-width or not, in Traditional characters or not. */
    private static final String[] PIECES = {"万元", "亿元", "套(间)", "套（间）", "張", "张", "件", "人", "，", "增长"};

    private static final UnitKind[] KINDS = {UnitKind.MONEY, UnitKind.ITEMS, UnitKind.PERSONS};

    @Test
    void givesTheUnitAsWrittenForEveryRangeAndKind() {
        Random random = new Random(5);
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
                // Short ranges near the start, so that the same unit text comes back at another place.
                int start = random.nextInt(length);
                int end = start + 1 + random.nextInt(Math.min(5, length - start));
                UnitKind kind = KINDS[random.nextInt(KINDS.length)];
                assertEquals(new Unit(original.unitText(start, end), kind), units.unit(start, end, kind),
                        text + " [" + start + ", " + end + ")");
            }
        }
    }
}
