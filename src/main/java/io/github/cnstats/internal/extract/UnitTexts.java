package io.github.cnstats.internal.extract;

import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;

/**
 * The {@link Unit}s of one document as written ({@link OriginalText#unitText}), the last few of them remembered:
 * a document writes 万元, 亿元, 件 or 人 again and again, and each measurement made a new string and a new record
 * for them. A range is compared with a remembered unit in place, so a unit met again costs no allocation.
 *
 * <p>Only ranges without a bracket are remembered or looked up: the text of such a range is its normalised text
 * as it stands, so equal normalised text means equal units. A bracket is written as the original has it
 * (full-width or not), which the normalised text does not tell. One per call of the parser, on one thread.
 */
final class UnitTexts {

    /** How many of the last units made are kept. */
    private static final int REMEMBERED = 4;

    private final OriginalText original;
    /** The normalised text as {@link OriginalText#unitText} reads it (before numerals are blanked). */
    private final String norm;
    private final Unit[] remembered = new Unit[REMEMBERED];
    /** The slot the next new unit takes, round and round. */
    private int nextSlot;

    UnitTexts(OriginalText original) {
        this.original = original;
        this.norm = original.normalizedText();
    }

    /** @return the unit written at {@code [start, end)} of the normalised text, of {@code kind} */
    Unit unit(int start, int end, UnitKind kind) {
        if (hasBracket(start, end)) {
            return new Unit(original.unitText(start, end), kind);
        }
        int length = end - start;
        for (Unit unit : remembered) {
            if (unit != null && unit.kind() == kind && unit.text().length() == length
                    && norm.regionMatches(start, unit.text(), 0, length)) {
                return unit;
            }
        }
        Unit unit = new Unit(norm.substring(start, end), kind); // what unitText gives where there is no bracket
        remembered[nextSlot] = unit;
        nextSlot = (nextSlot + 1) % REMEMBERED;
        return unit;
    }

    private boolean hasBracket(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = norm.charAt(i);
            if (c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }
}
