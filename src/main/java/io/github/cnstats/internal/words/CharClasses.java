package io.github.cnstats.internal.words;

/**
 * The classes of characters that the grammar's lexer and the Java stages both need to know, written once
 * here for the Java side. The lexer spells the same sets in {@code StatsLexer.g4} (the fragment
 * {@code CN_DIGIT}, the tokens {@code MAGNITUDE}, {@code CLAUSE_SEP} and {@code SENTENCE_END}), since a grammar
 * cannot read a Java constant; {@code CharClassesGrammarTest} lexes every character to hold the two to each
 * other, so neither can gain or lose a character alone.
 *
 * <p>The sets are of normalised text: full-width {@code ，；：！？} are ASCII by then.
 */
public final class CharClasses {

    /**
     * The Chinese digits read one by one (二〇二三, 三点一四): 零 and its two other zeros 〇 ○, 一 to 九, and 两. A
     * year is written with these but never with 两.
     */
    public static final String DIGITS = "零〇○一二两三四五六七八九";

    /** 廿 卅 卌: twenty, thirty and forty in one character (廿五 is 25). */
    public static final String TENS = "廿卅卌";

    /** Every character of a run of Chinese digits, the grammar's {@code CN_DIGIT}: {@link #DIGITS} and {@link #TENS}. */
    public static final String CHINESE_DIGITS = DIGITS + TENS;

    /** The magnitudes 十 百 千 万 亿, each its own {@code MAGNITUDE} token. */
    public static final String MAGNITUDES = "十百千万亿";

    /** The marks that end a clause, the grammar's {@code CLAUSE_SEP}: , ; : */
    public static final String CLAUSE_MARKS = ",;:";

    /** The marks that end a sentence, the grammar's {@code SENTENCE_END}: 。 ! ? */
    public static final String SENTENCE_ENDS = "。!?";

    private CharClasses() {
    }

    /** @return whether {@code c} is one of {@link #CHINESE_DIGITS} */
    public static boolean isChineseDigit(char c) {
        return CHINESE_DIGITS.indexOf(c) >= 0;
    }

    /** @return whether {@code c} is a Chinese digit or a magnitude: a character of a Chinese numeral but 点 */
    public static boolean isChineseNumeral(char c) {
        return isChineseDigit(c) || MAGNITUDES.indexOf(c) >= 0;
    }

    /** @return whether {@code c} is one of {@link #CLAUSE_MARKS} */
    public static boolean isClauseMark(char c) {
        return CLAUSE_MARKS.indexOf(c) >= 0;
    }
}
