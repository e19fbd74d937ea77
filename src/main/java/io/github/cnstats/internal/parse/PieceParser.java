package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The grammar's parser, reused for one token stream after another: SLL prediction first, which is fast and
 * almost always enough, and full LL only when SLL gives up. Nothing is ever printed: ANTLR's console listeners
 * are removed.
 *
 * <p>A new {@code StatsParser} for every clause cost more than some clauses' parse: a parser comes with its
 * interpreter, error strategy, listener lists and precedence stack. Between two parses the parser keeps
 * nothing but those: {@link StatsParser#setInputStream} resets it, and the prediction mode and error
 * strategy are set again for each parse.
 *
 * <p>Not thread-safe: one per thread (see {@link Recognizers}).
 */
final class PieceParser {

    private final StatsParser parser = new LeafParser();
    private final ANTLRErrorStrategy sllStrategy = new BailErrorStrategy();

    PieceParser() {
        parser.removeErrorListeners();
    }

    /** Parses all of {@code tokens}, whatever they hold. */
    StatsParser.SentenceContext parse(TokenStream tokens) {
        parser.setErrorHandler(sllStrategy);
        parser.setInputStream(tokens); // resets the parser and the strategy
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.sentence();
        } catch (ParseCancellationException sllGaveUp) {
            parser.setErrorHandler(new DefaultErrorStrategy()); // rarely needed, so made with no state to reset
            parser.reset(); // rewinds the tokens too
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return parser.sentence();
        }
    }

    /**
     * The grammar's parser, with the tokens of a {@link TokenRun} as their own leaves of the tree instead of a
     * terminal node made around each (see {@link TokenLeaf} for why a token may be one).
     */
    private static final class LeafParser extends StatsParser {

        LeafParser() {
            super(null);
        }

        @Override
        public TerminalNode createTerminalNode(ParserRuleContext parent, Token token) {
            return token instanceof TokenLeaf leaf ? leaf : super.createTerminalNode(parent, token);
        }
    }
}
