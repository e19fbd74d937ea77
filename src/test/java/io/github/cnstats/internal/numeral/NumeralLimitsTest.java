package io.github.cnstats.internal.numeral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;

import static io.github.cnstats.internal.numeral.NumeralAssertions.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile input is refused quickly, with a {@link NumeralLimitException} that names the limit. */
class NumeralLimitsTest {

    /** Generous: each of these should take microseconds. */
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    private static final String HUGE_MAGNITUDES = "万" + "亿".repeat(100_000);

    private static void assertLimit(NumeralLimitException.Limit limit, Executable call) {
        assertTimeoutPreemptively(QUICKLY, () -> {
            NumeralLimitException e = assertThrows(NumeralLimitException.class, call);
            assertEquals(limit, e.limit());
            String name = limit == NumeralLimitException.Limit.LENGTH ? "MAX_NUMERAL_LENGTH" : "MAX_EXPONENT";
            assertTrue(e.getMessage().contains(name), e::getMessage);
        });
    }

    @Test
    void refusesOverlongNumeralsUnread() {
        assertLimit(NumeralLimitException.Limit.LENGTH, () -> Numerals.parseChinese(HUGE_MAGNITUDES));
        assertLimit(NumeralLimitException.Limit.LENGTH, () -> Numerals.parseMixed(HUGE_MAGNITUDES));
        assertLimit(NumeralLimitException.Limit.LENGTH, () -> Numerals.parseMixed("1" + HUGE_MAGNITUDES));
        assertLimit(NumeralLimitException.Limit.LENGTH, () -> Numerals.parseArabic("9".repeat(100_000)));
        assertLimit(NumeralLimitException.Limit.LENGTH,
                () -> Numerals.applyMagnitudes(BigDecimal.ONE, HUGE_MAGNITUDES));
        assertLimit(NumeralLimitException.Limit.LENGTH, () -> Numerals.parseTenths("七成" + "五".repeat(100_000)));
    }

    @Test
    void lengthLimitIsSixtyFourCharacters() {
        String sixtyFour = "1" + "0".repeat(23) + "." + "5".repeat(39);
        assertEquals(Numerals.MAX_NUMERAL_LENGTH, sixtyFour.length());
        assertEquals(0, new BigDecimal(sixtyFour).compareTo(Numerals.parseArabic(sixtyFour)));
        assertLimit(NumeralLimitException.Limit.LENGTH, () -> Numerals.parseArabic(sixtyFour + "5"));
        assertLimit(NumeralLimitException.Limit.LENGTH, () -> Numerals.parseChinese("〇".repeat(65)));
    }

    @ParameterizedTest(name = "\"{0}\" is too large")
    @ValueSource(strings = {
        "亿亿亿亿", "万亿亿亿", "十亿亿亿", "一亿亿亿零一", "一点五亿亿亿", "亿亿亿亿亿亿亿亿",
        "一〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇", "九千九百九十九万九千九百九十九亿亿亿"
    })
    void refusesChineseNumeralsAboveTheMagnitudeLimit(String input) {
        assertLimit(NumeralLimitException.Limit.MAGNITUDE, () -> Numerals.parseChinese(input));
    }

    @ParameterizedTest(name = "\"{0}\" is too large")
    @ValueSource(strings = {"1" + "0000000000" + "0000000000" + "00000", "1,000,000,000,000,000,000,000,001",
        "1.5亿亿亿", "10亿亿亿", "1万亿亿亿", "0亿亿亿亿"})
    void refusesMixedAndArabicNumeralsAboveTheMagnitudeLimit(String input) {
        assertLimit(NumeralLimitException.Limit.MAGNITUDE, () -> Numerals.parseMixed(input));
    }

    @Test
    void theLimitItselfIsAllowed() {
        String limit = "1" + "0".repeat(Numerals.MAX_EXPONENT);
        assertValue(limit, Numerals.parseChinese("一亿亿亿"), "一亿亿亿");
        assertValue(limit, Numerals.parseChinese("一" + "〇".repeat(Numerals.MAX_EXPONENT)), "一〇…");
        assertValue(limit, Numerals.parseArabic(limit), limit);
        assertValue(limit, Numerals.parseMixed("1亿亿亿"), "1亿亿亿");
        assertValue(limit, Numerals.parseMixed("1万万万万万万"), "1万万万万万万");
    }

    @Test
    void hostileBaseValuesAreRefusedFromTheirExponent() {
        assertLimit(NumeralLimitException.Limit.MAGNITUDE,
                () -> Numerals.applyMagnitudes(new BigDecimal("1E+999999999"), "万"));
        assertLimit(NumeralLimitException.Limit.MAGNITUDE,
                () -> Numerals.applyMagnitudes(new BigDecimal("1E+999999999"), ""));
        assertLimit(NumeralLimitException.Limit.MAGNITUDE,
                () -> Numerals.applyMagnitudes(new BigDecimal("-2E+30"), "万"));
        assertTimeoutPreemptively(QUICKLY, () -> assertEquals(0, new BigDecimal("1E-999999995")
                .compareTo(Numerals.applyMagnitudes(new BigDecimal("1E-999999999"), "万"))));
    }

    @Test
    void longButLegalNumeralsAreQuick() {
        // The longest spellings the evaluator accepts, and long ones it refuses deep inside, all within the cap.
        String longest = "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九点" + "九".repeat(32);
        assertTimeoutPreemptively(QUICKLY, () -> Numerals.parseChinese(longest));
        String nested = "一万".repeat(32);
        assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(NumberFormatException.class, () -> Numerals.parseChinese(nested)));
        String myriads = "万".repeat(Numerals.MAX_NUMERAL_LENGTH);
        assertLimit(NumeralLimitException.Limit.MAGNITUDE, () -> Numerals.parseChinese(myriads));
    }
}
