package io.github.cnstats.internal.numeral;

import java.math.BigDecimal;
import java.util.List;

/**
 * Computes the value of a Chinese numeral from its {@link Glyph glyphs}.
 *
 * <p>A numeral is an integer part, optionally followed by 点, fraction digits read one by one, and a
 * {@link MagnitudeSuffix magnitude suffix} (廿五点二亿). The integer part is either digit-by-digit (二〇二三: only
 * digits, at least two) or positional. A positional integer is read by splitting it at its largest run of
 * magnitude characters — a run such as 万亿 or 万万 multiplies as one — into a multiplier on the left and a
 * remainder on the right, each read the same way, until what is left is a section below 10 000 made of digits
 * and the units 十 百 千:
 * <pre>
 *   一万二千亿三千万  =  (一万二千 = 12000) × 10^8  +  (三千万 = 30000000)
 * </pre>
 * Both sides must be smaller than the run's power of ten, which refuses 一万零五万 and 三亿五亿 but keeps
 * 两万亿, 一万二千亿 and 四万万.
 *
 * <p>Two readings follow spoken usage:
 * <ul>
 *   <li><b>Elision.</b> A lone digit right after a unit or magnitude, with no 零 between, takes the next lower
 *       unit: 一万五 = 15000, 三千二 = 3200, 两百五 = 250, 一亿五 = 150000000.</li>
 *   <li><b>Zero.</b> 零 marks a gap of at least one missing position and suppresses elision: 一千零五 = 1005,
 *       三万零二百 = 30200. A 零 where nothing is missing is refused inside a section (一千零五百), as is a
 *       doubled or final 零; after a magnitude it is redundant but plain, and read (二十亿零五千万 = 2050000000,
 *       四千万零六千 = 40006000).</li>
 *   <li><b>Digits after a magnitude.</b> Taiwan press writes a magnitude and then every position below it digit
 *       by digit: 九萬三三七九 = 93379. Only a full set of positions is read (four after 万).</li>
 * </ul>
 * A unit with no digit before it counts once, but only where a numeral or section starts or after 零
 * (十四, 百万, 一千零十); 一百十五 is refused. A bare magnitude is itself (万 = 10^4, 万亿 = 10^12). A missing
 * 零 is tolerated, since the value is still plain (一万五百 = 10500); only a lone digit is elided.
 *
 * <p>Cost: each split scans the glyphs once and there is at most one split per glyph, so reading is at worst
 * quadratic in a length already capped at {@link Numerals#MAX_NUMERAL_LENGTH}; recursion depth is capped the
 * same way. No value above 10^{@link Numerals#MAX_EXPONENT} is ever computed.
 */
final class ChineseNumeralEvaluator {

    /** The power of ten that a section stays below: units go up to 千. */
    private static final int SECTION_EXPONENT = 4;

    private final String text;
    private final List<Glyph> glyphs;

    private ChineseNumeralEvaluator(String text, List<Glyph> glyphs) {
        this.text = text;
        this.glyphs = glyphs;
    }

    /**
     * @param text a Chinese numeral
     * @return its value, canonical
     * @throws NumberFormatException  if the text is not a well-formed Chinese numeral
     * @throws NumeralLimitException if it breaks a limit
     */
    static BigDecimal evaluate(String text) {
        Limits.checkLength(text);
        if (text.isEmpty()) {
            throw NumeralErrors.malformed(text, "empty");
        }
        return new ChineseNumeralEvaluator(text, Glyph.tokenize(text, 0, text.length())).number();
    }

    private BigDecimal number() {
        int point = indexOfPoint();
        if (point < 0) {
            return integerPart(0, glyphs.size());
        }
        if (point == 0) {
            throw malformedAt(0, "点 needs a number before it");
        }
        int fractionEnd = point + 1;
        while (fractionEnd < glyphs.size() && glyphs.get(fractionEnd).kind() == Glyph.Kind.DIGIT) {
            fractionEnd++;
        }
        if (fractionEnd == point + 1) {
            throw malformedAt(point, "点 must be followed by at least one digit");
        }
        int suffix = MagnitudeSuffix.exponent(text, glyphs, fractionEnd, glyphs.size());
        if (suffix > 0 && containsMagnitude(0, point)) {
            // 三万五点五万 has no sensible reading: the magnitude after 点 would scale the 万 before it too.
            throw malformedAt(point, "a magnitude may not stand both before and after 点");
        }
        BigDecimal fraction = digitString(point + 1, fractionEnd).movePointLeft(fractionEnd - point - 1);
        return Limits.shift(integerPart(0, point).add(fraction), suffix, text);
    }

    private BigDecimal integerPart(int from, int to) {
        if (allDigits(from, to)) {
            return digitByDigit(from, to);
        }
        return positional(from, to);
    }

    /** 一七五三 = 1753: an integer read digit by digit, zero included. */
    private BigDecimal digitByDigit(int from, int to) {
        return Limits.checkMagnitude(digitString(from, to), text);
    }

    /** The digits of {@code [from, to)} as an integer, unchecked: also used for the digits after 点. */
    private BigDecimal digitString(int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            digits.append((char) ('0' + glyphs.get(i).value()));
        }
        return new BigDecimal(digits.toString());
    }

    /** A positional integer in {@code [from, to)}, not empty, split at its largest run of magnitudes. */
    private BigDecimal positional(int from, int to) {
        int runStart = -1;
        int runEnd = -1;
        long runExponent = 0;
        for (int i = from; i < to; ) {
            if (glyphs.get(i).kind() != Glyph.Kind.MAGNITUDE) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && glyphs.get(end).kind() == Glyph.Kind.MAGNITUDE) {
                end++;
            }
            int exponent = MagnitudeSuffix.exponent(text, glyphs, i, end);
            // ">=": of equal runs the last one is the split point, so 一万零五万 is seen as (一万零五)万 and refused.
            if (exponent >= runExponent) {
                runStart = i;
                runEnd = end;
                runExponent = exponent;
            }
            i = end;
        }
        if (runStart < 0) {
            return BigDecimal.valueOf(section(from, to));
        }
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen((int) runExponent);
        BigDecimal multiplier = runStart == from ? BigDecimal.ONE : positional(from, runStart);
        if (multiplier.compareTo(power) >= 0) {
            throw malformedAt(runStart, "the number before " + runText(runStart, runEnd) + " is too large for it");
        }
        BigDecimal remainder = remainder(runEnd, to, (int) runExponent);
        if (remainder.compareTo(power) >= 0) {
            throw malformedAt(runEnd, "the number after " + runText(runStart, runEnd) + " is too large for it");
        }
        return Limits.checkMagnitude(Limits.shift(multiplier, runExponent, text).add(remainder), text);
    }

    /** What follows a run of magnitudes of power {@code exponent}: empty, 零 and a lower part, or a lower part. */
    private BigDecimal remainder(int from, int to, int exponent) {
        if (from == to) {
            return BigDecimal.ZERO;
        }
        if (to - from == exponent && allDigits(from, to)) {
            // Taiwan press: 九萬三三七九 = 93379, 一萬〇〇〇五 = 10005: the magnitude, then every position below it
            // digit by digit. Only a full set of positions is read; 九万三三 could be 93300 or 90033 and is refused.
            return digitString(from, to);
        }
        boolean gap = glyphs.get(from).isZero();
        int start = gap ? from + 1 : from;
        if (start == to) {
            throw malformedAt(from, "零 must be followed by the rest of the number");
        }
        Glyph first = glyphs.get(start);
        if (first.kind() == Glyph.Kind.MAGNITUDE) {
            throw malformedAt(start, "a magnitude here needs a number before it");
        }
        if (!gap && to - start == 1 && first.kind() == Glyph.Kind.DIGIT) {
            // Elision: 一万五 = 15000, 两万亿五 = 2.5万亿.
            return BigDecimal.valueOf(first.value()).scaleByPowerOfTen(exponent - 1);
        }
        // A 零 after a magnitude where nothing is missing (二十亿零五千万, 四千万零六千) is redundant but plain: the
        // part after it is below the magnitude's power (checked by the caller) and 零 stops elision, so there is
        // one value only. Inside a section (一千零五百) it is still refused.
        return positional(start, to);
    }

    /** A section below 10 000: digits, 廿 卅 卌, the units 十 百 千 and gap-marking 零; no magnitudes. */
    private int section(int from, int to) {
        int value = 0;
        int lastUnit = SECTION_EXPONENT;      // the units seen so far must strictly decrease
        int pending = -1;                     // a digit still waiting for its unit
        boolean zeroSinceUnit = false;        // a 零 stands between the last unit and here
        boolean pendingAfterZero = false;
        Glyph previous = null;
        for (int i = from; i < to; i++) {
            Glyph glyph = glyphs.get(i);
            switch (glyph.kind()) {
                case DIGIT -> {
                    if (glyph.isZero()) {
                        // Only after 百 or 千 can a position be missing (一百零五, 一千零十).
                        if (previous == null || previous.kind() != Glyph.Kind.UNIT || lastUnit < 2) {
                            throw malformedAt(i, "零 may only follow 百 or 千, to mark a gap");
                        }
                        zeroSinceUnit = true;
                    } else {
                        if (pending >= 0) {
                            throw malformedAt(i, "two digits in a row need a unit between them");
                        }
                        pending = glyph.value();
                        pendingAfterZero = zeroSinceUnit;
                    }
                }
                case TENS -> {
                    if (pending >= 0 || lastUnit <= 1 || zeroSinceUnit && lastUnit <= 2) {
                        throw malformedAt(i, "廿 卅 卌 must stand where the tens go");
                    }
                    value += glyph.value() * 10;
                    lastUnit = 1;
                    zeroSinceUnit = false;
                }
                case UNIT -> {
                    int unit = glyph.value();
                    if (unit >= lastUnit) {
                        throw malformedAt(i, "units must go from larger to smaller (千 百 十)");
                    }
                    if (zeroSinceUnit && unit >= lastUnit - 1) {
                        throw malformedAt(i, "零 marks a missing position, but nothing is missing here");
                    }
                    int multiplier;
                    if (pending >= 0) {
                        multiplier = pending;
                    } else if (i == from || previous.isZero()) {
                        multiplier = 1;          // 十四, 百万, 一千零十
                    } else {
                        throw malformedAt(i, "this unit needs a digit before it");
                    }
                    value += multiplier * pow10(unit);
                    lastUnit = unit;
                    pending = -1;
                    zeroSinceUnit = false;
                }
                default -> throw new IllegalStateException("section given a " + glyph.kind() + " glyph");
            }
            previous = glyph;
        }
        if (previous.isZero()) {
            throw malformedAt(to - 1, "零 must be followed by the rest of the number");
        }
        if (pending >= 0) {
            // Elision: 三千二 = 3200, 两百五 = 250; after 零 the digit is units (一千零五 = 1005).
            boolean elided = !pendingAfterZero && lastUnit < SECTION_EXPONENT;
            value += pending * (elided ? pow10(lastUnit - 1) : 1);
        }
        return value;
    }

    private int indexOfPoint() {
        int found = -1;
        for (int i = 0; i < glyphs.size(); i++) {
            if (glyphs.get(i).kind() == Glyph.Kind.POINT) {
                if (found >= 0) {
                    throw malformedAt(i, "a numeral has at most one 点");
                }
                found = i;
            }
        }
        return found;
    }

    private boolean allDigits(int from, int to) {
        for (int i = from; i < to; i++) {
            if (glyphs.get(i).kind() != Glyph.Kind.DIGIT) {
                return false;
            }
        }
        return true;
    }

    private boolean containsMagnitude(int from, int to) {
        for (int i = from; i < to; i++) {
            if (glyphs.get(i).kind() == Glyph.Kind.MAGNITUDE) {
                return true;
            }
        }
        return false;
    }

    private String runText(int from, int to) {
        return text.substring(glyphs.get(from).index(), glyphs.get(to - 1).index() + 1);
    }

    private NumberFormatException malformedAt(int glyphIndex, String reason) {
        int index = glyphIndex < glyphs.size() ? glyphs.get(glyphIndex).index() : text.length();
        return NumeralErrors.malformed(text, index, reason);
    }

    private static int pow10(int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }
}
