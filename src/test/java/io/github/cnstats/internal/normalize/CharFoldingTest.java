package io.github.cnstats.internal.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whole-table checks of {@link CharFolding}: they look at every code unit, which hand-made examples cannot. */
class CharFoldingTest {

    @Test
    void foldingTwiceChangesNothingMore() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char once = CharFolding.fold((char) c);
            assertEquals(once, CharFolding.fold(once), () -> String.format("U+%04X", (int) once));
        }
    }

    @Test
    void ordinaryCharactersNeverFoldIntoWhitespaceOrSurrogates() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (CharFolding.kind((char) c) != CharFolding.CHAR) {
                continue;
            }
            char folded = CharFolding.fold((char) c);
            int code = c;
            assertEquals(CharFolding.CHAR, CharFolding.kind(folded),
                    () -> String.format("U+%04X folds to whitespace", code));
            assertEquals(Character.isSurrogate((char) c), Character.isSurrogate(folded));
        }
    }

    @Test
    void everySpaceSeparatorIsWhitespace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.getType(c) == Character.SPACE_SEPARATOR) {
                assertEquals(CharFolding.SPACE, CharFolding.kind((char) c), String.format("U+%04X", c));
            }
        }
    }

    @Test
    void foldPlainIsFoldWhereAPlainStretchGoesOnAndTheMarkerWhereItEnds() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean endsStretch = CharFolding.kind((char) c) != CharFolding.CHAR || CharFolding.fold((char) c) == '(';
            char expected = endsStretch ? CharFolding.NOT_PLAIN : CharFolding.fold((char) c);
            assertEquals(expected, CharFolding.foldPlain((char) c), String.format("U+%04X", c));
        }
    }

    @Test
    void traditionalHanFoldsAcrossAllBlocks() {
        assertEquals('万', CharFolding.fold('萬'));
        // U+4E1F (丟, in the main block) and U+F9B5 (a compatibility form of 例) reach Simplified forms too.
        assertEquals('丢', CharFolding.fold('\u4E1F'));
        assertEquals('例', CharFolding.fold('\uF9B5'));
        assertEquals('马', CharFolding.fold('\u2FBA')); // Kangxi radical horse → 馬 → 马
    }
}
