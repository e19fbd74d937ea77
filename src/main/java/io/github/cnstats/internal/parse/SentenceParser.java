package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.TokenStream;

import java.util.BitSet;
import java.util.Objects;

/**
 * Runs the grammar over one sentence of normalised text: SLL prediction first, which is fast and almost always
 * enough, and full LL only when SLL gives up (see {@link RunReader}). Nothing is ever printed.
 *
 * <p>The sentence is lexed first, and only its clauses with a token that can start a statistic (see
 * {@link #STATISTIC_TOKENS}) are parsed; {@link ParsedSentence} says why the result is the same. Most prose
 * holds a character such as 增 or 一, which the cheap test of the caller lets through, but no such token
 * (增强 is a word), and many clauses of a statistical sentence hold none either (据介绍, 其中). Within the
 * clauses that are parsed, the parser reads only the phrases ({@link RunReader}); the markers of all clauses
 * are read from the token table.
 *
 * <p>Thread-safe: each thread lexes and parses with its own {@link Recognizers}, made on its first sentence
 * and reused for the next; the grammar's DFA cache, which ANTLR keeps in static fields designed for
 * concurrent use, is what is shared between threads.
 */
public final class SentenceParser {

    /**
     * The tokens without which the grammar reads no quantity and no change. Every quantity holds a numeral,
     * and every numeral starts with {@code NUMBER}, {@code CN_DIGITS}, {@code CN_PAIR}, {@code CN_CAPITALS} or
     * {@code MAGNITUDE} (a form not read, {@code UNREAD_NUMBER}, is parsed to be declined with a diagnostic, and
     * so is a count of digits, {@code DIGIT_COUNT}: 两位数); every change holds amounts (so a numeral), a
     * direction ({@code UP_VERB}, {@code DOWN_VERB}, {@code FLAT_VERB}), a doubling, or Taiwan's combined basis and direction ({@code 年增}, whose amount may be a date). A clause
     * with none of them holds only markers and text, one token each. {@code StatisticTokensTest} holds the set to
     * the grammar: it fails when a phrase of {@code element} can be read without one of these tokens.
     */
    private static final BitSet STATISTIC_TOKENS = new BitSet();

    static {
        for (int type : new int[] {StatsLexer.NUMBER, StatsLexer.CN_DIGITS, StatsLexer.MAGNITUDE,
                StatsLexer.CN_PAIR, StatsLexer.CN_CAPITALS, StatsLexer.UNREAD_NUMBER, StatsLexer.DIGIT_COUNT,
                StatsLexer.UP_VERB, StatsLexer.DOWN_VERB, StatsLexer.FLAT_VERB, StatsLexer.DOUBLING,
                StatsLexer.YEAR_RISE, StatsLexer.YEAR_FALL, StatsLexer.PERIOD_RISE, StatsLexer.PERIOD_FALL}) {
            STATISTIC_TOKENS.set(type);
        }
    }

    /** @return whether a token of {@code type} can start a statistic (see {@link #STATISTIC_TOKENS}) */
    static boolean isStatisticToken(int type) {
        return STATISTIC_TOKENS.get(type);
    }

    private final ThreadLocal<Recognizers> recognizers;

    /**
     * @param units the lexicon the lexer reads units from
     */
    public SentenceParser(UnitLexicon units) {
        PlainHan plain = PlainHan.of(units);
        this.recognizers = ThreadLocal.withInitial(() -> new Recognizers(units, plain));
    }

    /**
     * @param sentence one sentence of normalised text
     * @return what the grammar read in it; never null, since every token sequence is a sentence of the
     *         grammar, and with no elements when no token of the sentence can start a statistic
     */
    public ParsedSentence parse(String sentence) {
        return parse(sentence, 0, sentence.length());
    }

    /**
     * Reads the sentence from {@code start} to {@code end} (exclusive) of {@code text}, where it stands: as
     * {@link #parse(String)} reads {@code text.substring(start, end)}, with the same offsets (from 0 at
     * {@code start}), but without that copy.
     */
    public ParsedSentence parse(String text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        Recognizers own = recognizers.get();
        own.lex(text, start, end);
        return read(own);
    }

    /** What the grammar reads in the tokens of {@code own}'s table: see {@link #parse(String)}. */
    static ParsedSentence read(Recognizers own) {
        LexedTokens tokens = own.tokens;
        ParsedSentence.Builder out = own.elements;
        out.startSentence();
        boolean anyStatistic = false;
        int runStart = 0;
        boolean runHolds = false;
        int clauseStart = 0;
        boolean clauseHolds = false;
        int end = tokens.size();
        for (int i = 0; i < end; i++) {
            int type = tokens.type(i);
            clauseHolds |= STATISTIC_TOKENS.get(type);
            if (type != StatsLexer.CLAUSE_SEP && type != StatsLexer.SENTENCE_END && i + 1 < end) {
                continue;
            }
            // A clause ends with token i. Clauses of the same kind stay in one run.
            if (clauseHolds != runHolds && clauseStart > runStart) {
                read(own.reader, runStart, clauseStart, runHolds);
                runStart = clauseStart;
            }
            runHolds = clauseHolds;
            anyStatistic |= clauseHolds;
            clauseStart = i + 1;
            clauseHolds = false;
        }
        if (!anyStatistic) {
            return ParsedSentence.NOTHING;
        }
        if (end > runStart) {
            read(own.reader, runStart, end, runHolds);
        }
        own.periods.read();
        own.frames.read();
        return out.build();
    }

    /** Reads the tokens from {@code from} to {@code to} (exclusive), at least one, a run of clauses. */
    private static void read(RunReader reader, int from, int to, boolean holdsStatistic) {
        if (holdsStatistic) {
            reader.readParsed(from, to);
        } else {
            reader.readUnparsed(from, to);
        }
    }

    /** Parses all of {@code tokens}, whatever they hold, with a parser of its own. */
    static StatsParser.SentenceContext parse(TokenStream tokens) {
        return new PieceParser().parse(tokens);
    }
}
