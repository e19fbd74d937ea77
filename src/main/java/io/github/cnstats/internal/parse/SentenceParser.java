package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs the grammar over one sentence of normalised text: SLL prediction first, which is fast and almost always
 * enough, and full LL only when SLL gives up. Nothing is ever printed: ANTLR's console listeners are removed.
 *
 * <p>Thread-safe: each call makes its own lexer and parser; the grammar's DFA cache, which ANTLR keeps in
 * static fields designed for concurrent use, is what is shared between calls and threads.
 */
public final class SentenceParser {

    private final UnitLexicon units;

    /**
     * @param units the lexicon the lexer reads units from
     */
    public SentenceParser(UnitLexicon units) {
        this.units = units;
    }

    /**
     * @param sentence one sentence of normalised text
     * @return its parse tree; never null, since every token sequence is a sentence of the grammar
     */
    public StatsParser.SentenceContext parse(String sentence) {
        CommonTokenStream tokens = new CommonTokenStream(new LexiconLexer(sentence, units));
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
}
