package io.github.cnstats.internal.ast;

import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.numeral.Numerals;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Arabic numbers written in magnitude groups, as Taiwan and Hong Kong press write them: {@code 2萬4,000} is
 * 24000, {@code 1億2千萬} is 120000000, and {@code 3萬5} is 35000 (a lone last digit takes the next lower
 * unit, as in spoken Chinese).
 */
final class GroupedNumerals {

    private GroupedNumerals() {
    }

    /**
     * @throws NumberFormatException if the groups are not written in falling order of magnitude, or are
     *                               separated by spaces (two numbers, not one)
     */
    static BigDecimal value(StatsParser.GroupedNumeralContext numeral) {
        List<Group> groups = new ArrayList<>();
        int expectedStart = numeral.getStart().getStartIndex();
        for (int i = 0; i < numeral.getChildCount(); i++) {
            ParseTree child = numeral.getChild(i);
            Token token = ((TerminalNode) child).getSymbol();
            if (token.getStartIndex() != expectedStart) {
                throw new NumberFormatException("a gap inside a grouped number: " + numeral.getText());
            }
            expectedStart = token.getStopIndex() + 1;
            if (token.getType() == StatsParser.NUMBER) {
                groups.add(new Group(token.getText()));
            } else {
                groups.get(groups.size() - 1).magnitudes.append(token.getText());
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal previousScale = null;
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            BigDecimal scale = group.magnitudes.length() == 0 ? BigDecimal.ONE
                    : Numerals.applyMagnitudes(BigDecimal.ONE, group.magnitudes.toString());
            boolean last = i == groups.size() - 1;
            if (last && group.magnitudes.length() == 0 && group.digits.length() == 1 && previousScale != null) {
                scale = previousScale.movePointLeft(1); // 3万5: the lone digit is 5千
            }
            BigDecimal value = Numerals.parseArabic(group.digits).multiply(scale);
            if (previousScale != null && value.compareTo(previousScale) >= 0) {
                throw new NumberFormatException("groups out of order: " + numeral.getText());
            }
            total = total.add(value);
            previousScale = scale;
        }
        return Numerals.parseArabic(total.stripTrailingZeros().toPlainString());
    }

    /** One number and the magnitudes after it. */
    private static final class Group {
        final String digits;
        final StringBuilder magnitudes = new StringBuilder();

        Group(String digits) {
            this.digits = digits;
        }
    }
}
