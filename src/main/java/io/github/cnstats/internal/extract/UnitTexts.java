package io.github.cnstats.internal.extract;

import io.github.cnstats.Unit;

/**
 * The {@link Unit} of a measurement as written ({@link OriginalText#unitText}), from the unit the phrase was read
 * with.
 *
 * <p>The phrase's unit ({@link io.github.cnstats.internal.units.SharedUnits}) has the normalised text of its
 * range. Where the range holds no bracket that text is already the written one, in Simplified characters, so the
 * phrase's unit is given as it is: no string and no record per measurement. Only a bracket is written as the
 * original has it (full-width or not), which the normalised text does not tell, so a bracketed range makes a
 * unit of its own. One per call of the parser, on one thread.
 */
final class UnitTexts {

    private final OriginalText original;

    UnitTexts(OriginalText original) {
        this.original = original;
    }

    /**
     * @param read  the unit the phrase was read with, whose text is the normalised text of {@code [start, end)}
     * @param start where the unit is written in the normalised text
     * @param end   the index after its last character
     * @return the unit as written, of the kind of {@code read}
     */
    Unit unit(Unit read, int start, int end) {
        if (hasBracket(read.text())) {
            return new Unit(original.unitText(start, end), read.kind());
        }
        return read;
    }

    /** @param unit the words of the unit's node, the normalised text of its range */
    private static boolean hasBracket(String unit) {
        for (int i = 0; i < unit.length(); i++) {
            if (OriginalText.isBracket(unit.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
