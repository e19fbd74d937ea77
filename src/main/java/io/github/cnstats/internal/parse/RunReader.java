package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads the elements of a run of clauses from a sentence's {@link LexedTokens} into a
 * {@link ParsedSentence.Builder}: each phrase through the parser, each marker straight from the table.
 *
 * <p>The elements are those of the grammar's {@code sentence} rule ({@code element* EOF}) over the run, but the
 * parser is asked only at the tokens that may begin a phrase ({@link ElementAlternatives}), where it reads one
 * {@code element} ({@link PieceParser#elementAt}), and the walk goes on after it. At any other token,
 * {@code sentence}'s loop could only choose an alternative of one token, a marker or text, which the token's
 * type tells without the parser: such a token costs no prediction, no context and no token object. The loop
 * itself needs no prediction (it goes on at every token but the end of file), and the parser's choice at a
 * phrase start does not depend on being called from the loop (see {@link PieceParser#elementAt}), so every
 * element starts at the same token and is read the same as in one parse of the run.
 *
 * <p>That holds for SLL prediction. When SLL gives up on a phrase, the run is parsed again as a whole, with full
 * LL, which does depend on the context, as it was before phrases were parsed one at a time: so a run that SLL
 * cannot read gets the tree it always got.
 *
 * <p>Not thread-safe: one per thread (see {@link Recognizers}).
 */
final class RunReader {

    private final LexedTokens tokens;
    private final TokenRun run;
    private final PieceParser parser;
    private final ParsedSentence.Builder out;
    private final ElementAlternatives alternatives = ElementAlternatives.grammar();

    RunReader(LexedTokens tokens, TokenRun run, PieceParser parser, ParsedSentence.Builder out) {
        this.tokens = tokens;
        this.run = run;
        this.parser = parser;
        this.out = out;
    }

    /**
     * Reads tokens {@code from} to {@code to} (exclusive) of a clause run with no token that can start a
     * statistic: every token is an element of its own.
     */
    void readUnparsed(int from, int to) {
        for (int i = from; i < to; i++) {
            oneToken(tokens.type(i), tokens.start(i), tokens.stop(i));
        }
    }

    /** Reads tokens {@code from} to {@code to} (exclusive) of a clause run, parsing its phrases. */
    void readParsed(int from, int to) {
        int size = out.size();
        boolean textPending = out.textPending();
        TokenStream stream = run.read(tokens, from, to);
        parser.startSll(stream);
        try {
            int i = from;
            while (i < to) {
                int type = tokens.type(i);
                if (alternatives.mayStartPhrase(type)) {
                    StatsParser.ElementContext element =
                            type == StatsParser.FROM ? fromElementAt(stream, i - from) : parser.elementAt(i - from);
                    if (element == null) { // 由 or 从 as a marker
                        oneToken(type, tokens.start(i), tokens.stop(i));
                        i++;
                    } else {
                        add(element);
                        i = from + run.index();
                    }
                } else {
                    oneToken(type, tokens.start(i), tokens.stop(i));
                    i++;
                }
            }
        } catch (ParseCancellationException sllGaveUp) {
            out.rewind(size, textPending);
            StatsParser.SentenceContext tree = parser.parseWithLl(run);
            for (int k = 0; k < tree.getChildCount(); k++) {
                if (tree.getChild(k) instanceof StatsParser.ElementContext element) {
                    add(element);
                } // else the end of file
            }
        }
    }

    /**
     * The element at a 由 or 从: SLL prediction gives up there wherever a quantity follows that no change of
     * levels reads (从0到1), so the change is read again with full LL alone
     * ({@link PieceParser#fromChangeWithLlAt}), before the whole stretch would be.
     *
     * @return the element, or null where 由 or 从 is the marker alone
     */
    private StatsParser.ElementContext fromElementAt(TokenStream stream, int position) {
        try {
            return parser.elementAt(position);
        } catch (ParseCancellationException sllGaveUp) {
            return parser.fromChangeWithLlAt(stream, position);
        }
    }

    /** An element the parser read: a phrase, or an element of one token (a marker, or text). */
    private void add(StatsParser.ElementContext element) {
        ParseTree first = element.getChild(0);
        if (first instanceof TerminalNode token) { // an alternative of one token: no rule is called
            oneToken(token.getSymbol().getType(), token.getSymbol().getStartIndex(),
                    token.getSymbol().getStopIndex());
        } else {
            out.phrase(element);
        }
    }

    private void oneToken(int type, int start, int stop) {
        if (alternatives.isMarker(type)) {
            out.marker(type, start, stop);
        } else {
            out.text();
        }
    }
}
