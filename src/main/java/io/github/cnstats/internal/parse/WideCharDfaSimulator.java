package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

import java.util.concurrent.ConcurrentHashMap;

/**
 * ANTLR's lexer simulator with DFA edges for every character, not only ASCII.
 *
 * <p>ANTLR caches a lexer DFA transition only for characters up to {@link LexerATNSimulator#MAX_DFA_EDGE}
 * (127); for any other character it simulates the ATN again, every time. Chinese text is almost all such
 * characters, so that simulation was half the cost of parsing. This class keeps the transitions for the
 * other characters in a concurrent map beside the DFA, keyed by lexer mode, DFA state number and character,
 * and ANTLR's own code still decides every transition and which ones may be cached (none that depend on a
 * predicate), so the tokens are the same.
 *
 * <p>Thread-safe like the DFA it extends: the map is shared by all lexers of the grammar, and a state is
 * fully built before ANTLR hands it out. The map stops growing at {@link #MAX_EDGES} entries, so text in every
 * script of Unicode cannot make it hold more than a few megabytes; beyond that, ANTLR's simulation runs as
 * before.
 */
final class WideCharDfaSimulator extends LexerATNSimulator {

    /** At most this many cached wide-character transitions, for all lexers together. */
    static final int MAX_EDGES = 200_000;

    private static final ConcurrentHashMap<Long, DFAState> EDGES = new ConcurrentHashMap<>();

    WideCharDfaSimulator(Lexer recog, ATN atn, DFA[] decisionToDFA, PredictionContextCache sharedContextCache) {
        super(recog, atn, decisionToDFA, sharedContextCache);
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        if (t <= MAX_DFA_EDGE) {
            return super.getExistingTargetState(s, t);
        }
        return EDGES.get(key(s, t));
    }

    @Override
    protected void addDFAEdge(DFAState p, int t, DFAState q) {
        if (t <= MAX_DFA_EDGE) {
            super.addDFAEdge(p, t, q);
        } else if (EDGES.size() < MAX_EDGES) {
            EDGES.putIfAbsent(key(p, t), q);
        }
    }

    private long key(DFAState s, int t) {
        return ((long) mode << 53) | ((long) s.stateNumber << 21) | t;
    }
}
