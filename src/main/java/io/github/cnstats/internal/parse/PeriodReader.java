package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.grammar.StatsParser;

import java.util.function.IntFunction;

/**
 * Reads the periods of a sentence from its {@link LexedTokens}, with the grammar's {@code period} rule: from the
 * first token on, at each token where a period may begin ({@link ElementAlternatives#periods()}) the parser reads
 * one {@code periodOrToken}; after a period the walk goes on after it, else at the next token. So the periods
 * are the leftmost and longest ones, none overlapping another.
 *
 * <p>Periods are read over the whole sentence, apart from its elements, as a statistic takes the period written
 * last before it in its sentence, often in a clause with no number (截至11月底,全国…). Two things the grammar's
 * tokens cannot see are asked of the characters around a period, as no token holds them whole: a period right
 * after 比, 较, 与 or 于 is what a change is measured against (比2020年, 高于2022年), not the time it holds for,
 * and is kept as such, with where its comparison starts, so that a subject can be trimmed of it; a period right before 级, 度 or 龄 is a grade, a title or an age (三年级,
 * 2023年度报告), and none. (The lexer reads no 初 of 初步 as a start: 2024年初步核算 holds the period 2024年.)
 *
 * <p>Not thread-safe: one per thread (see {@link Recognizers}).
 */
final class PeriodReader {

    private static final String COMPARED_AFTER = "比较与于";
    private static final String NO_PERIOD_BEFORE = "级度龄";

    private final LexedTokens tokens;
    private final TokenRun run;
    private final PieceParser parser;
    private final ParsedSentence.Builder out;
    /** The parser's {@code periodAt}, made once: a method reference is a new object each time it is written. */
    private final IntFunction<StatsParser.PeriodOrTokenContext> periodAt;
    private final ElementAlternatives alternatives = ElementAlternatives.periods();

    PeriodReader(LexedTokens tokens, TokenRun run, PieceParser parser, ParsedSentence.Builder out) {
        this.tokens = tokens;
        this.run = run;
        this.parser = parser;
        this.out = out;
        this.periodAt = parser::periodAt;
    }

    /** Reads the periods of all the sentence's tokens into the builder. */
    void read() {
        int size = tokens.size();
        int lastStop = out.lastPhraseStop(); // a period after the last phrase holds for no statistic
        if (!anyPeriodStart(size)) {
            return;
        }
        CharSequence text = tokens.text();
        parser.startSll(run.read(tokens, 0, size));
        int i = 0;
        while (i < size && tokens.start(i) <= lastStop) {
            if (!alternatives.mayStartPhrase(tokens.type(i)) || !NumeralFollow.mayStartPeriod(tokens, i)) {
                i++;
                continue;
            }
            // SLL decides each choice inside a period without knowing which alternative called it, and so could take
            // one that a later token rules out; the grammar is written so that it does not on any text we measure
            // (see its sinceEnd), as each re-read with full LL costs more than the whole period walk of a sentence.
            StatsParser.PeriodOrTokenContext read = parser.readAt(i, periodAt, run, tokens);
            if (!(read instanceof StatsParser.PeriodFoundContext found)) {
                i++;
                continue;
            }
            int start = found.getStart().getStartIndex();
            int end = found.getStop().getStopIndex() + 1;
            int next = found.getStop().getTokenIndex() + 1; // the stream is read from the sentence's first token
            if (end < text.length() && NO_PERIOD_BEFORE.indexOf(text.charAt(end)) >= 0) {
                i++;
            } else {
                out.period(found.period(), clauseEndAfter(next), comparedFrom(i, start, text));
                i = next;
            }
        }
    }


    /**
     * Where the comparison starts whose reference is the period at token {@code i}, starting at {@code start}:
     * right after a word ending in 比, 较, 与 or 于 (比2020年, 相较6月, 高于2022年), after 同 or 跟 (同上月), or after a basis that names the
     * year or period before (与去年一季度, 较上年末), whose period goes on in this one.
     *
     * @return where the word before the period starts, or -1 when the period is not compared with
     */
    private int comparedFrom(int i, int start, CharSequence text) {
        boolean adjoins = i > 0 && tokens.stop(i - 1) == start - 1;
        if (start > 0 && COMPARED_AFTER.indexOf(text.charAt(start - 1)) >= 0) {
            if (adjoins && tokens.type(i - 1) != StatsLexer.HAN) {
                return tokens.start(i - 1); // a word of its own: 高于, 与, 比
            }
            // In a run of text, which the table joins into one token: 相较 and 相比 are one word.
            return start > 1 && text.charAt(start - 2) == '相' ? start - 2 : start - 1;
        }
        if (!adjoins) {
            return -1;
        }
        int before = tokens.type(i - 1);
        if (before == StatsLexer.SAME_WITH) {
            return tokens.start(i - 1); // 同上月比较, 跟去年比较: 同 and 跟 compare as 与 does
        }
        return before == StatsLexer.YOY_BASIS || before == StatsLexer.POP_BASIS || before == StatsLexer.YOY_WITH
                || before == StatsLexer.POP_WITH ? tokens.start(i - 1) : -1;
    }

    private boolean anyPeriodStart(int size) {
        for (int i = 0; i < size; i++) {
            if (alternatives.mayStartPhrase(tokens.type(i)) && NumeralFollow.mayStartPeriod(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** @return where the first clause separator at or after token {@code from} starts, or the sentence's end */
    private int clauseEndAfter(int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.type(i) == StatsLexer.CLAUSE_SEP) {
                return tokens.start(i);
            }
        }
        return tokens.text().length();
    }
}
