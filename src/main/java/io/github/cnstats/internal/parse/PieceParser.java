package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.function.IntFunction;

/**
 * The grammar's parser, reused for one token stream after another: SLL prediction first, which is fast and
 * almost always enough, and full LL only when SLL gives up. Nothing is ever printed: ANTLR's console listeners
 * are removed. It parses a whole stretch ({@link #parse}, {@link #parseWithLl}) or one element at a time
 * ({@link #startSll}, {@link #elementAt}), as {@link RunReader} asks.
 *
 * <p>A new {@code StatsParser} for every clause cost more than some clauses' parse: a parser comes with its
 * interpreter, error strategy, listener lists and precedence stack. Between two parses the parser keeps
 * nothing but those: {@link StatsParser#setInputStream} resets it, and the prediction mode and error
 * strategy are set again for each parse.
 *
 * <p>Not thread-safe: one per thread (see {@link Recognizers}). Not final only so that a test can make SLL give up,
 * which no input of the grammar was found to do.
 */
class PieceParser {

    private final StatsParser parser = new TokenParser();
    private final ANTLRErrorStrategy sllStrategy = new BailErrorStrategy();

    PieceParser() {
        parser.removeErrorListeners();
        parser.setInterpreter(new CachedSllSimulator(parser, parser.getInterpreter()));
    }

    /** Parses all of {@code tokens}, whatever they hold: SLL first, then LL if SLL gives up. */
    StatsParser.SentenceContext parse(TokenStream tokens) {
        startSll(tokens);
        try {
            return parser.sentence();
        } catch (ParseCancellationException sllGaveUp) {
            return parseWithLl(tokens);
        }
    }

    /** Makes {@code tokens} the stream that the next parse reads, with SLL prediction alone. */
    void startSll(TokenStream tokens) {
        parser.setErrorHandler(sllStrategy);
        parser.setInputStream(tokens); // resets the parser and the strategy
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    }

    /**
     * Parses the grammar's {@code element} rule at {@code position} of the stream given to
     * {@link #startSll}, which is left after the element's last token.
     *
     * <p>The element is the one that {@code sentence}'s loop would read there: an SLL prediction does not
     * depend on the rule that called the decision's rule. ANTLR starts every SLL prediction from an empty
     * context ({@code ParserATNSimulator.adaptivePredict} computes its start state with
     * {@code ParserRuleContext.EMPTY}), and at the end of a rule with no context it follows the grammar's
     * global follow links ({@code closureCheckingStopState}), as it does for {@code sentence}'s loop; only full
     * LL reads the caller's context, and it is never used here. The tree has no parent: the element is a root.
     *
     * @throws ParseCancellationException when SLL prediction gives up (then the stretch must be parsed with
     *                                    {@link #parseWithLl})
     */
    StatsParser.ElementContext elementAt(int position) {
        parser.getInputStream().seek(position);
        parser.setState(ATNState.INVALID_STATE_NUMBER); // called from no state: a root, as a start rule is
        return parser.element();
    }

    /**
     * Parses the grammar's {@code element} rule at {@code position} of {@code tokens} (the stream given to
     * {@link #startSll}) with full LL prediction, as a root, and leaves the parser on SLL again with the stream
     * after the element's last token: for an element on which SLL gave up, before the whole stretch is parsed
     * again with full LL.
     *
     * <p>An element that opens with 由 or 从 ({@code #fromLevelChange}: 由1250宗增加130宗至1380宗) begins with a
     * quantity after that word, and a quantity is also where the next element begins if 由 is a marker alone
     * (从0到1, 从3到5家). SLL prediction stops as soon as every ATN state it has reached is shared by two
     * alternatives, so there it takes the change and fails on the first token that no change reads. Full LL of
     * this one element decides it (the marker), where full LL of the stretch cost about 2 MB a sentence.
     * {@link RunReader} now reads the change alone ({@link #fromChangeWithLlAt}), for less; this is the reference
     * that {@code PhraseWalkPropertiesTest} holds it to.
     *
     * @throws ParseCancellationException when full LL gives up too (then the stretch must be parsed with
     *         {@link #parseWithLl})
     */
    StatsParser.ElementContext elementWithLlAt(TokenStream tokens, int position) {
        startLl(tokens);
        StatsParser.ElementContext element;
        try {
            element = elementAt(position);
        } finally {
            int end = tokens.index();
            startSll(tokens);
            tokens.seek(end);
        }
        return element;
    }

    /**
     * Reads the grammar's {@code change} rule at {@code position} of {@code tokens} (the stream given to
     * {@link #startSll}) with full LL prediction, as a root, for an element at 由 or 从 on which SLL gave up, and
     * leaves the parser on SLL again: the element that {@link #elementWithLlAt} reads there, for less.
     *
     * <p>At 由 or 从 the alternatives of {@code element} are a change ({@code #fromLevelChange}), the marker and
     * text ({@code ElementAlternativesTest} holds the grammar to that). Full LL of {@code element} with no outer
     * context reads on while the change can still go on and the marker has ended; it takes the change as soon as
     * the tokens read make a whole change (the least alternative), and the marker once no change can be read (the
     * marker before text). So the element is the change exactly where {@code change} itself reads one with full
     * LL, and then the same tree, as nothing follows an element but the end of {@code element}; where none is read
     * it is the marker. Full LL of {@code element} starts with the closure of all its alternatives (every phrase
     * of the grammar), about 100 KB a time; that of {@code change} at 由 has one alternative to follow.
     *
     * @return the change as the element {@code #changeElement}, or null where none is read (the marker)
     */
    StatsParser.ElementContext fromChangeWithLlAt(TokenStream tokens, int position) {
        startLl(tokens);
        try {
            tokens.seek(position);
            parser.setState(ATNState.INVALID_STATE_NUMBER); // a root, as in elementAt
            StatsParser.ChangeContext change = parser.change();
            StatsParser.ElementContext element = new StatsParser.ChangeElementContext(new StatsParser.ElementContext());
            element.start = change.start;
            element.stop = change.stop;
            element.addChild(change);
            change.setParent(element);
            return element;
        } catch (ParseCancellationException noChange) {
            return null;
        } finally {
            int end = tokens.index();
            startSll(tokens);
            tokens.seek(end);
        }
    }

    /**
     * Makes {@code tokens} the stream that the next parse reads, with full LL prediction and no recovery: for a
     * period on which SLL gave up ({@link PeriodReader}).
     */
    void startLl(TokenStream tokens) {
        parser.setErrorHandler(sllStrategy);
        parser.setInputStream(tokens);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    }

    /**
     * Reads {@code rule} at {@code position} of the whole sentence {@code tokens} (given to {@link #startSll}) with
     * SLL and, where SLL gives up, once more with full LL, after which the parser is left on SLL again: how
     * {@link PeriodReader} and {@link FrameReader} ask for a period or a frame at a token.
     *
     * @return what the rule read, or null where it reads nothing even with full LL
     */
    <T> T readAt(int position, IntFunction<T> rule, TokenRun run, LexedTokens tokens) {
        try {
            return rule.apply(position);
        } catch (ParseCancellationException sllGaveUp) {
            startLl(run.read(tokens, 0, tokens.size()));
            try {
                return rule.apply(position);
            } catch (ParseCancellationException none) {
                return null; // not known to happen, as the rules read any token: then the token starts none
            } finally {
                startSll(run.read(tokens, 0, tokens.size()));
            }
        }
    }

    /**
     * Parses the grammar's {@code periodOrToken} rule at {@code position} of the stream given to
     * {@link #startSll} or {@link #startLl}, as {@link #elementAt} parses {@code element}: a period there, or
     * the one token.
     *
     * @throws ParseCancellationException when SLL prediction gives up
     */
    StatsParser.PeriodOrTokenContext periodAt(int position) {
        TokenStream input = parser.getInputStream();
        input.seek(position);
        if (parser.getInterpreter().adaptivePredict(input, PERIOD_OR_TOKEN, ParserRuleContext.EMPTY) != 1) {
            return null; // no period here: the prediction alone says so, with no tree made for the one token
        }
        input.seek(position);
        parser.setState(ATNState.INVALID_STATE_NUMBER);
        return parser.periodOrToken();
    }

    /**
     * Parses the grammar's {@code frameOrToken} rule at {@code position}, as {@link #periodAt} parses a period: a
     * frame or a header there, or null where the prediction says neither begins.
     *
     * @throws ParseCancellationException when SLL prediction gives up
     */
    StatsParser.FrameOrTokenContext frameAt(int position) {
        TokenStream input = parser.getInputStream();
        input.seek(position);
        if (parser.getInterpreter().adaptivePredict(input, FRAME_OR_TOKEN, ParserRuleContext.EMPTY) == NOT_FRAME) {
            return null; // the last alternative, one token
        }
        input.seek(position);
        parser.setState(ATNState.INVALID_STATE_NUMBER);
        return parser.frameOrToken();
    }

    /** The decision of {@code frameOrToken} between a frame, a header and one token (its last alternative). */
    private static final DecisionState FRAME_DECISION =
            (DecisionState) StatsParser._ATN.ruleToStartState[StatsParser.RULE_frameOrToken].transition(0).target;
    private static final int FRAME_OR_TOKEN = FRAME_DECISION.decision;
    private static final int NOT_FRAME = FRAME_DECISION.getNumberOfTransitions();

    /** The decision of {@code periodOrToken} between a period (its first alternative) and one token. */
    private static final int PERIOD_OR_TOKEN =
            ((DecisionState) StatsParser._ATN.ruleToStartState[StatsParser.RULE_periodOrToken].transition(0).target)
                    .decision;

    /** Parses all of {@code tokens} with full LL prediction: for a stretch on which SLL gave up. */
    StatsParser.SentenceContext parseWithLl(TokenStream tokens) {
        parser.setErrorHandler(new DefaultErrorStrategy()); // rarely needed, so made with no state to reset
        tokens.seek(0);
        parser.setInputStream(tokens); // resets the parser
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return parser.sentence();
    }
}
