package io.github.cnstats.internal.numeral;

import java.util.ArrayList;
import java.util.List;

/**
 * One character of a Chinese numeral, classified: the tokens that {@link ChineseNumeralEvaluator} works on.
 *
 * <p>Besides the Simplified characters that normalised text contains, the table also takes the Traditional
 * ones (萬 億 兩 點) and the financial capitals (壹 贰 … 拾 佰 仟), so that the arithmetic does not depend on
 * normalisation having run.
 *
 * @param kind  what the character does in a numeral
 * @param value for {@link Kind#DIGIT} the digit 0–9; for {@link Kind#TENS} the tens digit (廿 = 2);
 *              for {@link Kind#UNIT} and {@link Kind#MAGNITUDE} the power of ten (百 = 2, 万 = 4);
 *              0 for {@link Kind#POINT}
 * @param index where the character is in the numeral's text
 */
record Glyph(Kind kind, int value, int index) {

    /** What a character does in a numeral. */
    enum Kind {
        /** 零〇○一二两…九: a digit, zero included. */
        DIGIT,
        /** 廿 卅 卌: a whole number of tens in one character (20, 30, 40). */
        TENS,
        /** 十 百 千: a unit inside a four-digit section. */
        UNIT,
        /** 万 亿: a magnitude that multiplies everything of its section and below. */
        MAGNITUDE,
        /** 点: the decimal point. */
        POINT
    }

    /** @return whether this is the digit zero (零 〇 ○), which in positional numerals marks a gap */
    boolean isZero() {
        return kind == Kind.DIGIT && value == 0;
    }

    /**
     * Classifies the characters {@code text[from, to)}.
     *
     * @param text the numeral
     * @param from first index to classify
     * @param to   index after the last one
     * @return one glyph per character
     * @throws NumberFormatException at the first character that is not part of a Chinese numeral
     */
    static List<Glyph> tokenize(String text, int from, int to) {
        List<Glyph> glyphs = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Glyph glyph = classify(text.charAt(i), i);
            if (glyph == null) {
                throw NumeralErrors.malformed(text, i, "'" + text.charAt(i) + "' is not a Chinese numeral character");
            }
            glyphs.add(glyph);
        }
        return glyphs;
    }

    /**
     * @param c     a character
     * @param index its index, recorded in the glyph
     * @return its glyph, or {@code null} if it has no place in a Chinese numeral
     */
    static Glyph classify(char c, int index) {
        return switch (c) {
            // ○ (U+25CB WHITE CIRCLE) is how many documents type the zero of digit-by-digit years and numbers.
            case '零', '〇', '○' -> new Glyph(Kind.DIGIT, 0, index);
            case '一', '壹' -> new Glyph(Kind.DIGIT, 1, index);
            case '二', '两', '兩', '贰', '貳' -> new Glyph(Kind.DIGIT, 2, index);
            case '三', '叁', '叄', '参', '參' -> new Glyph(Kind.DIGIT, 3, index);
            case '四', '肆' -> new Glyph(Kind.DIGIT, 4, index);
            case '五', '伍' -> new Glyph(Kind.DIGIT, 5, index);
            case '六', '陆', '陸' -> new Glyph(Kind.DIGIT, 6, index);
            case '七', '柒' -> new Glyph(Kind.DIGIT, 7, index);
            case '八', '捌' -> new Glyph(Kind.DIGIT, 8, index);
            case '九', '玖' -> new Glyph(Kind.DIGIT, 9, index);
            case '廿' -> new Glyph(Kind.TENS, 2, index);
            case '卅' -> new Glyph(Kind.TENS, 3, index);
            case '卌' -> new Glyph(Kind.TENS, 4, index);
            case '十', '拾' -> new Glyph(Kind.UNIT, 1, index);
            case '百', '佰' -> new Glyph(Kind.UNIT, 2, index);
            case '千', '仟' -> new Glyph(Kind.UNIT, 3, index);
            case '万', '萬' -> new Glyph(Kind.MAGNITUDE, 4, index);
            case '亿', '億' -> new Glyph(Kind.MAGNITUDE, 8, index);
            case '兆' -> new Glyph(Kind.MAGNITUDE, 12, index); // 10^12, as Taiwan writes it (新台币3兆元)
            case '点', '點' -> new Glyph(Kind.POINT, 0, index);
            default -> null;
        };
    }
}
