package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The grammar's parser, whose trees take each {@link SentenceToken} as its own leaf rather than a
 * {@code TerminalNodeImpl} made around it: a leaf for every token consumed was an object as common as the
 * tokens themselves (see {@link SentenceToken}).
 *
 * <p>A token is a leaf of one tree only. When a stretch is parsed again (full LL after SLL gave up, a change at
 * 由 read again) its tokens already hang in the tree given up, and get a node of ANTLR's the second time.
 *
 * <p>Not thread-safe, as any ANTLR parser.
 */
final class TokenParser extends StatsParser {

    TokenParser() {
        super(null);
    }

    @Override
    public TerminalNode createTerminalNode(ParserRuleContext parent, Token t) {
        if (t instanceof SentenceToken token && token.isLoose()) {
            return token;
        }
        return super.createTerminalNode(parent, t);
    }
}
