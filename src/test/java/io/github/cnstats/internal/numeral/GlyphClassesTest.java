package io.github.cnstats.internal.numeral;

import io.github.cnstats.internal.words.CharClasses;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The numeral reader knows each character's value by a switch of its own; it must know every character the
 * grammar reads as a Chinese digit or a magnitude ({@link CharClasses}, held to the grammar by
 * {@code CharClassesGrammarTest}), or a numeral the grammar found would be refused as malformed.
 */
class GlyphClassesTest {

    @Test
    void everyDigitAndMagnitudeOfTheGrammarHasAGlyphOfItsKind() {
        for (char c : CharClasses.CHINESE_DIGITS.toCharArray()) {
            Glyph glyph = Glyph.classify(c, 0);
            assertNotNull(glyph, String.valueOf(c));
            Glyph.Kind expected = CharClasses.TENS.indexOf(c) >= 0 ? Glyph.Kind.TENS : Glyph.Kind.DIGIT;
            assertEquals(expected, glyph.kind(), String.valueOf(c));
            assertEquals(CharClasses.ZEROS.indexOf(c) >= 0, glyph.isZero(), String.valueOf(c));
        }
        for (char c : CharClasses.MAGNITUDES.toCharArray()) {
            Glyph glyph = Glyph.classify(c, 0);
            assertNotNull(glyph, String.valueOf(c));
            assertTrue(Set.of(Glyph.Kind.UNIT, Glyph.Kind.MAGNITUDE).contains(glyph.kind()), String.valueOf(c));
        }
    }
}
