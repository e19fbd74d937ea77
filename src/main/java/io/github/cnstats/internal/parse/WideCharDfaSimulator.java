package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * ANTLR's lexer simulator with DFA edges for every character, not only ASCII.
 *
 * <p>ANTLR caches a lexer DFA transition only for characters up to {@link LexerATNSimulator#MAX_DFA_EDGE}
 * (127); for any other character it simulates the ATN again, every time. Chinese text is almost all such
 * characters, so that simulation was half the cost of parsing. This class keeps the transitions for the
 * other characters in a table beside the DFA, by DFA state number, then by page of 256 characters, then by
 * character, so that a lookup is three array reads with no boxing or hashing. ANTLR's own code still decides
 * every transition and which ones may be cached (none that depend on a predicate), so the tokens are the same.
 *
 * <p>The end of the text is a transition too: ANTLR caches none on {@code EOF} (its edge arrays start at 0), so
 * the last token of every sentence made it compute the reach of a DFA state again, with a new set of ATN
 * configurations, only to find that no rule goes on. Those transitions are kept here as well, one per state.
 *
 * <p>Thread-safe like the DFA it extends: the table is shared by all lexers of the grammar, each level is
 * published with a compare-and-set, and a state is fully built before ANTLR hands it out. Only the default
 * mode's DFA is cached (the grammar has no other), for its first {@link #MAX_STATES} states, in at most
 * {@link #MAX_PAGES} pages, so text in every script of Unicode cannot make the table hold more than a few
 * megabytes; beyond that, ANTLR's simulation runs as before.
 */
final class WideCharDfaSimulator extends LexerATNSimulator {

    /** DFA states whose wide-character transitions are cached. */
    static final int MAX_STATES = 4096;
    /** Pages of 256 transitions, for all states together: 4 MB of references at most. */
    static final int MAX_PAGES = 4096;

    private static final int PAGE_BITS = 8;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int PAGES_PER_STATE = (Character.MAX_VALUE + 1) >> PAGE_BITS;

    private static final AtomicReferenceArray<AtomicReferenceArray<AtomicReferenceArray<DFAState>>> EDGES =
            new AtomicReferenceArray<>(MAX_STATES);
    private static final AtomicInteger PAGES = new AtomicInteger();
    /** The transition on the end of the text from each state, where known. */
    private static final AtomicReferenceArray<DFAState> EOF_EDGES = new AtomicReferenceArray<>(MAX_STATES);

    WideCharDfaSimulator(Lexer recog, ATN atn, DFA[] decisionToDFA, PredictionContextCache sharedContextCache) {
        super(recog, atn, decisionToDFA, sharedContextCache);
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        if (t == IntStream.EOF) {
            return cachesEof(s) ? EOF_EDGES.get(s.stateNumber) : null;
        }
        if (t <= MAX_DFA_EDGE) {
            return super.getExistingTargetState(s, t);
        }
        AtomicReferenceArray<DFAState> page = page(s, t, false);
        return page == null ? null : page.get(t & (PAGE_SIZE - 1));
    }

    @Override
    protected void addDFAEdge(DFAState p, int t, DFAState q) {
        if (t == IntStream.EOF) {
            if (cachesEof(p)) {
                EOF_EDGES.compareAndSet(p.stateNumber, null, q);
            }
            return;
        }
        if (t <= MAX_DFA_EDGE) {
            super.addDFAEdge(p, t, q);
            return;
        }
        AtomicReferenceArray<DFAState> page = page(p, t, true);
        if (page != null) {
            page.compareAndSet(t & (PAGE_SIZE - 1), null, q);
        }
    }

    private boolean cachesEof(DFAState s) {
        return mode == Lexer.DEFAULT_MODE && s.stateNumber >= 0 && s.stateNumber < MAX_STATES;
    }

    /** The page of transitions from {@code s} that holds character {@code t}, made if {@code create} allows. */
    private AtomicReferenceArray<DFAState> page(DFAState s, int t, boolean create) {
        if (mode != Lexer.DEFAULT_MODE || s.stateNumber < 0 || s.stateNumber >= MAX_STATES
                || t > Character.MAX_VALUE) {
            return null;
        }
        AtomicReferenceArray<AtomicReferenceArray<DFAState>> pages = EDGES.get(s.stateNumber);
        if (pages == null) {
            if (!create) {
                return null;
            }
            EDGES.compareAndSet(s.stateNumber, null, new AtomicReferenceArray<>(PAGES_PER_STATE));
            pages = EDGES.get(s.stateNumber);
        }
        int index = t >>> PAGE_BITS;
        AtomicReferenceArray<DFAState> page = pages.get(index);
        if (page == null && create && PAGES.get() < MAX_PAGES) {
            if (pages.compareAndSet(index, null, new AtomicReferenceArray<>(PAGE_SIZE))) {
                PAGES.incrementAndGet();
            }
            page = pages.get(index); // this thread's page or another's
        }
        return page;
    }
}
