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
}
