package io.github.cnstats.internal.format;

import io.github.cnstats.internal.numeral.Numerals;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes one number in the chosen style: {@code 391000}, {@code 39.1万}, {@code 三十九万一千} or {@code 三十九点一万}.
 *
 * <p>The grouped forms scale by one magnitude the way official text does (万 below 10^8, 亿 below 10^12, 万亿
 * above). Rounding applies to the digits as written, so with one digit after the point 391 234 becomes 39.1万
 * when grouped and 391234 when plain.
 *
 * <p><b>Why not ICU.</b> ICU4J's {@code RuleBasedNumberFormat} spell-out for {@code zh} writes 〇 for zero,
 * drops 零 across the 亿 boundary and uses 兆 for 10^12 (see {@code ChineseNumeralWriter}); Chinese numerals
 * therefore come from {@link Numerals#toChinese(BigDecimal)}, which the parser is tested against.
 */
public final class NumberText {

    private final boolean grouped;
    private final boolean chinese;
    private final int maxFractionDigits;

    /**
     * @param grouped           whether to scale by 万/亿/万亿
     * @param chinese           whether to spell the digits in Chinese numerals
     * @param maxFractionDigits digits kept after the point, rounding half up; negative for no rounding
     */
    public NumberText(boolean grouped, boolean chinese, int maxFractionDigits) {
        this.grouped = grouped;
        this.chinese = chinese;
        this.maxFractionDigits = maxFractionDigits;
    }

    /**
     * @param value a number
     * @return its text
     * @throws IllegalArgumentException if the value cannot be written in this style: Chinese numerals for a
     *                                  negative value or a plain one of 10^16 or more, a grouped one above 10^24
     */
    public String write(BigDecimal value) {
        if (value.signum() < 0) {
            if (chinese) {
                throw new IllegalArgumentException("Chinese numerals are written for non-negative values, not "
                        + value.toPlainString());
            }
            return "-" + write(value.negate());
        }
        BigDecimal number = rounded(value);
        if (!grouped) {
            return chinese ? loneOneInArabic(Numerals.toChinese(number)) : Numerals.plain(number);
        }
        String form = Numerals.toMagnitudeForm(number);
        if (!chinese) {
            return form;
        }
        int magnitudeStart = magnitudeStart(form);
        return loneOneInArabic(Numerals.toChinese(new BigDecimal(form.substring(0, magnitudeStart)))
                + form.substring(magnitudeStart));
    }

    /**
     * A numeral that is only 一 is written 1: the parser reads 一起, 一人, 一家 as the words "together", "a
     * person", "a company", which is what they mostly are in official text, so 一 alone would not read back.
     */
    private static String loneOneInArabic(String chineseNumeral) {
        return chineseNumeral.equals("一") ? "1" : chineseNumeral;
    }

    /** The value the text will state, after rounding the digits that are written. */
    private BigDecimal rounded(BigDecimal value) {
        if (maxFractionDigits < 0) {
            return value;
        }
        int shift = grouped ? magnitudeExponent(Numerals.toMagnitudeForm(value.setScale(0, RoundingMode.DOWN))) : 0;
        BigDecimal mantissa = value.movePointLeft(shift).setScale(maxFractionDigits, RoundingMode.HALF_UP);
        // The integer part alone picks the magnitude, so a value with more digits than the magnitude form takes
        // can still be rounded. A carry can reach the next magnitude (9999.96万 → 1亿); toMagnitudeForm then picks that one.
        return mantissa.movePointRight(shift);
    }

    /** Where the trailing 万, 亿 or 万亿 of a magnitude form begins. */
    private static int magnitudeStart(String form) {
        int start = form.length();
        while (start > 0 && (form.charAt(start - 1) == '万' || form.charAt(start - 1) == '亿')) {
            start--;
        }
        return start;
    }

    /** 0, 4, 8 or 12: the power of ten that the magnitude form divided by. */
    private static int magnitudeExponent(String form) {
        String magnitude = form.substring(magnitudeStart(form));
        return switch (magnitude) {
            case "" -> 0;
            case "万" -> 4;
            case "亿" -> 8;
            default -> 12;
        };
    }
}
