package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.LL1Analyzer;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.BitSet;

/**
 * Whether a period may begin at a numeral, read from the parser's ATN. A period can begin with a numeral
 * (NUMBER, CN_DIGITS, MAGNITUDE) only through the grammar's {@code periodNumber} rule (2023年, 十一月, 三季度),
 * and every numeral of a text may begin one, so {@link PeriodReader} would ask the parser at each. A
 * {@code periodNumber} is a run of numerals, and where it is called the next token is one of few (年, 月, 个月,
 * 季度, 至, —, 日 …): those are the tokens that may follow a call of {@code periodNumber} anywhere in the grammar,
 * ANTLR's own ({@code LL1Analyzer}) from the state after each call. So at a numeral followed, after the run of
 * numerals it stands in, by none of them, no period begins, and the parser need not be asked.
 *
 * <p>Where a call of {@code periodNumber} may end its caller, what follows it is not known without the caller's
 * caller: then every token may follow, and this answers true for every numeral (too many calls, never too few).
 *
 * <p>Immutable (static).
 */
final class NumeralFollow {

    /** The token types a {@code periodNumber} may begin with, which nothing else of a period begins with. */
    private static final BitSet NUMERALS = new BitSet();
    /** The token types that may follow a {@code periodNumber}. */
    private static final BitSet FOLLOW = new BitSet();
    /** Whether some call of {@code periodNumber} may end its rule, so that this cannot tell. */
    private static final boolean ANY_FOLLOWS;

    static {
        ATN atn = StatsParser._ATN;
        LL1Analyzer analyzer = new LL1Analyzer(atn);
        addAll(NUMERALS, atn.nextTokens(atn.ruleToStartState[StatsParser.RULE_periodNumber]));
        IntervalSet follow = new IntervalSet();
        for (ATNState state : atn.states) {
            if (state == null) {
                continue;
            }
            for (int t = 0; t < state.getNumberOfTransitions(); t++) {
                Transition transition = state.transition(t);
                if (transition instanceof RuleTransition call
                        && call.ruleIndex == StatsParser.RULE_periodNumber) {
                    follow.addAll(analyzer.LOOK(call.followState, null, null));
                }
            }
        }
        ANY_FOLLOWS = follow.contains(Token.EPSILON) || follow.contains(Token.EOF);
        addAll(FOLLOW, follow);
        FOLLOW.andNot(NUMERALS); // the run of numerals is stepped over whole
    }

    private NumeralFollow() {
    }

    /**
     * @return false where the token at {@code i} is a numeral and the first token after its run of numerals may
     *         not follow a {@code periodNumber} (then no period begins at {@code i}); true otherwise
     */
    static boolean mayStartPeriod(LexedTokens tokens, int i) {
        if (!NUMERALS.get(tokens.type(i))) {
            return true;
        }
        if (ANY_FOLLOWS) {
            return true;
        }
        int size = tokens.size();
        int j = i + 1;
        while (j < size && NUMERALS.get(tokens.type(j))) {
            j++;
        }
        return j < size && FOLLOW.get(tokens.type(j));
    }

    private static void addAll(BitSet set, IntervalSet types) {
        for (Interval interval : types.getIntervals()) {
            set.set(Math.max(interval.a, 1), interval.b + 1);
        }
    }
}
