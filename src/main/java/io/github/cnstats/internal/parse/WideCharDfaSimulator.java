package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * ANTLR's lexer simulator with DFA edges for every character, not only ASCII.
 *
 * <p>ANTLR caches a lexer DFA transition only for characters up to {@link LexerATNSimulator#MAX_DFA_EDGE}
 * (127); for any other character it simulates the ATN again, every time. Chinese text is almost all such
 * characters, so that simulation was half the cost of parsing. This class keeps the transitions for the
 * other characters too, in the same array of each DFA state as ANTLR's own, after its 128, by <em>character class</em>: two
 * characters are of one class when every character transition of the lexer's ATN takes both or neither
 * (the thousands of Han characters that no rule names are one class; 年, 月 and 增 are each a class of their
 * own). From one DFA state, the characters of one class reach the same ATN configurations, so one cached edge
 * serves them all. A lookup is a read of the character's class and one array read, in an array a few hundred
 * entries wide per state, where a table by page of 256 characters was five times wider and missed the
 * processor's caches (the 1 MB corpus touched 1,374 pages of 256 edges). The edges were first kept in a table
 * of their own, by state number, each row an atomic array: a lookup read the state's number, the row and its
 * entry (volatile), and that was about a third of the lexer's time (BENCHMARKS.md).
 *
 * <p>ANTLR's own code still decides every transition and which ones may be cached: none that depend on a
 * predicate (their configurations are marked, and ANTLR adds no edge for them), so the tokens are the same.
 * A predicate may look at the character itself, but an edge whose target was reached through one is never
 * cached, by character or by class.
 *
 * <p>Transitions through a predicate ({@code 年增} before a digit, {@code 初} not before 步) are kept as well, but
 * apart, each with the predicates ANTLR evaluated in computing it and their outcomes, in order. The closure that
 * computes a transition is deterministic: which predicate it evaluates next depends only on the configurations
 * and on the outcomes so far. So when the same predicates, evaluated again at the same place of the new input,
 * give the same outcomes one after the other, ANTLR would compute the same target, and that target is
 * returned; when any differs, the transition is computed, and kept too (at most {@link #MAX_PREDICATED} per state
 * and class). Every predicate of the grammar reads only the input, so evaluating it again changes nothing. Before
 * these were kept, every 年增 of 全年增长 and every 初 computed its transition again (about 3.5% of the CPU).
 *
 * <p>The end of the text is a transition too: ANTLR caches none on {@code EOF} (its edge arrays start at 0), so
 * the last token of every sentence made it compute the reach of a DFA state again, with a new set of ATN
 * configurations, only to find that no rule goes on. Those transitions are kept here as well, one per state,
 * last in its array.
 *
 * <p>Thread-safe like the DFA it extends, which all lexers of the grammar share: edges are added as ANTLR adds
 * its own, under the state's lock, and read without one; each is stored with release semantics, so that a lexer
 * that sees an edge sees the whole state it leads to. Only the default mode's DFA is cached (the grammar has no
 * other), for its first {@link #MAX_STATES} states, so text in every script of Unicode cannot make the arrays
 * hold more than a few megabytes; beyond that, such a state has ANTLR's array of 128 and ANTLR's simulation
 * runs as before. Characters outside the Basic Multilingual Plane never reach it: {@link Utf16CharStream}
 * reads each half of a surrogate pair as a character.
 */
final class WideCharDfaSimulator extends LexerATNSimulator {

    /** DFA states whose wide-character transitions are cached. */
    static final int MAX_STATES = 4096;

    /** The class of each UTF-16 code unit, as the lexer's ATN tells them apart. */
    private static final CharClasses CLASSES = CharClasses.of(StatsLexer._ATN);

    /** Stores an edge with release semantics. */
    private static final VarHandle EDGE = MethodHandles.arrayElementVarHandle(DFAState[].class);
    /** Where a state's edges by character class start in its {@code edges}, after ANTLR's 128 for ASCII. */
    private static final int WIDE = MAX_DFA_EDGE + 1;
    /** Where a state's edge on the end of the text is in its {@code edges}, after those by class. */
    private static final int EOF_EDGE = WIDE + CLASSES.count();
    /** The length of the {@code edges} of every state whose wide-character edges are kept. */
    private static final int WIDE_EDGES = EOF_EDGE + 1;

    /** Transitions through predicates kept per state and class, at most. */
    static final int MAX_PREDICATED = 4;

    /** Per DFA state, by character class, the transitions through predicates computed so far. */
    private static final AtomicReferenceArray<AtomicReferenceArray<PredicatedEdge>> PREDICATED =
            new AtomicReferenceArray<>(MAX_STATES);

    /** The predicates evaluated by the transition being computed, as rule, predicate and outcome, in order. */
    private int[] evaluated = new int[12];
    private int evaluatedCount = -1; // -1: not recording

    WideCharDfaSimulator(Lexer recog, ATN atn, DFA[] decisionToDFA, PredictionContextCache sharedContextCache) {
        super(recog, atn, decisionToDFA, sharedContextCache);
        if (atn != StatsLexer._ATN) {
            throw new IllegalArgumentException("the character classes are those of StatsLexer's ATN");
        }
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        DFAState[] edges = s.edges;
        if (edges == null) {
            return null;
        }
        if (t >= 0 && t <= MAX_DFA_EDGE) {
            return edges[t];
        }
        if (edges.length != WIDE_EDGES) { // a state past MAX_STATES, or of another mode: ANTLR's edges alone
            return null;
        }
        return t == IntStream.EOF ? edges[EOF_EDGE] : t <= Character.MAX_VALUE ? edges[WIDE + CLASSES.of(t)] : null;
    }

    @Override
    protected void addDFAEdge(DFAState p, int t, DFAState q) {
        if (!caches(p)) {
            super.addDFAEdge(p, t, q); // ASCII only, in ANTLR's array of 128
            return;
        }
        int index;
        if (t >= 0 && t <= MAX_DFA_EDGE) {
            index = t;
        } else if (t == IntStream.EOF) {
            index = EOF_EDGE;
        } else if (t <= Character.MAX_VALUE) {
            index = WIDE + CLASSES.of(t);
        } else {
            return;
        }
        synchronized (p) { // as ANTLR adds its edges, and reads them without a lock
            if (p.edges == null) {
                p.edges = new DFAState[WIDE_EDGES];
            } else if (p.edges.length != WIDE_EDGES) { // made by a plain StatsLexer, which shares the DFA
                p.edges = Arrays.copyOf(p.edges, WIDE_EDGES);
            }
            EDGE.setRelease(p.edges, index, q);
        }
    }

    /** Whether the edges of {@code s} are kept in an array of {@link #WIDE_EDGES}: every state this lexer makes. */
    private boolean caches(DFAState s) {
        return mode == Lexer.DEFAULT_MODE && s.stateNumber >= 0 && s.stateNumber < MAX_STATES;
    }

    @Override
    protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
        AtomicReferenceArray<PredicatedEdge> row = mode == Lexer.DEFAULT_MODE ? predicatedRow(s, t, false) : null;
        int cls = row == null ? -1 : CLASSES.of(t);
        if (row != null) {
            for (PredicatedEdge edge = row.get(cls); edge != null; edge = edge.next) {
                if (edge.holds(this, input)) {
                    return edge.target;
                }
            }
        }
        evaluatedCount = 0;
        DFAState target;
        int count;
        try {
            target = super.computeTargetState(input, s, t);
        } finally {
            count = evaluatedCount;
            evaluatedCount = -1;
        }
        if (count > 0 && mode == Lexer.DEFAULT_MODE) {
            // ANTLR added no edge, as a predicate was evaluated: keep it here with the outcomes.
            keep(s, t, Arrays.copyOf(evaluated, count), target);
        }
        return target;
    }

    /** Keeps the transition from {@code s} on {@code t} to {@code target} that the predicates led to. */
    private static void keep(DFAState s, int t, int[] outcomes, DFAState target) {
        AtomicReferenceArray<PredicatedEdge> row = predicatedRow(s, t, true);
        if (row == null) {
            return;
        }
        int cls = CLASSES.of(t);
        PredicatedEdge head = row.get(cls);
        int size = 0;
        for (PredicatedEdge e = head; e != null; e = e.next) {
            size++;
        }
        if (size < MAX_PREDICATED) {
            row.compareAndSet(cls, head, new PredicatedEdge(outcomes, target, head));
        }
    }

    @Override
    protected boolean evaluatePredicate(CharStream input, int ruleIndex, int predIndex, boolean speculative) {
        boolean outcome = super.evaluatePredicate(input, ruleIndex, predIndex, speculative);
        if (evaluatedCount >= 0) {
            if (evaluatedCount + 3 > evaluated.length) {
                evaluated = Arrays.copyOf(evaluated, evaluated.length * 2);
            }
            evaluated[evaluatedCount++] = ruleIndex;
            evaluated[evaluatedCount++] = predIndex;
            evaluated[evaluatedCount++] = (outcome ? 1 : 0) | (speculative ? 2 : 0);
        }
        return outcome;
    }

    /** The transitions through predicates from {@code s} on {@code t} by class, made if {@code create} allows. */
    private static AtomicReferenceArray<PredicatedEdge> predicatedRow(DFAState s, int t, boolean create) {
        if ( s.stateNumber < 0 || s.stateNumber >= MAX_STATES
                || t < 0 || t > Character.MAX_VALUE) {
            return null;
        }
        AtomicReferenceArray<PredicatedEdge> row = PREDICATED.get(s.stateNumber);
        if (row == null && create) {
            PREDICATED.compareAndSet(s.stateNumber, null, new AtomicReferenceArray<>(CLASSES.count()));
            row = PREDICATED.get(s.stateNumber);
        }
        return row;
    }

    /**
     * A transition computed through predicates: the predicates in the order evaluated, each as rule, predicate,
     * and outcome (bit 0) with whether it was evaluated speculatively (bit 1), and the state they led to.
     */
    private static final class PredicatedEdge {

        final int[] outcomes;
        final DFAState target;
        final PredicatedEdge next;

        PredicatedEdge(int[] outcomes, DFAState target, PredicatedEdge next) {
            this.outcomes = outcomes;
            this.target = target;
            this.next = next;
        }

        /** Whether the predicates, evaluated in order on {@code input}, give the outcomes kept. */
        boolean holds(WideCharDfaSimulator simulator, CharStream input) {
            for (int i = 0; i < outcomes.length; i += 3) {
                boolean speculative = (outcomes[i + 2] & 2) != 0;
                boolean outcome = simulator.evaluateAgain(input, outcomes[i], outcomes[i + 1], speculative);
                if (outcome != ((outcomes[i + 2] & 1) != 0)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Evaluates a predicate as ANTLR's closure does, without noting it. */
    private boolean evaluateAgain(CharStream input, int ruleIndex, int predIndex, boolean speculative) {
        return super.evaluatePredicate(input, ruleIndex, predIndex, speculative);
    }

    /**
     * The UTF-16 code units partitioned by the character transitions of a lexer's ATN: two code units are of
     * one class when each transition's set holds both or neither, so the ATN cannot tell them apart.
     */
    static final class CharClasses {

        private final char[] classOf;
        private final int count;

        private CharClasses(char[] classOf, int count) {
            this.classOf = classOf;
            this.count = count;
        }

        /** The classes of {@code atn}'s character transitions (atoms, ranges, sets and their complements). */
        static CharClasses of(ATN atn) {
            Set<IntervalSet> labels = new LinkedHashSet<>();
            for (ATNState state : atn.states) {
                if (state == null) {
                    continue;
                }
                for (int i = 0; i < state.getNumberOfTransitions(); i++) {
                    Transition transition = state.transition(i);
                    IntervalSet label = transition.label(); // null for epsilon, rule, predicate, wildcard
                    if (label != null) {
                        labels.add(label);
                    }
                }
            }
            int[] classOf = new int[Character.MAX_VALUE + 1];
            int count = 1;
            int[] split = new int[16];
            for (IntervalSet label : labels) {
                // Each class that meets the label splits in two: its members in the label take a new number.
                if (split.length < count) {
                    split = new int[Math.max(count, split.length * 2)];
                }
                Arrays.fill(split, 0, count, -1);
                for (Interval interval : label.getIntervals()) {
                    int from = Math.max(interval.a, 0);
                    int to = Math.min(interval.b, Character.MAX_VALUE);
                    for (int c = from; c <= to; c++) {
                        int old = classOf[c];
                        if (split[old] < 0) {
                            split[old] = count++;
                            if (split.length < count) {
                                split = Arrays.copyOf(split, split.length * 2);
                                Arrays.fill(split, count, split.length, -1);
                            }
                        }
                        classOf[c] = split[old];
                    }
                }
            }
            // Number the classes left (a class wholly inside a label left its old number unused) from 0.
            int[] number = new int[count];
            Arrays.fill(number, -1);
            int used = 0;
            char[] compact = new char[classOf.length];
            for (int c = 0; c < classOf.length; c++) {
                int old = classOf[c];
                if (number[old] < 0) {
                    number[old] = used++;
                }
                compact[c] = (char) number[old];
            }
            return new CharClasses(compact, used);
        }

        /** The class of code unit {@code c}. */
        int of(int c) {
            return classOf[c];
        }

        /** How many classes there are, numbered from 0. */
        int count() {
            return count;
        }
    }
}
