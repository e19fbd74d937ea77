package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a text can hold a token that starts a statistic ({@link SentenceParser} parses only the clauses that
 * do; without one a text yields nothing), answered from its characters without lexing. Every such token begins
 * with one of the prefixes of one or two characters collected here, so a text with none of them lexes to no such
 * token. The test is per character, so 一 and 增 (whole tokens by themselves) let a text through even in 统一 or
 * 增强; but 成, 持, 上 and 下 start a statistic token only with a second character (成长, 持平, 上升, 下降), so
 * 成为, 持续 and 上级 do not.
 *
 * <p>The prefixes are read from the lexer's ATN, as {@link PlainHan} reads first characters: for each token type
 * that starts a statistic, the characters its rule can begin with, and for those that cannot be the whole
 * token, the characters that can come second. Predicates count as true, so the set can only be too large, never
 * too small; a keyword added to the grammar adds its prefix. Tokens come from the grammar's rules only (the
 * lexicon makes units, which start nothing), so the prefix of every statistic token is in the set.
 *
 * <p>Immutable.
 */
public final class StatisticPrefixes {

    private static final StatisticPrefixes GRAMMAR = fromAtn();

    /** Characters that some statistic token can start with. */
    private final BitSet first;
    /** Characters that are a whole statistic token by themselves: 一, 万, 增, 7. */
    private final BitSet whole;
    /** The characters of {@link #first} not in {@link #whole}, ascending, each with {@link #seconds}. */
    private final char[] leads;
    /** For each of {@link #leads}, the characters that can follow it in a statistic token: 持 → 平. */
    private final BitSet[] seconds;

    private StatisticPrefixes(BitSet first, BitSet whole, char[] leads, BitSet[] seconds) {
        this.first = first;
        this.whole = whole;
        this.leads = leads;
        this.seconds = seconds;
    }

    /** @return the prefixes of the grammar's statistic tokens */
    public static StatisticPrefixes grammar() {
        return GRAMMAR;
    }

    /**
     * @return whether {@code text[start, end)} holds a prefix of a statistic token; if not, lexing that text
     *         gives no statistic token
     */
    public boolean occurIn(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!first.get(c)) {
                continue;
            }
            if (whole.get(c) || (i + 1 < end && secondsOf(c).get(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code c} alone is a statistic token */
    boolean isWhole(char c) {
        return whole.get(c);
    }

    /** @return the characters that can follow {@code c} in a statistic token, for {@code c} in {@link #first} */
    BitSet secondsOf(char c) {
        int at = Arrays.binarySearch(leads, c);
        return at >= 0 ? seconds[at] : new BitSet();
    }

    private static StatisticPrefixes fromAtn() {
        ATN atn = StatsLexer._ATN;
        BitSet first = new BitSet();
        BitSet whole = new BitSet();
        Map<Integer, BitSet> secondsByChar = new HashMap<>();
        for (int rule = 0; rule < atn.ruleToStartState.length; rule++) {
            if (!SentenceParser.isStatisticToken(atn.ruleToTokenType[rule])) {
                continue;
            }
            List<Config> start = closure(List.of(new Config(atn.ruleToStartState[rule], null)));
            BitSet firsts = charactersMatched(start);
            for (int c = firsts.nextSetBit(0); c >= 0; c = firsts.nextSetBit(c + 1)) {
                first.set(c);
                List<Config> afterFirst = closure(step(start, c));
                if (canEnd(afterFirst)) {
                    whole.set(c);
                }
                secondsByChar.computeIfAbsent(c, key -> new BitSet()).or(charactersMatched(afterFirst));
            }
        }
        int count = 0;
        for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
            count += whole.get(c) ? 0 : 1;
        }
        char[] leads = new char[count];
        BitSet[] seconds = new BitSet[count];
        int k = 0;
        for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
            if (!whole.get(c)) {
                leads[k] = (char) c;
                seconds[k] = secondsByChar.get(c);
                k++;
            }
        }
        return new StatisticPrefixes(first, whole, leads, seconds);
    }


    /**
     * A state of the lexer's ATN with the states to return to after the fragment rules it is in (the lexer's
     * rules call fragments such as {@code DIGIT}); {@code returns} is null outside any fragment.
     */
    private record Config(ATNState state, Returns returns) {
    }

    /** A stack of return states, as an immutable list. */
    private record Returns(ATNState state, Returns next) {
    }

    /**
     * The configurations reachable from {@code from} without reading a character: through epsilon, action and
     * predicate transitions (a predicate counts as true), into fragment rules and back out of them.
     */
    private static List<Config> closure(List<Config> from) {
        Set<Config> seen = new HashSet<>(from);
        Deque<Config> work = new ArrayDeque<>(from);
        List<Config> out = new ArrayList<>();
        while (!work.isEmpty()) {
            Config config = work.pop();
            out.add(config);
            ATNState state = config.state();
            if (state instanceof RuleStopState && config.returns() != null) {
                Config back = new Config(config.returns().state(), config.returns().next());
                if (seen.add(back)) {
                    work.push(back);
                }
                continue;
            }
            for (int t = 0; t < state.getNumberOfTransitions(); t++) {
                Transition transition = state.transition(t);
                if (!transition.isEpsilon()) {
                    continue;
                }
                Config next = transition instanceof RuleTransition call
                        ? new Config(call.target, new Returns(call.followState, config.returns()))
                        : new Config(transition.target, config.returns());
                if (seen.add(next)) {
                    work.push(next);
                }
            }
        }
        return out;
    }

    /** The configurations after reading {@code c} from {@code configs}, before their closure. */
    private static List<Config> step(List<Config> configs, int c) {
        List<Config> out = new ArrayList<>();
        for (Config config : configs) {
            for (int t = 0; t < config.state().getNumberOfTransitions(); t++) {
                Transition transition = config.state().transition(t);
                if (!transition.isEpsilon() && transition.matches(c, Character.MIN_VALUE, Character.MAX_VALUE)) {
                    out.add(new Config(transition.target, config.returns()));
                }
            }
        }
        return out;
    }

    /** The characters that some configuration of {@code configs} can read next. */
    private static BitSet charactersMatched(List<Config> configs) {
        BitSet out = new BitSet();
        for (Config config : configs) {
            for (int t = 0; t < config.state().getNumberOfTransitions(); t++) {
                Transition transition = config.state().transition(t);
                if (transition.isEpsilon()) {
                    continue;
                }
                IntervalSet label = transition.label();
                if (label != null && !(transition instanceof NotSetTransition)) {
                    for (Interval interval : label.getIntervals()) {
                        out.set(Math.max(interval.a, Character.MIN_VALUE), Math.min(interval.b, Character.MAX_VALUE) + 1);
                    }
                    continue;
                }
                for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) { // a negated set, a wildcard
                    if (transition.matches(c, Character.MIN_VALUE, Character.MAX_VALUE)) {
                        out.set(c);
                    }
                }
            }
        }
        return out;
    }

    /** Whether the token's rule can end in one of {@code configs}: its stop state, outside any fragment. */
    private static boolean canEnd(List<Config> configs) {
        for (Config config : configs) {
            if (config.state() instanceof RuleStopState && config.returns() == null) {
                return true;
            }
        }
        return false;
    }
}
