package io.github.cnstats.internal.units;

import io.github.cnstats.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Latin units after numbers in Chinese text, and the rule that no Latin letter may follow them. */
class LatinUnitTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "kg，|kg|MASS",
            "km的|km|LENGTH",
            "MW机组|MW|POWER",
            "GW，|GW|POWER",
            "kW|kW|POWER",
            "kWh，|kWh|ENERGY",
            "TEU，|TEU|CONTAINERS",
            "MWt的|MWt|POWER",
            "km²|km²|AREA",
            "Mbps|Mbps|RATE",
            "kW·h|kW·h|ENERGY",
    })
    void matchesLatinUnitsFollowedByNoLatinLetter(String text, String unit, UnitKind kind) {
        assertEquals(unit.length(), UNITS.matchLength(text, 0));
        assertEquals(Optional.of(kind), UNITS.kindOf(unit));
    }

    @ParameterizedTest(name = "nothing in {0}")
    @ValueSource(strings = {"kms", "kWhx", "MWs", "TEUs", "kgf", "Km", "KG", "mw", "tEU", "G基站", "k"})
    void matchesNothingWhereTheWordGoesOnOrTheCaseDiffers(String text) {
        assertEquals(0, UNITS.matchLength(text, 0));
    }

    @Test
    void aShorterLatinUnitIsTakenWhenTheLongerOneFailsTheBoundary() {
        assertEquals("MW".length(), UNITS.matchLength("MW2台", 0));
        assertEquals(0, UNITS.matchLength("MWtx", 0));
        assertEquals("MWt".length(), UNITS.matchLength("MWt机组", 0));
    }

    @Test
    void chineseTextMayFollowDirectly() {
        assertEquals(2, UNITS.matchLength("装机1200MW，", 6));
    }
}
