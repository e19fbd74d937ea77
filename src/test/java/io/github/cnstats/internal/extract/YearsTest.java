package io.github.cnstats.internal.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reference that is the year before the period makes a change year on year (words/relative-years.txt). */
class YearsTest {

    @Test
    void relativeYearsCountBackFromNow() {
        assertTrue(Years.isYearBefore("去年", "今年"));
        assertTrue(Years.isYearBefore("前年同期", "去年"));
        assertFalse(Years.isYearBefore("前年", "今年"), "two years back");
        assertFalse(Years.isYearBefore("今年", "去年"), "forward, not back");
    }

    @Test
    void calendarYearsInEitherDigits() {
        assertTrue(Years.isYearBefore("2024年", "2025年1至4月"));
        assertTrue(Years.isYearBefore("二〇二四年", "二〇二五年"));
        assertFalse(Years.isYearBefore("两〇二四年", "两〇二五年"), "a year is never written with 两");
        assertFalse(Years.isYearBefore("2023年", "2025年"));
    }

    @Test
    void taiwanYearsHaveThreeDigitsAndMayEndIn度() {
        assertTrue(Years.isYearBefore("113年", "114年1至6月"));
        assertTrue(Years.isYearBefore("一一三年度", "一一四年度"));
        assertTrue(Years.isYearBefore("2021年", "民国111年"), "民国111年 is 2022");
        assertTrue(Years.isYearBefore("110年", "2022年"));
        assertFalse(Years.isYearBefore("113年", "2023年"), "民国113年 is 2024");
        assertFalse(Years.isYearBefore("999年", "1000年"), "999年 is read as 民国 2910");
    }

    @Test
    void aYearTheSentenceNamesBeforeTheComparison() {
        String text = "另据统计,114年度案件数下降";
        assertTrue(Years.isYearBeforeOneIn("113年度", text));
        assertFalse(Years.isYearBeforeOneIn("112年度", text));
        String relative = "去年全区录得罪案,较前年减少";
        assertTrue(Years.isYearBeforeOneIn("前年", relative));
    }
}
