package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.BitSet;

/**
 * Runs the grammar over one sentence of normalised text: SLL prediction first, which is fast and almost always
 * enough, and full LL only when SLL gives up. Nothing is ever printed: ANTLR's console listeners are removed.
 *
 * <p>The sentence is lexed first, and parsed only if one of its tokens can start a statistic (see
 * {@link #STATISTIC_TOKENS}); most prose sentences hold a character such as 增 or 一, which the cheap test of
 * the caller lets through, but no such token (增强 is a word, 进一步 has no unit).
 *
 * <p>Thread-safe: each call makes its own lexer and parser; the grammar's DFA cache, which ANTLR keeps in
 * static fields designed for concurrent use, is what is shared between calls and threads.
 */
public final class SentenceParser {

    /**
     * The tokens without which the grammar reads no quantity and no change. Every quantity holds a numeral,
     * and every numeral starts with {@code NUMBER}, {@code CN_DIGITS} or {@code MAGNITUDE}; every change
     * holds amounts (so a numeral), a direction ({@code UP_VERB}, {@code DOWN_VERB}, {@code FLAT_VERB}) or a
     * doubling. A sentence with none of them yields only markers and text, which bind nothing.
     */
    private static final BitSet STATISTIC_TOKENS = new BitSet();

    static {
        for (int type : new int[] {StatsLexer.NUMBER, StatsLexer.CN_DIGITS, StatsLexer.MAGNITUDE,
                StatsLexer.UP_VERB, StatsLexer.DOWN_VERB, StatsLexer.FLAT_VERB, StatsLexer.DOUBLING}) {
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
     * @return its parse tree; never null, since every token sequence is a sentence of the grammar, and without
     *         elements when no token of the sentence can start a statistic
     */
    public StatsParser.SentenceContext parse(String sentence) {
        CommonTokenStream tokens = tokens(sentence);
        tokens.fill();
        if (!holdsStatisticToken(tokens)) {
            return new StatsParser.SentenceContext(null, -1);
        }
        return parse(tokens);
    }

    /** Parses all of {@code tokens}, whatever they hold. */
    static StatsParser.SentenceContext parse(CommonTokenStream tokens) {
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
    CommonTokenStream tokens(String sentence) {
        return new CommonTokenStream(new TextRuns(new LexiconLexer(sentence, units, plain)));
    }

    private static boolean holdsStatisticToken(CommonTokenStream tokens) {
        for (Token token : tokens.getTokens()) {
            if (token.getType() != Token.EOF && STATISTIC_TOKENS.get(token.getType())) {
                return true;
            }
        }
        return false;
    }
}
