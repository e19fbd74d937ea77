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
     * @throws NumberFormatException if the groups are not written in falling order of magnitude (nor scaled by a
     *                               magnitude at the end), or are separated by spaces (two numbers, not one)
     */
    static BigDecimal value(StatsParser.GroupedNumeralContext numeral) {
        for (int i = 0; i < numeral.getChildCount(); i++) {
            if (((TerminalNode) numeral.getChild(i)).getSymbol().getType() == StatsParser.CN_DIGITS) {
                return withZero(numeral);
            }
        }
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
                // 3千5百亿, 1千2百万: a larger magnitude at the end scales the groups before it, as in the
                // Chinese numeral they stand for (三千五百亿); read so where every group is a section, else refused
                return withZero(numeral);
            }
            total = total.add(value);
            previousScale = scale;
        }
        return Numerals.parseArabic(total.stripTrailingZeros().toPlainString());
    }

    /**
     * 1千零20, 2千零30万, 3千5百亿: Arabic groups with 零 for a missing position, or with a magnitude at the end
     * larger than those before it, read as the Chinese numeral they stand for (一千零二十, 二千零三十万, 三千五百亿),
     * so that a magnitude at the end scales every group before it, as a reader reads it. Every number must be a
     * whole number below 10 000 (a section), and every CN_DIGITS a zero; the Chinese reading refuses groups that
     * are still out of order (3万5万).
     */
    private static BigDecimal withZero(StatsParser.GroupedNumeralContext numeral) {
        StringBuilder chinese = new StringBuilder();
        int expectedStart = numeral.getStart().getStartIndex();
        for (int i = 0; i < numeral.getChildCount(); i++) {
            Token token = ((TerminalNode) numeral.getChild(i)).getSymbol();
            if (token.getStartIndex() != expectedStart) {
                throw new NumberFormatException("a gap inside a grouped number: " + numeral.getText());
            }
            expectedStart = token.getStopIndex() + 1;
            String text = token.getText();
            switch (token.getType()) {
                case StatsParser.NUMBER -> {
                    BigDecimal part = Numerals.parseArabic(text);
                    if (part.scale() > 0 || part.compareTo(SECTION) >= 0 || part.signum() == 0) {
                        throw new NumberFormatException("a group with 零 must be a whole number from 1 to 9999: "
                                + numeral.getText());
                    }
                    chinese.append(Numerals.toChinese(part));
                }
                case StatsParser.CN_DIGITS -> {
                    if (!text.equals("零") && !text.equals("〇")) {
                        throw new NumberFormatException("only 零 may stand between groups: " + numeral.getText());
                    }
                    chinese.append('零');
                }
                default -> chinese.append(text);
            }
        }
        return Numerals.parseChinese(chinese.toString());
    }

    private static final BigDecimal SECTION = BigDecimal.valueOf(10_000);

    /** One number and the magnitudes after it. */
    private static final class Group {
        final String digits;
        final StringBuilder magnitudes = new StringBuilder();

        Group(String digits) {
            this.digits = digits;
        }
    }
}
