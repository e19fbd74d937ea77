package io.github.cnstats.internal.units;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of {@link UnitLexicon#matchLength} over arbitrary text. */
class UnitLexiconProperties {

    private static final UnitLexicon UNITS = UnitLexicon.standard();

    /** A text and a position in it, {@code 0 <= position <= text.length()}. */
    record TextAndPosition(String text, int position) {
    }

    @Provide
    Arbitrary<TextAndPosition> anyTextAndPosition() {
        return texts().flatMap(text -> Arbitraries.integers().between(0, text.length())
                .map(position -> new TextAndPosition(text, position)));
    }

    /**
     * Texts made of unit pieces, the punctuation of composites, digits and any character at all, so that
     * composites, near-composites and noise all occur.
     */
    private static Arbitrary<String> texts() {
        List<String> pieces = new ArrayList<>(UNITS.units().keySet());
        pieces.addAll(UNITS.blocked());
        pieces.addAll(List.of("/", "／", "(", ")", "（", "）", "、", ",", "，", "级", "万", "百", "s", "x", "3"));
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(pieces),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(3));
        return piece.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Property
    void neverThrowsAndNeverRunsPastTheEnd(@ForAll("anyTextAndPosition") TextAndPosition input) {
        int length = UNITS.matchLength(input.text(), input.position());
        assertTrue(length >= 0 && length <= input.text().length() - input.position(),
                () -> "length " + length + " at " + input.position() + " of '" + input.text() + "'");
    }

    @Property
    void whatMatchesIsAUnitOfItsOwnWithTheSameLength(@ForAll("anyTextAndPosition") TextAndPosition input) {
        int length = UNITS.matchLength(input.text(), input.position());
        if (length > 0) {
            String unit = input.text().substring(input.position(), input.position() + length);
            assertEquals(length, UNITS.matchLength(unit, 0), unit);
            assertTrue(UNITS.kindOf(unit).isPresent(), unit);
        }
    }

    @Property
    void fullWidthPunctuationMatchesLikeAscii(@ForAll("anyTextAndPosition") TextAndPosition input) {
        String ascii = UnitTrie.fold(input.text());
        assertEquals(UNITS.matchLength(ascii, input.position()), UNITS.matchLength(input.text(), input.position()));
    }

    @Property(tries = 200)
    void anyStringAtAnyPositionIsSafe(@ForAll String text, @ForAll int seed) {
        int position = Math.floorMod(seed, text.length() + 1);
        int length = UNITS.matchLength(text, position);
        assertTrue(length >= 0 && length <= text.length() - position);
    }
}
