package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lexer's DFA keeps one edge per character class ({@link WideCharDfaSimulator.CharClasses}): that is only
 * the same as an edge per character if no character transition of the ATN holds one member of a class and not
 * another.
 */
class CharClassesTest {

    private static final WideCharDfaSimulator.CharClasses CLASSES =
            WideCharDfaSimulator.CharClasses.of(StatsLexer._ATN);

    @Test
    void everyTransitionHoldsAllOfAClassOrNoneOfIt() {
        int labels = 0;
        for (ATNState state : StatsLexer._ATN.states) {
            for (int i = 0; state != null && i < state.getNumberOfTransitions(); i++) {
                IntervalSet label = state.transition(i).label();
                if (label == null) {
                    continue;
                }
                labels++;
                boolean[] in = new boolean[Character.MAX_VALUE + 1];
                for (Interval interval : label.getIntervals()) {
                    for (int c = Math.max(0, interval.a); c <= Math.min(interval.b, Character.MAX_VALUE); c++) {
                        in[c] = true;
                    }
                }
                byte[] seen = new byte[CLASSES.count()]; // 0 none yet, 1 in the label, 2 out of it
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    byte now = in[c] ? (byte) 1 : (byte) 2;
                    int k = CLASSES.of(c);
                    if (seen[k] == 0) {
                        seen[k] = now;
                    }
                    assertEquals(seen[k], now, () -> "a class split by " + label);
                }
            }
        }
        assertTrue(labels > 100, "the lexer's ATN has its character transitions");
    }

    @Test
    void hanThatNoRuleNamesIsOneClassAndARuleWordIsApart() {
        assertEquals(CLASSES.of('鹅'), CLASSES.of('鸭'));
        assertNotEquals(CLASSES.of('鹅'), CLASSES.of('增'));
        assertNotEquals(CLASSES.of('年'), CLASSES.of('月'));
        assertTrue(CLASSES.count() < 1024, "a few hundred classes, not one per character: " + CLASSES.count());
        int[] sizes = new int[CLASSES.count()];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            sizes[CLASSES.of(c)]++;
        }
        assertEquals(Character.MAX_VALUE + 1, Arrays.stream(sizes).sum());
        assertTrue(Arrays.stream(sizes).allMatch(size -> size > 0), "classes are numbered without gaps");
    }
}
