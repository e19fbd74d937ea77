package io.github.cnstats.internal.units;

import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rates, parenthesised alternatives and class designations, recognised by structure. */
class CompositeUnitTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();

    private static String matchAtStart(String text) {
        return text.substring(0, UNITS.matchLength(text, 0));
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "吨/日，|吨/日|RATE",
            "吨/年|吨/年|RATE",
            "元/人，|元/人|RATE",
            "元/人次|元/人次|RATE",
            "微克/立方米，|微克/立方米|RATE",
            "立方米/年|立方米/年|RATE",
            "公里/小时的|公里/小时|RATE",
            "千瓦时/人|千瓦时/人|RATE",
            "吨／日|吨／日|RATE",
            "人/户|人/户|RATE",
            "毫克/千克|毫克/千克|RATE",
            "吨标准煤/万元，|吨标准煤/万元|RATE",
            "升/百公里|升/百公里|RATE",
            "元/千瓦时|元/千瓦时|RATE",
            "kg/m³|kg/m³|RATE",
    })
    void recognisesRates(String text, String unit, UnitKind kind) {
        assertEquals(unit, matchAtStart(text));
        assertEquals(Optional.of(kind), UNITS.kindOf(unit));
    }

    @Test
    void aSlashWithoutAUnitAfterItEndsTheUnit() {
        assertEquals("吨", matchAtStart("吨/2024年"));
        assertEquals("元", matchAtStart("元/"));
        assertEquals("元", matchAtStart("元/万"));
        assertEquals("年", matchAtStart("年/年级"));
    }

    @Test
    void aSlashBetweenCountersOfOneKindReadsOr() {
        assertEquals(Optional.of(UnitKind.ITEMS), UNITS.kindOf("台/套"));
        assertEquals(Optional.of(UnitKind.ORGANISATIONS), UNITS.kindOf("家/所"));
        assertEquals(Optional.of(UnitKind.RATE), UNITS.kindOf("人/万人"));
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "台(套)，|台(套)|ITEMS",
            "台（套），|台（套）|ITEMS",
            "套(间)|套(间)|ITEMS",
            "套（间）住房|套（间）|ITEMS",
            "辆(艘、架、列)|辆(艘、架、列)|ITEMS",
            "辆(艘、架、列)次，|辆(艘、架、列)次|ITEMS",
            "辆（艘、架、列）次|辆（艘、架、列）次|ITEMS",
            "人(次)|人(次)|PERSONS",
            "家(所)|家(所)|ORGANISATIONS",
            "个(家)|个(家)|ITEMS",
            "件(套),|件(套)|ITEMS",
            "台(套/件)|台(套/件)|ITEMS",
            "台(套,件)|台(套,件)|ITEMS",
            "台(套)/年|台(套)/年|RATE",
            "人(次)/日|人(次)/日|RATE",
            "张(床位)|张(床位)|ITEMS",
            "所（学校）|所（学校）|ORGANISATIONS",
    })
    void recognisesAlternativesInParentheses(String text, String unit, UnitKind kind) {
        assertEquals(unit, matchAtStart(text));
        assertEquals(Optional.of(kind), UNITS.kindOf(unit));
    }

    @Test
    void theSuffixGivesTheKindOfTheUnitItMakes() {
        UnitLexicon lexicon = UnitLexicon.of(Map.of("人", UnitKind.PERSONS, "家", UnitKind.ORGANISATIONS,
                "人次", UnitKind.EVENTS));
        assertEquals(Optional.of(UnitKind.EVENTS), lexicon.kindOf("人(家)次"));
        assertEquals(Optional.of(UnitKind.PERSONS), lexicon.kindOf("人(家)"));
    }

    @Test
    void parenthesesThatDoNotHoldUnitsAreNotPartOfTheUnit() {
        assertEquals("台", matchAtStart("台(含进口)"));
        assertEquals("台", matchAtStart("台()"));
        assertEquals("台", matchAtStart("台(套"));
        assertEquals("台", matchAtStart("台(套、)"));
        assertEquals("台", matchAtStart("台(套;间)"));
        assertEquals("起", matchAtStart("起(同比上升5%)"));
        assertEquals("台(套)", matchAtStart("台(套)汽车"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "吨级油轮|吨级",
            "千瓦级机组|千瓦级",
            "元级产业集群|元级",
            "标箱级|标箱级",
            "纳米级芯片|纳米级",
    })
    void readsClassDesignationsAsOther(String text, String unit) {
        assertEquals(unit, matchAtStart(text));
        assertEquals(Optional.of(UnitKind.OTHER), UNITS.kindOf(unit));
    }

    @Test
    void countersAndTimesMakeNoClassDesignation() {
        assertEquals("个", matchAtStart("个级别"));
        assertEquals("人", matchAtStart("人级"));
        assertEquals(0, UNITS.matchLength("年级", 0));
    }

    @Test
    void unitOfKeepsTheParenthesesAsWritten() {
        assertEquals(new Unit("套（间）", UnitKind.ITEMS), UNITS.unitOf("套（间）"));
        assertEquals(new Unit("套(间)", UnitKind.ITEMS), UNITS.unitOf("套(间)"));
        assertEquals(new Unit("辆（艘、架、列）次", UnitKind.ITEMS), UNITS.unitOf("辆（艘、架、列）次"));
        assertEquals(new Unit("元/人", UnitKind.RATE), UNITS.unitOf("元/人"));
        assertEquals(new Unit("台(含进口)", UnitKind.OTHER), UNITS.unitOf("台(含进口)"));
    }
}
