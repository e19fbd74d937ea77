package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's parser simulator, answering an SLL prediction that the decision's DFA already holds by walking the DFA
 * alone.
 *
 * <p>Once the grammar's DFA has seen the text's phrases, almost every prediction is a walk along cached edges
 * to an accept state. ANTLR's {@code adaptivePredict} does that walk too, but around it sets and clears the
 * simulator's fields, marks and releases the stream and checks for full context, for every decision of every
 * element; the walk is here without those. It follows exactly the edges that ANTLR's {@code execATN} would
 * follow, and returns the same alternative from the same accept state; anywhere else (no start state yet, an
 * edge not computed, the error state, an accept state with predicates, full LL) it leaves the stream where it
 * found it and asks ANTLR, which computes the prediction from the start.
 *
 * <p>Not thread-safe, like the parser it belongs to; the DFA it reads is shared as ANTLR shares it.
 */
final class CachedSllSimulator extends ParserATNSimulator {

    CachedSllSimulator(Parser parser, ParserATNSimulator antlr) {
        super(parser, parser.getATN(), antlr.decisionToDFA, antlr.getSharedContextCache());
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        if (getPredictionMode() == PredictionMode.SLL) {
            DFA dfa = decisionToDFA[decision];
            DFAState s = dfa.s0;
            if (s != null && !dfa.isPrecedenceDfa()) {
                int start = input.index();
                int t = input.LA(1);
                while (true) {
                    DFAState[] edges = s.edges;
                    DFAState d = edges != null && t + 1 < edges.length ? edges[t + 1] : null; // t is at least EOF (-1)
                    if (d == null || d == ERROR) {
                        break;
                    }
                    if (d.isAcceptState) {
                        if (d.predicates != null) {
                            break;
                        }
                        input.seek(start);
                        return d.prediction;
                    }
                    s = d;
                    if (t != Token.EOF) {
                        input.consume();
                        t = input.LA(1);
                    }
                }
                input.seek(start);
            }
        }
        return super.adaptivePredict(input, decision, outerContext);
    }
}
