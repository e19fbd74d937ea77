package io.github.cnstats.internal.parse;

import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.units.UnitLexicon;

/**
 * The token type of a unit the lexer matched ({@code TIME_UNIT}, {@code MONEY_UNIT} or {@code UNIT}), from its
 * kind in the lexicon, with the last units met remembered by their text.
 *
 * <p>{@link UnitLexicon#kindOf} takes the unit's text as a {@code String}, so asking it meant cutting a new
 * string out of the sentence for every unit, and an {@code Optional} for the answer: an eighth of what lexing
 * and parsing allocated. An article uses a few dozen units again and again (万元, 个, 人, 年…), so the answer
 * for each is kept in a small table, found by the hash of the characters in place and checked against them
 * there. The kind of a text never changes (the lexicon is immutable), so a remembered answer is the answer.
 *
 * <p>Not thread-safe: one per lexer.
 */
final class UnitTypes {

    private static final int SLOTS = 64;

    private final UnitLexicon units;
    private final String[] texts = new String[SLOTS];
    private final int[] types = new int[SLOTS];

    UnitTypes(UnitLexicon units) {
        this.units = units;
    }

    /** The token type of the unit {@code text.substring(start, end)}. */
    int typeOf(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String known = texts[slot];
        if (known != null && known.length() == end - start && text.startsWith(known, start)) {
            return types[slot];
        }
        String unit = text.substring(start, end);
        UnitKind kind = units.kindOf(unit).orElse(UnitKind.OTHER);
        int type = kind == UnitKind.TIME ? StatsLexer.TIME_UNIT
                : kind == UnitKind.MONEY ? StatsLexer.MONEY_UNIT : StatsLexer.UNIT;
        texts[slot] = unit;
        types[slot] = type;
        return type;
    }
}
