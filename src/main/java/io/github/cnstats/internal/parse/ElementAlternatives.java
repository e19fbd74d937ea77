package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.LL1Analyzer;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What the alternatives of the grammar's {@code element} rule can begin with, read from the parser's ATN: the
 * token types at which the parser may choose a phrase (an alternative that calls a rule: {@code streak},
 * {@code notStatistic}, {@code levelChange}, {@code change}, {@code quantity}), and those it reads as a marker (an
 * alternative of one named token: 分别, 、, a clause end …). Every other token is text there (the wildcard).
 *
 * <p>At a token that no phrase can begin with, {@code element} can only choose an alternative of one token, so
 * {@link RunReader} need not ask the parser: what such an element is, a marker or text, follows from the
 * token's type alone. Each alternative's first tokens are ANTLR's own ({@code LL1Analyzer}), taken whole for
 * an alternative it cannot compute them for, so the set of phrase starts can only be too large (which costs a
 * call of the parser), never too small; a phrase added to the grammar adds its first tokens.
 *
 * <p>Immutable.
 */
final class ElementAlternatives {

    private static final ElementAlternatives GRAMMAR = fromAtn(StatsParser._ATN, StatsParser.RULE_element);
    /** The alternatives of {@code periodOrToken}: a period, or one token as text. */
    private static final ElementAlternatives PERIODS = fromAtn(StatsParser._ATN, StatsParser.RULE_periodOrToken);

    /** The alternatives of {@code frameOrToken}: a comparison frame, or one token as text. */
    private static final ElementAlternatives FRAMES = fromAtn(StatsParser._ATN, StatsParser.RULE_frameOrToken);

    /** The token types that some phrase alternative can begin with. */
    private final BitSet phraseStarts;
    /** The token types that an alternative of one named token reads. */
    private final BitSet markers;

    private ElementAlternatives(BitSet phraseStarts, BitSet markers) {
        this.phraseStarts = phraseStarts;
        this.markers = markers;
    }

    /** @return the alternatives of the grammar's {@code element} rule */
    static ElementAlternatives grammar() {
        return GRAMMAR;
    }

    /**
     * @return the alternatives of the grammar's {@code periodOrToken} rule, whose phrase starts are the tokens a
     *         period may begin with
     */
    static ElementAlternatives periods() {
        return PERIODS;
    }

    /** @return the alternatives of {@code frameOrToken}, whose phrase starts are the tokens a frame may begin with */
    static ElementAlternatives frames() {
        return FRAMES;
    }

    /** @return whether the parser may read a phrase of several tokens from a token of {@code type} */
    boolean mayStartPhrase(int type) {
        return phraseStarts.get(type);
    }

    /** @return whether a token of {@code type}, as an element of its own, is a marker rather than text */
    boolean isMarker(int type) {
        return markers.get(type);
    }

    private static ElementAlternatives fromAtn(ATN atn, int rule) {
        DecisionState decision = decisionOf(atn, rule);
        IntervalSet[] lookahead = new LL1Analyzer(atn).getDecisionLookahead(decision);
        IntervalSet anyToken = IntervalSet.of(Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType);
        BitSet phraseStarts = new BitSet();
        BitSet markers = new BitSet();
        for (int alt = 0; alt < decision.getNumberOfTransitions(); alt++) {
            IntervalSet first = lookahead[alt] != null ? lookahead[alt] : anyToken;
            if (!readsOneToken(decision.transition(alt).target, false, new HashSet<>())) {
                addAll(phraseStarts, first);
            } else if (!first.equals(anyToken)) { // the catch-all, which reads any token, is text
                addAll(markers, first);
            }
        }
        return new ElementAlternatives(phraseStarts, markers);
    }

    /**
     * The decision of {@code rule} that chooses among its alternatives: the first decision after the rule's start
     * (a later one, such as the optional tail of {@code quantityElement}, decides within an alternative).
     */
    private static DecisionState decisionOf(ATN atn, int rule) {
        ATNState state = atn.ruleToStartState[rule];
        while (!(state instanceof DecisionState) && state.getNumberOfTransitions() == 1
                && state.transition(0).isEpsilon()) {
            state = state.transition(0).target;
        }
        if (!(state instanceof DecisionState decision) || decision.ruleIndex != rule) {
            throw new IllegalStateException("rule " + rule + " does not start with a decision");
        }
        return decision;
    }

    /**
     * Whether every path from {@code state} to the end of its rule reads exactly one token and calls no rule.
     *
     * @param matched whether the path to {@code state} has read a token
     * @param onPath  the states of the path, so that a loop (which may read more) answers false
     */
    private static boolean readsOneToken(ATNState state, boolean matched, Set<ATNState> onPath) {
        if (state instanceof RuleStopState) {
            return matched;
        }
        if (!onPath.add(state)) {
            return false;
        }
        boolean one = true;
        for (int t = 0; t < state.getNumberOfTransitions() && one; t++) {
            Transition transition = state.transition(t);
            if (transition instanceof RuleTransition) {
                one = false;
            } else if (transition.isEpsilon()) {
                one = readsOneToken(transition.target, matched, onPath);
            } else {
                one = !matched && readsOneToken(transition.target, true, onPath);
            }
        }
        onPath.remove(state);
        return one;
    }

    private static void addAll(BitSet set, IntervalSet types) {
        for (Interval interval : types.getIntervals()) {
            set.set(Math.max(interval.a, 1), interval.b + 1);
        }
    }
}
