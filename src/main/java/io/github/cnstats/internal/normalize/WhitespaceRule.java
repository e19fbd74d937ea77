package io.github.cnstats.internal.normalize;

import io.github.cnstats.internal.words.CharClasses;

import java.util.BitSet;

/**
 * Decides what a run of whitespace becomes: nothing, one space, or one line break. The rules are listed with
 * examples on {@link TextNormalizer}; this class only applies them.
 */
final class WhitespaceRule {

    /** The decision to drop the run. */
    static final char REMOVE = '\0';

    private WhitespaceRule() {
    }

    /**
     * @param before     the normalised text so far, in {@code before[0..length)}; its last character stands
     *                   before the run
     * @param length     how many characters of {@code before} are written
     * @param lineBreaks how many line breaks the run holds (a paragraph separator counts as two)
     * @param next       the normalised character after the run, or {@code -1} at the end of the text
     * @return {@link #REMOVE}, {@code ' '} or {@code '\n'}
     */
    static char decide(char[] before, int length, int lineBreaks, int next) {
        if (length == 0 || next < 0) {
            return keep(lineBreaks);
        }
        char last = before[length - 1];
        char beforeLast = length > 1 ? before[length - 2] : '\0';
        if (lineBreaks > 0 && awaitsMore(last, beforeLast)) {
            return REMOVE; // 截至⏎⏎8月底: a line cannot end on a word that waits for its object
        }
        if (lineBreaks >= 2 || (lineBreaks == 1 && endsSentence(last, beforeLast))) {
            return '\n';
        }
        if (lineBreaks > 0) {
            // A web page puts a headline, a byline or a paragraph on a line of its own: a line break ends the
            // line's sentence, unless it breaks a number (39.⏎1万起, 39.1⏎万起, 3,⏎291).
            return splitsNumber(last, beforeLast, (char) next) ? REMOVE : '\n';
        }
        return joins(last, beforeLast, (char) next, false) ? REMOVE : keep(lineBreaks);
    }

    private static boolean splitsNumber(char last, char beforeLast, char next) {
        if ((last == '.' || last == ',') && isDigit(beforeLast)) {
            return isDigit(next); // 39.⏎1, 3,⏎291
        }
        // 39⏎.1, 39.1⏎万起, 5.7⏎%; but two numbers on two lines (04/14⏎12:37) stay apart
        return isDigit(last)
                && (next == '.' || CharClasses.MAGNITUDES.indexOf(next) >= 0 || next == '%' || next == '‰');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Words after which a line break cannot end a statement: 截至, 为, 达, 共, 约 ... and list punctuation. At
     * most two characters each, since {@link #awaitsMore} looks at the last two characters only.
     */
    private static final String[] AWAITING = {"截至", "截止", "至", "为", "达", "共", "约", "超", "近", "逾", "、", ",", ":"};

    /** Whether the text ends with one of {@link #AWAITING}; {@code beforeLast} is {@code '\0'} at the start. */
    private static boolean awaitsMore(char last, char beforeLast) {
        for (String word : AWAITING) {
            int n = word.length();
            if (word.charAt(n - 1) == last && (n == 1 || word.charAt(n - 2) == beforeLast)) {
                return true;
            }
        }
        return false;
    }

    private static char keep(int lineBreaks) {
        return lineBreaks > 0 ? '\n' : ' ';
    }

    /** 。 ! ? … at the end of a line, possibly followed by a closing quote; or a full stop not after a digit. */
    private static boolean endsSentence(char last, char beforeLast) {
        if (CharClass.isSentenceEnd(last)) {
            return true;
        }
        if (last == '.') {
            return !(beforeLast >= '0' && beforeLast <= '9');
        }
        return CharClass.isClosing(last) && CharClass.isSentenceEnd(beforeLast);
    }

    private static boolean isIdeograph(char c) {
        return HanScript.IDEOGRAPHS.get(c);
    }

    /**
     * The characters of the Han script other than the numerals (a numeral is part of a number, which joins
     * across a wrap), as a set: {@code Character.UnicodeScript.of} is a binary search over all scripts, and this
     * is asked for every run of spaces. Built on first use.
     */
    private static final class HanScript {
        static final BitSet IDEOGRAPHS = new BitSet(Character.MAX_VALUE + 1);

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    IDEOGRAPHS.set(c);
                }
            }
            (CharClasses.CHINESE_DIGITS + CharClasses.MAGNITUDES).chars().forEach(IDEOGRAPHS::clear);
        }
    }

    /**
     * Whether whitespace between {@code left} and {@code right} is noise inside Chinese text rather than a
     * separator. Latin words keep their spaces; two numbers stay apart; a number broken across lines joins.
     */
    private static boolean joins(char left, char beforeLeft, char right, boolean lineBreak) {
        CharClass l = CharClass.of(left);
        CharClass r = CharClass.of(right);
        if (l == CharClass.OTHER || r == CharClass.OTHER) {
            return false;
        }
        if (l == CharClass.DIGIT && r == CharClass.DIGIT) {
            return false;
        }
        if (!lineBreak && isIdeograph(left) && isIdeograph(right)) {
            // "整治交通违法行为 今年查处酒驾案件": a space between two Han words on one line separates the
            // parts of a headline; a line break there is only a wrap and joins.
            return false;
        }
        if (left == '.' && r == CharClass.DIGIT) {
            // "39.⏎1" is a decimal broken by a line wrap; "1. 2023年" is a list number before a year.
            return lineBreak && beforeLeft >= '0' && beforeLeft <= '9';
        }
        if (right == '.' && l == CharClass.DIGIT) {
            return lineBreak;
        }
        if (l == CharClass.NUMBER_MARK && r == CharClass.DIGIT) {
            return false; // "5% 3" are two figures
        }
        if ((l == CharClass.ASCII_PUNCTUATION && r == CharClass.DIGIT)
                || (l == CharClass.DIGIT && r == CharClass.ASCII_PUNCTUATION)) {
            // "1, 2" stays a list; "3,⏎291" and "截至:⏎2023年" are one line wrapped.
            return lineBreak;
        }
        return true;
    }
}
