package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Runs the grammar over one sentence of normalised text: SLL prediction first, which is fast and almost always
 * enough, and full LL only when SLL gives up. Nothing is ever printed: ANTLR's console listeners are removed.
 *
 * <p>The sentence is lexed first, and only its clauses with a token that can start a statistic (see
 * {@link #STATISTIC_TOKENS}) are parsed; {@link ParsedSentence} says why the result is the same. Most prose
 * holds a character such as 增 or 一, which the cheap test of the caller lets through, but no such token
 * (增强 is a word), and many clauses of a statistical sentence hold none either (据介绍, 其中).
 *
 * <p>Thread-safe: each call makes its own lexer and parser; the grammar's DFA cache, which ANTLR keeps in
 * static fields designed for concurrent use, is what is shared between calls and threads.
 */
public final class SentenceParser {

    /**
     * The tokens without which the grammar reads no quantity and no change. Every quantity holds a numeral,
     * and every numeral starts with {@code NUMBER}, {@code CN_DIGITS} or {@code MAGNITUDE}; every change
     * holds amounts (so a numeral), a direction ({@code UP_VERB}, {@code DOWN_VERB}, {@code FLAT_VERB}), a
     * doubling, or Taiwan's combined basis and direction ({@code 年增}, whose amount may be a date). A clause
     * with none of them holds only markers and text, one token each.
     */
    private static final BitSet STATISTIC_TOKENS = new BitSet();

    static {
        for (int type : new int[] {StatsLexer.NUMBER, StatsLexer.CN_DIGITS, StatsLexer.MAGNITUDE,
                StatsLexer.UP_VERB, StatsLexer.DOWN_VERB, StatsLexer.FLAT_VERB, StatsLexer.DOUBLING,
                StatsLexer.COMBINED_CHANGE}) {
            STATISTIC_TOKENS.set(type);
        }
    }

    private final UnitLexicon units;
    private final PlainHan plain;

    /**
     * @param units the lexicon the lexer reads units from
     */
    public SentenceParser(UnitLexicon units) {
        this.units = units;
        this.plain = PlainHan.of(units);
    }

    /**
     * @param sentence one sentence of normalised text
     * @return what the grammar read in it; never null, since every token sequence is a sentence of the
     *         grammar, and with no pieces when no token of the sentence can start a statistic
     */
    public ParsedSentence parse(String sentence) {
        TextRuns lexer = lexer(sentence);
        List<Token> tokens = lex(lexer, sentence.length());
        List<ParsedSentence.Piece> pieces = new ArrayList<>();
        boolean anyStatistic = false;
        int pieceStart = 0;
        boolean pieceHolds = false;
        int clauseStart = 0;
        boolean clauseHolds = false;
        int end = tokens.size() - 1; // the last token is EOF
        for (int i = 0; i < end; i++) {
            int type = tokens.get(i).getType();
            clauseHolds |= STATISTIC_TOKENS.get(type);
            if (type != StatsLexer.CLAUSE_SEP && type != StatsLexer.SENTENCE_END && i + 1 < end) {
                continue;
            }
            // A clause ends with token i. Clauses of the same kind stay in one piece.
            if (clauseHolds != pieceHolds && clauseStart > pieceStart) {
                pieces.add(piece(tokens, pieceStart, clauseStart, pieceHolds, lexer));
                pieceStart = clauseStart;
            }
            pieceHolds = clauseHolds;
            anyStatistic |= clauseHolds;
            clauseStart = i + 1;
            clauseHolds = false;
        }
        if (!anyStatistic) {
            return ParsedSentence.NOTHING;
        }
        if (end > pieceStart) {
            pieces.add(piece(tokens, pieceStart, end, pieceHolds, lexer));
        }
        return new ParsedSentence(pieces);
    }

    private static ParsedSentence.Piece piece(List<Token> tokens, int from, int to, boolean holdsStatistic,
                                              TokenSource lexer) {
        List<Token> run = tokens.subList(from, to);
        if (!holdsStatistic) {
            return new ParsedSentence.Unparsed(run);
        }
        return new ParsedSentence.Parsed(parse(new TokenRun(run, lexer)));
    }

    /** Every token of the sentence, white space included, ending with EOF, numbered as a token stream would. */
    private static List<Token> lex(TokenSource lexer, int length) {
        List<Token> tokens = new ArrayList<>(length / 2 + 2);
        Token token;
        do {
            token = lexer.nextToken();
            if (token instanceof WritableToken writable) {
                writable.setTokenIndex(tokens.size());
            }
            tokens.add(token);
        } while (token.getType() != Token.EOF);
        return tokens;
    }

    /** Parses all of {@code tokens}, whatever they hold. */
    static StatsParser.SentenceContext parse(TokenStream tokens) {
        StatsParser parser = new StatsParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.sentence();
        } catch (ParseCancellationException sllGaveUp) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            return parser.sentence();
        }
    }

    /** The tokens the parser reads: the lexer's, with runs of plain text joined. */
    TextRuns lexer(String sentence) {
        return new TextRuns(new LexiconLexer(sentence, units, plain));
    }

}
