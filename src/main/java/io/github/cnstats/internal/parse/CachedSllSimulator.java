package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

import java.util.Arrays;

/**
 * ANTLR's parser simulator, answering an SLL prediction that the decision's DFA already holds from a table of
 * ints beside it.
 *
 * <p>Once the grammar's DFA has seen the text's phrases, almost every prediction is a walk along cached edges
 * to an accept state, some 130,000 predictions a megabyte. ANTLR's {@code adaptivePredict} wraps that walk in
 * field writes, a mark and release of the stream and a full-context check, and each step reads a state
 * object, its edge array's length and the edge, then the target's flags: four scattered reads, which missed
 * the processor's caches often enough to be the most of the parser's time (BENCHMARKS.md). Here each decision
 * has a table of ints, a row of one entry per token type for each of its DFA states, by the state's number:
 * an entry is 0 where nothing is known, the number of the target state plus one, or, for a target that is an
 * accept state with no predicate, minus its prediction; a step is one read.
 *
 * <p>The table only copies edges of ANTLR's DFA, which never change once made, so the walk follows exactly the
 * edges that ANTLR's {@code execATN} would follow and returns the same alternative. Where the table knows
 * nothing, the walk goes on with the DFA's own objects and copies the edge it finds; where the DFA has no edge
 * either, or it leads to the error state or to predicates, or the decision has no start state yet, or the
 * prediction is full LL, ANTLR predicts from the start as ever.
 *
 * <p>The tables are shared by all parsers of the grammar, as its DFA is, and read without a lock: an int is
 * read whole, a fact once written stays true, and 0 (which a grown table may show for a while to another
 * thread) only sends the walk to the DFA. A table grows under its lock.
 */
final class CachedSllSimulator extends ParserATNSimulator {

    /** States of a decision beyond this many get no row, and are walked in ANTLR's DFA. */
    static final int MAX_STATES = 1024;

    /** The tables by decision, made when a decision's DFA gets its start state. */
    private final Table[] tables;

    CachedSllSimulator(Parser parser, ParserATNSimulator antlr) {
        super(parser, parser.getATN(), antlr.decisionToDFA, antlr.getSharedContextCache());
        this.tables = tablesOf(parser.getATN(), antlr.decisionToDFA);
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        Table table = tables[decision];
        if (getPredictionMode() != PredictionMode.SLL || table == null) {
            return super.adaptivePredict(input, decision, outerContext);
        }
        DFAState s0 = decisionToDFA[decision].s0;
        if (s0 == null || s0.stateNumber >= MAX_STATES) {
            return predictAndNoteStart(input, decision, outerContext, table);
        }
        int start = input.index();
        int t = input.LA(1);
        int state = s0.stateNumber;
        int width = table.width;
        while (t + 1 < width) { // t is at least EOF (-1)
            int[] next = table.next;
            int at = state * width + t + 1;
            int entry = at < next.length ? next[at] : 0;
            if (entry == 0) {
                entry = table.copyEdge(state, t);
                if (entry == 0) {
                    break;
                }
            }
            if (entry < 0) {
                input.seek(start);
                return -entry;
            }
            state = entry - 1;
            if (t != Token.EOF) {
                input.consume();
                t = input.LA(1);
            }
        }
        input.seek(start);
        return predictAndNoteStart(input, decision, outerContext, table);
    }

    /** ANTLR's prediction, the decision's start state noted in its table once ANTLR has made it. */
    private int predictAndNoteStart(TokenStream input, int decision, ParserRuleContext outerContext, Table table) {
        int alt = super.adaptivePredict(input, decision, outerContext);
        DFAState s0 = decisionToDFA[decision].s0;
        if (s0 != null && s0.stateNumber < MAX_STATES && !table.knows(s0)) {
            table.note(s0);
        }
        return alt;
    }

    /** The tables of the grammar's decisions, one per parser's DFA array: null for a precedence DFA. */
    private static Table[] tablesOf(ATN atn, DFA[] dfas) {
        synchronized (SHARED) {
            Table[] tables = SHARED.dfas == dfas ? SHARED.tables : null;
            if (tables == null) {
                tables = new Table[dfas.length];
                for (int d = 0; d < dfas.length; d++) {
                    tables[d] = dfas[d].isPrecedenceDfa() ? null : new Table(atn.maxTokenType + 2);
                }
                SHARED.dfas = dfas;
                SHARED.tables = tables;
            }
            return tables;
        }
    }

    /** The tables of the last DFA array seen: StatsParser has one, shared by all its parsers. */
    private static final Shared SHARED = new Shared();

    private static final class Shared {
        DFA[] dfas;
        Table[] tables;
    }

    /** The edges of one decision's DFA copied so far, as ints, and the states they come from. */
    private static final class Table {

        final int width;
        int[] next = new int[0];
        DFAState[] states = new DFAState[0];

        Table(int width) {
            this.width = width;
        }

        /**
         * Copies the DFA's edge from state {@code number} on {@code t}, if the DFA has one that the table can
         * hold.
         *
         * @return the entry now in the table, or 0 when there is none
         */
        int copyEdge(int number, int t) {
            DFAState[] known = states;
            DFAState s = number < known.length ? known[number] : null;
            DFAState[] edges = s == null ? null : s.edges;
            DFAState d = edges != null && t + 1 < edges.length ? edges[t + 1] : null;
            if (d == null || d == ERROR || d.stateNumber < 0 || d.stateNumber >= MAX_STATES) {
                return 0;
            }
            int entry;
            if (d.isAcceptState) {
                if (d.predicates != null) {
                    return 0;
                }
                entry = -d.prediction;
            } else {
                entry = d.stateNumber + 1;
                note(d);
            }
            synchronized (this) {
                grow(number);
                next[number * width + t + 1] = entry;
            }
            return entry;
        }

        /** Whether state {@code s} is noted. */
        boolean knows(DFAState s) {
            DFAState[] known = states;
            return s.stateNumber < known.length && known[s.stateNumber] == s;
        }

        /** Notes state {@code s}, so that its edges can be copied. */
        synchronized void note(DFAState s) {
            grow(s.stateNumber);
            states[s.stateNumber] = s;
        }

        private void grow(int number) {
            if (number >= states.length) {
                int rows = Math.min(MAX_STATES, Math.max(number + 1, states.length * 2));
                states = Arrays.copyOf(states, rows);
                next = Arrays.copyOf(next, rows * width);
            }
        }
    }
}
