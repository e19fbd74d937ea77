package io.github.cnstats.internal.parse;

import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.units.UnitLexicon;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitTypesTest {

    @Test
    void everyUnitGetsItsOwnTypeWhateverWasRememberedBefore() {
        UnitLexicon units = UnitLexicon.standard();
        List<Map.Entry<String, UnitKind>> all = new ArrayList<>(units.units().entrySet());
        UnitTypes types = new UnitTypes(units);
        Random random = new Random(6);
        for (int round = 0; round < 3; round++) {
            Collections.shuffle(all, random);
            for (Map.Entry<String, UnitKind> unit : all) {
                String text = "共" + unit.getKey() + "。";
                int expected = switch (unit.getKey()) {
                    case "点" -> StatsLexer.POINT; // read by a clock time too (凌晨3点)
                    case "时" -> StatsLexer.HOUR;
                    default -> switch (units.kindOf(unit.getKey()).orElse(UnitKind.OTHER)) {
                        case TIME -> StatsLexer.TIME_UNIT;
                        case MONEY -> StatsLexer.MONEY_UNIT;
                        default -> StatsLexer.UNIT;
                    };
                };
                assertEquals(expected, types.typeOf(text, 1, 1 + unit.getKey().length()), unit.getKey());
            }
        }
    }
}
