package io.github.cnstats.internal.numeral;

import java.math.BigDecimal;

/**
 * Spells a number in canonical Simplified Chinese numerals, the inverse of {@link ChineseNumeralEvaluator}.
 *
 * <p>Canonical form, as PRC official text and GB/T 15835 write numbers out:
 * <ul>
 *   <li>二, never 两 (一千二百, 二万): 两 before a unit is spoken style and would make the form depend on
 *       the position, while 二 is correct everywhere;</li>
 *   <li>零 for zero, one 零 per run of missing positions, none at the end (一千零五, 三万零二百, 一亿零一万);</li>
 *   <li>十 with no 一 only where it opens the numeral (十, 十四, 十万, 十四亿), 一十 elsewhere (一百一十,
 *       十万零一十四);</li>
 *   <li>万 and 亿 as magnitudes and 万亿 above them (一万二千亿, 三千万亿), not 兆;</li>
 *   <li>a fraction as 点 and its digits one by one (三点一四, 零点五).</li>
 * </ul>
 *
 * <p><b>Why not ICU.</b> ICU4J's {@code RuleBasedNumberFormat} with locale {@code zh} and rule set
 * {@code %spellout-numbering} agrees below 10^8 except that it writes 〇 for zero, but above that it differs
 * from official usage: it drops the 零 across the 亿 boundary (100010000 is 一亿一万, not 一亿零一万) and it
 * uses 兆 for 10^12 (一兆二千亿), which in PRC text means 10^6 (兆瓦). The test
 * {@code ChineseNumeralWriterTest} keeps both facts checked.
 */
final class ChineseNumeralWriter {

    /** Integers are spelled below this bound: 10^16, the first number that would need 亿亿. */
    static final long INTEGER_BOUND = 10_000_000_000_000_000L;

    private static final char[] DIGITS = {'零', '一', '二', '三', '四', '五', '六', '七', '八', '九'};
    private static final char[] UNITS = {0, '十', '百', '千'};
    private static final long YI = 100_000_000L;
    private static final long WAN = 10_000L;

    private ChineseNumeralWriter() {
    }

    /**
     * @param value a number, not negative, below 10^16, with at most {@link Numerals#MAX_NUMERAL_LENGTH}
     *              digits after the point once trailing zeros are stripped
     * @return its canonical spelling
     * @throws IllegalArgumentException if the value is out of that range
     */
    static String write(BigDecimal value) {
        // Range first, with comparisons only: canonical() of 1E+999999999 would build a billion-digit integer.
        if (value.signum() < 0) {
            throw new IllegalArgumentException("Chinese numerals are written for non-negative values, not " + value);
        }
        if (value.compareTo(BigDecimal.valueOf(INTEGER_BOUND)) >= 0) {
            throw new IllegalArgumentException("Chinese numerals are written for values below 10^16");
        }
        int scale = value.stripTrailingZeros().scale();
        if (scale > Numerals.MAX_NUMERAL_LENGTH) {
            // Also keeps a value such as 1E-999999999 from producing a gigabyte of 零.
            throw new IllegalArgumentException("Chinese numerals are written for at most "
                    + Numerals.MAX_NUMERAL_LENGTH + " digits after the point, not " + scale);
        }
        BigDecimal number = Limits.canonical(value);
        long integer = number.longValue();
        StringBuilder out = new StringBuilder();
        if (integer == 0) {
            out.append(DIGITS[0]);
        } else {
            appendInteger(out, integer, true);
        }
        if (number.scale() > 0) {
            out.append('点');
            String plain = number.toPlainString();
            for (int i = plain.indexOf('.') + 1; i < plain.length(); i++) {
                out.append(DIGITS[plain.charAt(i) - '0']);
            }
        }
        return out.toString();
    }

    /** Appends {@code n} (positive) split at 亿 and 万; {@code opening} tells whether it begins the numeral. */
    private static void appendInteger(StringBuilder out, long n, boolean opening) {
        if (n >= YI) {
            appendWithMagnitude(out, n / YI, '亿', n % YI, YI / 10, opening);
        } else if (n >= WAN) {
            appendWithMagnitude(out, n / WAN, '万', n % WAN, WAN / 10, opening);
        } else {
            appendSection(out, (int) n, opening);
        }
    }

    private static void appendWithMagnitude(StringBuilder out, long high, char magnitude, long low,
                                            long gapBelow, boolean opening) {
        appendInteger(out, high, opening);
        out.append(magnitude);
        if (low == 0) {
            return;
        }
        if (low < gapBelow) {
            out.append(DIGITS[0]);   // the position just under the magnitude is empty: 一万零五, 一亿零一万
        }
        appendInteger(out, low, false);
    }

    /** Appends {@code n} in [1, 10 000) with 千 百 十 and the 零 of inner gaps. */
    private static void appendSection(StringBuilder out, int n, boolean opening) {
        boolean written = false;
        boolean gap = false;
        for (int unit = 3; unit >= 0; unit--) {
            int digit = n / pow10(unit) % 10;
            if (digit == 0) {
                gap = written;
                continue;
            }
            if (gap) {
                out.append(DIGITS[0]);
                gap = false;
            }
            boolean bareTen = unit == 1 && digit == 1 && opening && !written;
            if (!bareTen) {
                out.append(DIGITS[digit]);
            }
            if (unit > 0) {
                out.append(UNITS[unit]);
            }
            written = true;
        }
    }

    private static int pow10(int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }
}
