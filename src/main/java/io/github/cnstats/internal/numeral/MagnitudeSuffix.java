package io.github.cnstats.internal.numeral;

import java.util.List;

/**
 * Reads a run of magnitude characters that scales a number before it: the 万 of 1.2万, the 千万 of 3千万,
 * the 万亿 of 2万亿, the 亿 of 一点五亿.
 *
 * <p>Accepted shape: at most one unit (十 百 千), first, then any number of 万 and 亿 with no smaller one
 * after a larger one. So 千万, 百亿, 万亿, 亿亿 and the archaic 万万 are read, while 万千, 亿万 (an idiom, not a
 * number) and 十百 are refused. The exponents add up: 千万 = 10^7, 万亿 = 10^12.
 */
final class MagnitudeSuffix {

    private MagnitudeSuffix() {
    }

    /**
     * @param text   the numeral the glyphs come from, for messages
     * @param glyphs its glyphs
     * @param from   first glyph of the suffix
     * @param to     index after the last glyph of the suffix
     * @return the power of ten the suffix spells; 0 for an empty suffix
     * @throws NumberFormatException  if the glyphs are not a magnitude suffix
     * @throws NumeralLimitException if the power exceeds {@link Numerals#MAX_EXPONENT}
     */
    static int exponent(String text, List<Glyph> glyphs, int from, int to) {
        int exponent = 0;
        int previousMagnitude = 0;
        for (int i = from; i < to; i++) {
            Glyph glyph = glyphs.get(i);
            switch (glyph.kind()) {
                case UNIT -> {
                    if (i != from) {
                        throw NumeralErrors.malformed(text, glyph.index(),
                                "a unit (十 百 千) may only open a run of magnitudes, as in 千万");
                    }
                }
                case MAGNITUDE -> {
                    if (glyph.value() < previousMagnitude) {
                        throw NumeralErrors.malformed(text, glyph.index(),
                                "a smaller magnitude may not follow a larger one (write 万亿, not 亿万)");
                    }
                    previousMagnitude = glyph.value();
                }
                default -> throw NumeralErrors.malformed(text, glyph.index(),
                        "'" + text.charAt(glyph.index()) + "' is not a magnitude character (十 百 千 万 亿)");
            }
            exponent += glyph.value();
            // Checked on every step so that a long run fails at its first excess, not after adding it all up.
            Limits.checkExponent(exponent, text);
        }
        return exponent;
    }
}
