package io.github.cnstats.internal.units;

import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Listed units in the standard lexicon: longest match, kinds, blocked words. */
class SimpleUnitMatchTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();

    /** The unit matched at the start of {@code text}. */
    private static String matchAtStart(String text) {
        return text.substring(0, UNITS.matchLength(text, 0));
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
            "人次增长, 人次, PERSONS",
            "人，同比, 人, PERSONS",
            "千瓦时，, 千瓦时, ENERGY",
            "千瓦，, 千瓦, POWER",
            "平方公里的, 平方公里, AREA",
            "平方的住房, 平方, AREA",
            "个月环比下降, 个月, TIME",
            "个季度, 个季度, TIME",
            "个项目, 个, ITEMS",
            "吨标准煤，, 吨标准煤, ENERGY",
            "吨公里, 吨公里, OTHER",
            "吨，, 吨, MASS",
            "港元，, 港元, MONEY",
            "新台币, 新台币, MONEY",
            "台币, 台币, MONEY",
            "台设备, 台, ITEMS",
            "起，同比上升, 起, CASES",
            "宗，, 宗, CASES",
            "户次, 户次, HOUSEHOLDS",
            "家次, 家次, ORGANISATIONS",
            "标箱, 标箱, CONTAINERS",
            "℃左右, ℃, TEMPERATURE",
            "年度, 年度, TIME",
            "月底, 月底, TIME",
            "辆次, 辆次, ITEMS",
            "场次, 场次, EVENTS",
    })
    void takesTheLongestListedUnit(String text, String unit, UnitKind kind) {
        assertEquals(unit, matchAtStart(text));
        assertEquals(Optional.of(kind), UNITS.kindOf(unit));
    }

    @Test
    void matchesInsideASentenceAtTheGivenPosition() {
        String sentence = "全年共侦破盗窃案件8163起，抓获犯罪嫌疑人1.8万余人次";
        int afterCases = sentence.indexOf("8163") + 4;
        assertEquals(1, UNITS.matchLength(sentence, afterCases));
        int afterPeople = sentence.indexOf("余") + 1;
        assertEquals(2, UNITS.matchLength(sentence, afterPeople));
        assertEquals(0, UNITS.matchLength(sentence, sentence.indexOf("8163")));
    }

    @ParameterizedTest(name = "nothing at {0}")
    @CsvSource({"年级学生", "周岁以上", "个百分点", "百分点", "部门联合印发", "升至102", "例如", "卡", "大运营商", "点意见", "岁",
            "届", "号", "型", "级", "期工程"})
    void findsNoUnitWhereAWordIsNotOne(String text) {
        assertEquals(0, UNITS.matchLength(text, 0));
    }

    @Test
    void aBlockedWordHidesOnlyTheShorterUnitsItStartsWith() {
        assertEquals(1, UNITS.matchLength("年，", 0));
        assertEquals(1, UNITS.matchLength("周，", 0));
        assertEquals(1, UNITS.matchLength("升汽油", 0));
        assertEquals(1, UNITS.matchLength("部手机", 0));
    }

    @Test
    void matchesNothingAtTheEndOrInEmptyText() {
        assertEquals(0, UNITS.matchLength("", 0));
        assertEquals(0, UNITS.matchLength("8163起", 5));
    }

    @Test
    void rejectsPositionsOutsideTheText() {
        assertThrows(IndexOutOfBoundsException.class, () -> UNITS.matchLength("起", 2));
        assertThrows(IndexOutOfBoundsException.class, () -> UNITS.matchLength("起", -1));
    }

    @Test
    void kindOfIsEmptyUnlessTheWholeTextIsOneUnit() {
        assertEquals(Optional.empty(), UNITS.kindOf("吨吨"));
        assertEquals(Optional.empty(), UNITS.kindOf("人民"));
        assertEquals(Optional.empty(), UNITS.kindOf("年级"));
        assertEquals(Optional.empty(), UNITS.kindOf(""));
    }

    @Test
    void unitOfKeepsTheTextAndFallsBackToOther() {
        assertEquals(new Unit("人次", UnitKind.PERSONS), UNITS.unitOf("人次"));
        assertEquals(new Unit("岁", UnitKind.OTHER), UNITS.unitOf("岁"));
        assertThrows(IllegalArgumentException.class, () -> UNITS.unitOf(" "));
    }

    @Test
    void standardIsLoadedOnce() {
        assertSame(UNITS, UnitLexicon.standard());
    }
}
