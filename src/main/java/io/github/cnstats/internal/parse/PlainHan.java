package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.BitSet;

/**
 * The Han characters that can only ever be a one-character {@code HAN} token: no lexer rule but {@code HAN}
 * may start with them, and no unit of the lexicon does. Most characters of an article are such characters
 * (获, 案, 件, 犯, 罪 …), and {@link LexiconLexer} reads a run of them as one token without asking ANTLR or the
 * lexicon, which was most of the lexer's work.
 *
 * <p>The set is computed from the grammar itself, from the first characters of each lexer rule in its ATN, so
 * a keyword added to the grammar can never be swallowed by a run: its first character leaves the set.
 * Immutable, and so shared by all lexers over the same lexicon.
 */
final class PlainHan {

    private final BitSet plain;

    private PlainHan(BitSet plain) {
        this.plain = plain;
    }

    /** The plain Han characters of the grammar with {@code units} as its unit lexicon. */
    static PlainHan of(UnitLexicon units) {
        ATN atn = StatsLexer._ATN;
        IntervalSet han = null;
        IntervalSet others = new IntervalSet();
        for (int rule = 0; rule < atn.ruleToStartState.length; rule++) {
            int tokenType = atn.ruleToTokenType[rule];
            if (tokenType <= 0 || tokenType == StatsLexer.OTHER) {
                continue; // a fragment starts no token; OTHER, the catch-all, starts with anything
            }
            IntervalSet first = atn.nextTokens(atn.ruleToStartState[rule]);
            if (tokenType == StatsLexer.HAN) {
                han = first;
            } else {
                others.addAll(first);
            }
        }
        if (han == null) {
            throw new IllegalStateException("the lexer has no HAN rule");
        }
        BitSet plain = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && han.contains(c) && !others.contains(c)
                    && !units.mayStartWith((char) c)) {
                plain.set(c);
            }
        }
        return new PlainHan(plain);
    }

    /** No character at all: every character goes through ANTLR, as it did before runs were read here. */
    static PlainHan none() {
        return new PlainHan(new BitSet());
    }

    /** Whether {@code c} can only be a {@code HAN} token of its own. */
    boolean contains(char c) {
        return plain.get(c);
    }
}
