package io.github.cnstats.internal.words;

import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The grammar spells its character classes in its own fragments and tokens, and the Java stages ask
 * {@link CharClasses}: lexing every character of the BMP on its own holds the two to each other, so a character
 * added to one and not the other fails here.
 */
class CharClassesGrammarTest {

    @Test
    void eachCharacterIsInAJavaClassExactlyWhenTheLexerMakesItThatClassesToken() {
        StatsLexer lexer = new StatsLexer(CharStreams.fromString(""));
        lexer.removeErrorListeners();
        StringBuilder digits = new StringBuilder();
        StringBuilder magnitudes = new StringBuilder();
        StringBuilder clauseMarks = new StringBuilder();
        StringBuilder listMarks = new StringBuilder();
        StringBuilder conjunctions = new StringBuilder();
        StringBuilder sentenceEnds = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            lexer.setInputStream(CharStreams.fromString(String.valueOf((char) c)));
            Token token = lexer.nextToken();
            boolean whole = token.getStopIndex() == 0;
            switch (token.getType()) {
                case StatsLexer.CN_DIGITS -> digits.append(whole ? (char) c : "");
                case StatsLexer.MAGNITUDE -> magnitudes.append(whole ? (char) c : "");
                case StatsLexer.CLAUSE_SEP -> clauseMarks.append(whole ? (char) c : "");
                case StatsLexer.LIST_SEP -> listMarks.append(whole ? (char) c : "");
                case StatsLexer.CONJ -> conjunctions.append(whole ? (char) c : "");
                case StatsLexer.SENTENCE_END -> sentenceEnds.append(whole ? (char) c : "");
                default -> { }
            }
        }
        assertEquals(sorted(CharClasses.CHINESE_DIGITS), sorted(digits), "CN_DIGIT");
        assertEquals(sorted(CharClasses.MAGNITUDES), sorted(magnitudes), "MAGNITUDE");
        assertEquals(sorted(CharClasses.CLAUSE_MARKS), sorted(clauseMarks), "CLAUSE_SEP");
        assertEquals(sorted(CharClasses.SENTENCE_ENDS), sorted(sentenceEnds), "SENTENCE_END");
        assertEquals(String.valueOf(CharClasses.LIST_MARK), listMarks.toString(), "LIST_SEP");
        assertEquals(sorted(CharClasses.CONJUNCTIONS), sorted(conjunctions), "CONJ of one character");
    }

    @Test
    void theChineseDigitsAreTheDigitsAndTheTens() {
        assertEquals(CharClasses.DIGITS + CharClasses.TENS, CharClasses.CHINESE_DIGITS);
        assertEquals(CharClasses.ZEROS + CharClasses.NONZERO_DIGITS, CharClasses.DIGITS);
        for (char c : CharClasses.CHINESE_DIGITS.toCharArray()) {
            assertEquals(true, CharClasses.isChineseDigit(c));
            assertEquals(true, CharClasses.isChineseNumeral(c));
        }
        assertEquals(false, CharClasses.isChineseDigit('十'));
        assertEquals(true, CharClasses.isChineseNumeral('十'));
        assertEquals(false, CharClasses.isChineseNumeral('点'));
    }

    private static String sorted(CharSequence chars) {
        return chars.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
