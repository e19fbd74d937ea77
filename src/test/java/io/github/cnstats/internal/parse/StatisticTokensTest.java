package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds {@link SentenceParser}'s statistic tokens to the grammar. A clause with none of them is not parsed, so
 * a phrase that the grammar could read without one would be lost without a sound: this test reads the parser's
 * ATN and fails when any phrase alternative of {@code element} can be completed without reading one of them,
 * for instance after a new alternative that starts with a word of its own and holds no numeral.
 */
class StatisticTokensTest {

    private static final ATN ATN = StatsParser._ATN;

    @Test
    void noPhraseOfAnElementCanBeReadWithoutAStatisticToken() {
        boolean[] completesWithout = rulesThatCompleteWithoutAStatisticToken();
        List<String> phraseRules = new ArrayList<>();
        for (int rule : phraseRulesOfElement()) {
            String name = StatsParser.ruleNames[rule];
            phraseRules.add(name);
            assertFalse(completesWithout[rule], () -> "the rule " + name + " can be read without a token of "
                    + "SentenceParser.STATISTIC_TOKENS, so a clause holding only it would never be parsed: add "
                    + "the token it needs to that set");
        }
        assertTrue(phraseRules.contains("quantity") && phraseRules.contains("change"), phraseRules::toString);
    }

    @Test
    void theAnalysisSeesARuleThatNeedsNoStatisticToken() {
        // A numeral needs one of the tokens, the words of a named reference never do: the analysis tells them apart.
        boolean[] completesWithout = rulesThatCompleteWithoutAStatisticToken();
        assertTrue(completesWithout[StatsParser.RULE_refWords]);
        assertFalse(completesWithout[StatsParser.RULE_numeral]);
        assertEquals(StatsParser.ruleNames.length, completesWithout.length);
    }

    /** The rules that the alternatives of {@code element} call first: its phrases (markers call none). */
    private static Set<Integer> phraseRulesOfElement() {
        Set<Integer> rules = new HashSet<>();
        Deque<ATNState> open = new ArrayDeque<>();
        Set<ATNState> seen = new HashSet<>();
        open.push(ATN.ruleToStartState[StatsParser.RULE_element]);
        while (!open.isEmpty()) {
            ATNState state = open.pop();
            if (!seen.add(state)) {
                continue;
            }
            for (int t = 0; t < state.getNumberOfTransitions(); t++) {
                Transition transition = state.transition(t);
                if (transition instanceof RuleTransition call) {
                    rules.add(call.target.ruleIndex);
                } else if (transition.isEpsilon()) {
                    open.push(transition.target);
                }
            }
        }
        return rules;
    }

    /**
     * For each rule, whether some path from its start to its end reads no statistic token: a fixed point over
     * the rules, since a rule can be completed so if the rules it calls on such a path can.
     */
    private static boolean[] rulesThatCompleteWithoutAStatisticToken() {
        boolean[] without = new boolean[ATN.ruleToStartState.length];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int rule = 0; rule < without.length; rule++) {
                if (!without[rule] && reachesStopWithout(rule, without)) {
                    without[rule] = true;
                    changed = true;
                }
            }
        }
        return without;
    }

    private static boolean reachesStopWithout(int rule, boolean[] without) {
        Deque<ATNState> open = new ArrayDeque<>();
        Set<ATNState> seen = new HashSet<>();
        open.push(ATN.ruleToStartState[rule]);
        while (!open.isEmpty()) {
            ATNState state = open.pop();
            if (state instanceof RuleStopState) {
                return true;
            }
            if (!seen.add(state)) {
                continue;
            }
            for (int t = 0; t < state.getNumberOfTransitions(); t++) {
                Transition transition = state.transition(t);
                if (transition instanceof RuleTransition call) {
                    if (without[call.target.ruleIndex]) {
                        open.push(call.followState);
                    }
                } else if (transition.isEpsilon() || matchesAnOrdinaryToken(transition)) {
                    open.push(transition.target);
                }
            }
        }
        return false;
    }

    private static boolean matchesAnOrdinaryToken(Transition transition) {
        for (int type = 1; type <= ATN.maxTokenType; type++) {
            if (!SentenceParser.isStatisticToken(type) && transition.matches(type, 1, ATN.maxTokenType)) {
                return true;
            }
        }
        return false;
    }
}
