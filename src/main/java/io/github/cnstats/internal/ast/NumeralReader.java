package io.github.cnstats.internal.ast;

import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.grammar.StatsParser.NumeralContext;
import io.github.cnstats.internal.numeral.NumeralShortcuts;
import io.github.cnstats.internal.numeral.Numerals;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.math.BigDecimal;

/**
 * Reads the value of a {@code numeral} of the parse tree, held to the user's limits ({@link NumeralGuard}).
 *
 * <p>The numeral is read from the text the sentence was parsed from, by its tokens' offsets. Every token of a
 * numeral is one that the lexer made from the text without setting a text of its own, so its text is
 * {@code text[start, stop]}; reading the characters there gives what {@code getText()} would, without copying
 * them into a {@code String} for each token and again for the rule. The common numerals (a plain Arabic number
 * with a run of magnitudes, a lone Chinese digit) are then read by {@link NumeralShortcuts}; all others, and
 * any numeral that a shortcut declines, by the general {@link Numerals} methods on the numeral's text, so every
 * refusal and its message stays theirs.
 */
public final class NumeralReader {

    private final NumeralGuard guard;

    /**
     * @param limits the limits every numeral is held to
     */
    public NumeralReader(ParserLimits limits) {
        this(new NumeralGuard(limits));
    }

    NumeralReader(NumeralGuard guard) {
        this.guard = guard;
    }

    /**
     * @param n    a numeral of the tree
     * @param text the text its tokens index
     * @return its value
     * @throws NumberFormatException if it is malformed or breaks a limit (a {@code NumeralLimitException})
     */
    BigDecimal value(NumeralContext n, String text) {
        if (n instanceof StatsParser.ArabicNumeralContext a) {
            return arabic(a, text);
        }
        if (n instanceof StatsParser.GroupedNumeralContext g) {
            return grouped(g);
        }
        if (n instanceof StatsParser.PairNumeralContext p) {
            return pair(p, text);
        }
        return chinese((StatsParser.ChineseNumeralContext) n, text);
    }

    /** {@code NUMBER MAGNITUDE+ (NUMBER MAGNITUDE*)+}: 2万4000. */
    BigDecimal grouped(StatsParser.GroupedNumeralContext g) {
        guard.checkLength(length(g));
        return guard.checkValue(GroupedNumerals.value(g));
    }

    /**
     * {@code CN_PAIR MAGNITUDE*}: 两三千, 一两: the low end of the range the pair gives, the first digit scaled by
     * the magnitudes.
     */
    BigDecimal pair(StatsParser.PairNumeralContext n, String text) {
        guard.checkLength(length(n));
        Token pair = n.CN_PAIR().getSymbol();
        BigDecimal low = pairLow(n, text);
        if (pair.getStopIndex() + 1 == end(n)) {
            return guard.checkValue(low);
        }
        return guard.checkValue(Numerals.applyMagnitudes(low, text.substring(pair.getStopIndex() + 1, end(n))));
    }

    /**
     * The low end of a pair before its magnitudes: its first digit, or after a leading 十 the teen (十二三 is 12).
     *
     * @throws NumberFormatException if a magnitude other than 十 leads the pair
     */
    static BigDecimal pairLow(StatsParser.PairNumeralContext n, String text) {
        Token pair = n.CN_PAIR().getSymbol();
        BigDecimal digit = NumeralShortcuts.chineseDigit(text.charAt(pair.getStartIndex()));
        if (n.getStart() == pair) {
            return digit;
        }
        if (text.charAt(n.getStart().getStartIndex()) != '十') {
            throw new NumberFormatException("only 十 may lead a pair of digits: " + n.getText());
        }
        return BigDecimal.TEN.add(digit);
    }

    /**
     * {@code (CN_DIGITS | MAGNITUDE | CN_CAPITALS)+ (approxAfter MAGNITUDE+ | CN_FRACTION MAGNITUDE*)?}: 三千二百,
     * 廿五点二亿, 贰拾万, 十余万.
     */
    BigDecimal chinese(StatsParser.ChineseNumeralContext n, String text) {
        int length = length(n);
        guard.checkLength(length);
        if (n.getChildCount() == 1 && length == 1) {
            BigDecimal digit = NumeralShortcuts.chineseDigit(text.charAt(n.getStart().getStartIndex()));
            if (digit != null) {
                return guard.checkValue(digit);
            }
        }
        int approx = approxIndex(n);
        if (approx >= 0) {
            return guard.checkValue(approximated(n, approx, text));
        }
        return guard.checkValue(Numerals.parseChinese(textOf(n, text)));
    }

    /** The index of the approximation child of a Chinese numeral (十余万, 二十几万), or -1. */
    private static int approxIndex(StatsParser.ChineseNumeralContext n) {
        for (int i = 1; i < n.getChildCount(); i++) {
            if (n.getChild(i) instanceof StatsParser.ApproxAfterContext) {
                return i;
            }
        }
        return -1;
    }

    /**
     * 十余万, 二十多万, 一千多万: the numeral before the word, scaled by the magnitudes after it. In 一百几十万 and
     * 三千多百万 a unit right after the word is the place of the digits it stands for, smaller than the last unit
     * before it: it adds nothing to the base (一百 × 万), and is skipped. Any other unit there is refused.
     */
    private static BigDecimal approximated(StatsParser.ChineseNumeralContext n, int approx, String text) {
        int start = n.getStart().getStartIndex();
        int baseEnd = ((ParserRuleContext) n.getChild(approx)).getStart().getStartIndex();
        String base = text.substring(start, baseEnd);
        StringBuilder magnitudes = new StringBuilder();
        for (int i = approx + 1; i < n.getChildCount(); i++) {
            Token t = ((TerminalNode) n.getChild(i)).getSymbol();
            magnitudes.append(text, t.getStartIndex(), t.getStopIndex() + 1);
        }
        return Numerals.parseApproximatedChinese(base, magnitudes.toString());
    }

    private static int end(ParserRuleContext n) {
        return n.getStop().getStopIndex() + 1;
    }

    /**
     * {@code NUMBER MAGNITUDE* (approxAfter MAGNITUDE+)?}: the number, scaled by every magnitude, held to the
     * limits. One walk over the children finds the parts and the length the limit is checked on.
     */
    BigDecimal arabic(StatsParser.ArabicNumeralContext a, String text) {
        Token number = null;
        int magnitudes = 0;
        int exponent = 0; // the power of the magnitudes, or -1 once they are a run left to the general method
        int previous = 0;
        int length = 0;
        for (int i = 0; i < a.getChildCount(); i++) {
            ParseTree child = a.getChild(i);
            if (child instanceof TerminalNode t) {
                Token token = t.getSymbol();
                length += token.getStopIndex() - token.getStartIndex() + 1;
                if (token.getType() == StatsParser.NUMBER) {
                    number = token;
                } else if (token.getType() == StatsParser.MAGNITUDE) {
                    magnitudes++;
                    int power = NumeralShortcuts.magnitudeExponent(text.charAt(token.getStartIndex()));
                    if (exponent >= 0 && NumeralShortcuts.mayFollow(previous, power)) {
                        exponent += power;
                        previous = power;
                    } else {
                        exponent = -1;
                    }
                }
            } else {
                length += length((ParserRuleContext) child); // the approximation of 300多万
            }
        }
        guard.checkLength(length);
        if (followsDigits(text, number.getStartIndex())) {
            // 2023 123 456, 1 2345人: columns of a table, a list, or digits grouped in a way no one writes; which
            // digits make the number cannot be told
            throw new UnreadForm("a number right after another, a space between");
        }
        if (exponent >= 0) {
            BigDecimal value = NumeralShortcuts.plainArabic(text, number.getStartIndex(), number.getStopIndex() + 1,
                    exponent);
            if (value != null) {
                return guard.checkLongValue(value);
            }
        }
        BigDecimal base = Numerals.parseArabic(number.getText());
        if (magnitudes == 0) {
            return guard.checkValue(base);
        }
        StringBuilder suffix = new StringBuilder(magnitudes);
        for (int i = 0; i < a.getChildCount(); i++) {
            if (a.getChild(i) instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.MAGNITUDE) {
                suffix.append(text, t.getSymbol().getStartIndex(), t.getSymbol().getStopIndex() + 1);
            }
        }
        return guard.checkValue(Numerals.applyMagnitudes(base, suffix.toString()));
    }

    /**
     * Whether a number without a unit can still be a statistic: only an Arabic number with a magnitude
     * (罚款110.5万). A Chinese numeral with no unit is a word part (万企兴万村, 两升两降).
     */
    static boolean hasMagnitude(NumeralContext n, String text) {
        // An Arabic numeral is NUMBER MAGNITUDE* (approxAfter MAGNITUDE+)?: any child after the number means a
        // magnitude is written.
        // 兆 with no unit is no amount: mainland text writes 100兆 for a bandwidth (megabits), Taiwan 3兆元.
        return n instanceof StatsParser.GroupedNumeralContext
                || n instanceof StatsParser.ArabicNumeralContext && n.getChildCount() > 1 && !writesZhao(n, text);
    }

    /**
     * Whether a token of the rule is or holds 兆: the same as {@code getText().contains("兆")}, which joined the
     * text of every numeral with a unit into a new string, without that string (NUMBER tokens hold no 兆), nor
     * one for each token: a token's text is {@code text[start, stop]} (see the class comment).
     */
    private static boolean writesZhao(ParserRuleContext rule, String text) {
        for (int i = 0; i < rule.getChildCount(); i++) {
            ParseTree child = rule.getChild(i);
            if (child instanceof TerminalNode t) {
                Token token = t.getSymbol();
                if (token.getType() != StatsParser.NUMBER && holds(text, token, '兆')) {
                    return true;
                }
            } else if (writesZhao((ParserRuleContext) child, text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(String text, Token token, char c) {
        for (int i = token.getStartIndex(); i <= token.getStopIndex(); i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** Whether the numeral is the single Chinese numeral 一 (see {@link Node.QuantityPhrase#loneOne()}). */
    static boolean isLoneOne(NumeralContext n, String text) {
        return n instanceof StatsParser.ChineseNumeralContext && n.getChildCount() == 1 && length(n) == 1
                && text.charAt(n.getStart().getStartIndex()) == '一';
    }

    /** The length of {@code getText()} of a rule: the lengths of its tokens, without the white space between. */
    private static int length(ParserRuleContext rule) {
        int length = 0;
        for (int i = 0; i < rule.getChildCount(); i++) {
            ParseTree child = rule.getChild(i);
            if (child instanceof TerminalNode t) {
                length += t.getSymbol().getStopIndex() - t.getSymbol().getStartIndex() + 1;
            } else {
                length += length((ParserRuleContext) child);
            }
        }
        return length;
    }

    /** What {@code getText()} gives: one copy when the tokens are adjacent, as they nearly always are. */
    private static String textOf(ParserRuleContext rule, String text) {
        int start = rule.getStart().getStartIndex();
        int end = rule.getStop().getStopIndex() + 1;
        return end - start == length(rule) ? text.substring(start, end) : rule.getText();
    }

    /** Whether a digit stands before one space right before {@code at}. */
    private static boolean followsDigits(String text, int at) {
        return at >= 2 && text.charAt(at - 1) == ' ' && Character.isDigit(text.charAt(at - 2));
    }
}
