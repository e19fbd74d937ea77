package io.github.cnstats.internal.ast;

import io.github.cnstats.ParserLimits;
import io.github.cnstats.Period;
import io.github.cnstats.internal.ast.Node.PeriodPhrase;
import io.github.cnstats.internal.parse.ParsedSentence;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grammar's period rule as {@link AstBuilder#periods} gives it: each alternative with its kind, the longest
 * reading at a place, and the places where a period-like text is none (a basis, a title, a grade).
 */
class PeriodRuleTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final SentenceParser PARSER = new SentenceParser(UNITS);
    private static final AstBuilder AST = new AstBuilder(new SharedUnits(UNITS),
            new NumeralReader(ParserLimits.defaults()));

    /** Each period stands before a statistic of its own, so that the sentence is parsed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "截至10月底          | UP_TO",
            "截止到2025年6月30日  | UP_TO",
            "截至目前            | UP_TO",
            "截至15日            | UP_TO",
            "到2030年            | UP_TO",
            "截至三季度末         | UP_TO",
            "今年前10个月         | UP_TO",
            "前二季度            | UP_TO",
            "前9月              | UP_TO",
            "首八个月            | UP_TO",
            "去年以来            | SINCE",
            "自2021年3月以来      | SINCE",
            "至今               | SINCE",
            "三年来             | DURATION",
            "近年来             | DURATION",
            "最近四年            | DURATION",
            "连续5个月           | DURATION",
            "2025年2至5月        | MONTHS",
            "3月—7月份          | MONTHS",
            "9月份              | MONTHS",
            "第二季度            | MONTHS",
            "四季度末            | MONTHS",
            "首二季             | MONTHS",
            "下半年             | MONTHS",
            "上月               | MONTHS",
            "8月底              | MONTHS",
            "2022年             | YEAR",
            "二〇二二年           | YEAR",
            "明年               | YEAR",
            "2021年末           | YEAR",
            "2021年全年          | YEAR",
            "全年               | YEAR",
            "年内               | YEAR",
            "“一五”时期          | OTHER",
            "上周               | OTHER",
            "本周               | OTHER",
            "昨日               | OTHER",
            "今年一季度以来        | SINCE",
            "2026年至今          | SINCE",
    })
    void eachShapeIsOnePeriodOfItsKind(String period, Period.Kind kind) {
        String sentence = period + ",产量增长4.2%。";
        assertEquals(List.of(period + " " + kind), periods(sentence));
    }

    @Test
    void aPeriodIsReadWholeWhereALongerReadingStartsTheSameWay() {
        assertEquals(List.of("2024年5月 MONTHS"), periods("2024年5月,产量增长4.2%。"));
        assertEquals(List.of("2024年5月以来 SINCE"), periods("2024年5月以来,产量增长4.2%。"));
        assertEquals(List.of("二〇二四年一季度 MONTHS"), periods("二〇二四年一季度,产量增长4.2%。"));
        // Months with and without 以来 are one alternative, so SLL reads both (see the grammar's sinceEnd); a
        // date with its day reads its year and months, as before.
        assertEquals(List.of("今年2月至9月 MONTHS"), periods("今年2月至9月,产量增长4.2%。"));
        assertEquals(List.of("今年2月至9月以来 SINCE"), periods("今年2月至9月以来,产量增长4.2%。"));
        assertEquals(List.of("今年2月至9月份 MONTHS"), periods("今年2月至9月份同比下降3.5%。"));
        assertEquals(List.of("2026年07月 MONTHS"), periods("2026年07月14日,产量增长4.2%。"));
        assertEquals(List.of("十一月 MONTHS"), periods("十一月,产量增长4.2%。"));
        assertEquals(List.of("2024年 YEAR", "2025年3月 MONTHS"), periods("2024年产量增长4.2%,2025年3月下降1%。"));
    }

    @Test
    void aPeriodAfterAComparisonIsItsBasisAndNoPeriod() {
        assertEquals(List.of(), periods("产量比2020年增长4.2%。"));
        assertEquals(List.of(), periods("产量与去年一季度相比增长4.2%。"));
        assertEquals(List.of(), periods("产量环比上月增长4.2%。"));
    }

    @Test
    void aTitleOrAGradeIsNoPeriod() {
        assertEquals(List.of(), periods("2023年度报告显示产量增长4.2%。"));
        assertEquals(List.of(), periods("三年级学生增加120人。"));
    }

    @Test
    void theChuOfChubuIsNoStartOfAYearOrMonth() {
        // 初步 (preliminary): the period is the year or month before it, not its start.
        assertEquals(List.of("2025年 YEAR"), periods("2025年初步核算,产量增长4.2%。"));
        assertEquals(List.of("10月 MONTHS"), periods("10月初步统计,产量增长4.2%。"));
        assertEquals(List.of("2025年初 YEAR"), periods("2025年初,产量增长4.2%。"));
        assertEquals(List.of("截至10月初 UP_TO"), periods("截至10月初,产量增长4.2%。"));
    }

    @Test
    void aStreakHoldsInItsOwnClauseAndOtherPeriodsThroughTheSentence() {
        String sentence = "今年以来,产量连续5个月增长,增幅4.2%。";
        List<PeriodPhrase> found = AST.periods(PARSER.parse(sentence), sentence, 0);
        assertEquals(2, found.size());
        PeriodPhrase since = found.get(0);
        PeriodPhrase streak = found.get(1);
        int inStreakClause = sentence.indexOf("增长");
        int nextClause = sentence.indexOf("4.2");
        assertTrue(streak.holdsAt(inStreakClause));
        assertFalse(streak.holdsAt(nextClause));
        assertTrue(since.holdsAt(nextClause));
        assertFalse(since.holdsAt(since.start()));
    }

    /** The periods of {@code sentence}, each as its text and kind. */
    private static List<String> periods(String sentence) {
        ParsedSentence parsed = PARSER.parse(sentence);
        return AST.periods(parsed, sentence, 0).stream()
                .map(p -> sentence.substring(p.start(), p.end()) + " " + p.kind())
                .toList();
    }
}
