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

    /** The Chinese zeros: 零, and 〇 ○ as digit-by-digit numerals write it (二〇二三). */
    public static final String ZEROS = "零〇○";

    /** The Chinese digits one to nine, with 两 beside 二, and the capital 壹 that ordinary numerals borrow. */
    public static final String NONZERO_DIGITS = "一二两三四五六七八九壹";

    /**
     * The Chinese digits read one by one (二〇二三, 三点一四): {@link #ZEROS} and {@link #NONZERO_DIGITS}. A year is
     * written with these but never with 两.
     */
    public static final String DIGITS = ZEROS + NONZERO_DIGITS;

    /** 廿 卅 卌: twenty, thirty and forty in one character (廿五 is 25). */
    public static final String TENS = "廿卅卌";

    /** The characters of a run of Chinese digits, the grammar's {@code CN_DIGIT}: {@link #DIGITS}, {@link #TENS}. */
    public static final String CHINESE_DIGITS = DIGITS + TENS;

    /** The magnitudes 十 百 千 万 亿 and 兆 (10^12), each its own {@code MAGNITUDE} token. */
    public static final String MAGNITUDES = "十百千万亿兆";

    /** The mark that separates the items of a list, the grammar's {@code LIST_SEP}: 、 */
    public static final char LIST_MARK = '、';

    /** The one-character conjunctions, the grammar's {@code CONJ} but 以及: 和 与 及 */
    public static final String CONJUNCTIONS = "和与及";

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

    /** @return whether {@code c} separates the items of a list: {@link #LIST_MARK} or one of {@link #CONJUNCTIONS} */
    public static boolean joinsListItems(char c) {
        return c == LIST_MARK || CONJUNCTIONS.indexOf(c) >= 0;
    }

    /** The greatest of {@link #CLAUSE_MARKS}: every Han character is above it. */
    private static final char LAST_CLAUSE_MARK = (char) CLAUSE_MARKS.chars().max().orElseThrow();

    /**
     * @return whether {@code c} is one of {@link #CLAUSE_MARKS}. Asked of every character the region finder scans
     *         for clauses: a comparison first turns away the Han characters that most are, without the search.
     */
    public static boolean isClauseMark(char c) {
        return c <= LAST_CLAUSE_MARK && CLAUSE_MARKS.indexOf(c) >= 0;
    }
}
