package io.github.cnstats.internal.parse;

import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;

/**
 * The token type of a unit the lexer matched ({@code TIME_UNIT}, {@code MONEY_UNIT} or {@code UNIT}), from its
 * kind in the lexicon; 点 and 时 have types of their own ({@code POINT}, {@code HOUR}).
 *
 * <p>The kind comes from {@link SharedUnits}, which finds the units met before by their characters in place:
 * asking {@link UnitLexicon#kindOf} directly meant cutting a new string out of the sentence for every unit,
 * and an {@code Optional} for the answer, an eighth of what lexing and parsing allocated.
 *
 * <p>Not thread-safe: one per lexer.
 */
final class UnitTypes {

    private final SharedUnits units;

    UnitTypes(UnitLexicon units) {
        this.units = new SharedUnits(units);
    }

    /**
     * The token type of the unit {@code text.substring(start, end)}: {@code POINT} and {@code HOUR} for 点 and 时,
     * the units a clock time reads too (凌晨3点, 晚上8时: see {@code clockHours} in the grammar).
     */
    int typeOf(String text, int start, int end) {
        if (end - start == 1 && (text.charAt(start) == '点' || text.charAt(start) == '时')) {
            return text.charAt(start) == '点' ? StatsLexer.POINT : StatsLexer.HOUR;
        }
        UnitKind kind = units.of(text, start, end).kind();
        return kind == UnitKind.TIME ? StatsLexer.TIME_UNIT
                : kind == UnitKind.MONEY ? StatsLexer.MONEY_UNIT : StatsLexer.UNIT;
    }
}
