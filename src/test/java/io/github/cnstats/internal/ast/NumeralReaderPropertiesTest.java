package io.github.cnstats.internal.ast;

import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.grammar.StatsParser.NumeralContext;
import io.github.cnstats.internal.numeral.NumeralShortcuts;
import io.github.cnstats.internal.numeral.Numerals;
import io.github.cnstats.internal.parse.ParsedSentence;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@link NumeralReader} reads a numeral from the sentence's text by its tokens' offsets, with shortcuts for the
 * common forms. Here it is held, numeral by numeral, to reading the same tree through the generated accessors
 * and {@code getText()} with the general {@link Numerals} methods only: the same value in the same form, or the
 * same refusal with the same message, and the same answers about magnitudes and 一.
 */
class NumeralReaderPropertiesTest {

    private static final SentenceParser PARSER = new SentenceParser(UnitLexicon.standard());

    @Property(tries = 300)
    void readsEveryNumeralAsTheAccessorsAndTheGeneralMethodsDo(@ForAll("sentences") String sentence,
                                                              @ForAll("limits") ParserLimits limits) {
        NumeralGuard guard = new NumeralGuard(limits);
        NumeralReader reader = new NumeralReader(guard);
        List<NumeralContext> numerals = numeralsOf(PARSER.parse(sentence));
        assertFalse(numerals.isEmpty(), sentence);
        for (NumeralContext n : numerals) {
            int at = n.getStart().getStartIndex();
            if (n instanceof StatsParser.ArabicNumeralContext && at >= 2 && sentence.charAt(at - 1) == ' '
                    && Character.isDigit(sentence.charAt(at - 2))) {
                // A number right after another, one space between (2019 348 512人), is never read: which digits
                // make it cannot be told.
                assertFalse(outcome(() -> reader.value(n, sentence)).startsWith("value"),
                        n.getText() + " in " + sentence);
                continue;
            }
            String expected = outcome(() -> generalValue(n, guard));
            assertEquals(expected, outcome(() -> reader.value(n, sentence)), n.getText() + " in " + sentence);
            assertEquals(generalHasMagnitude(n), NumeralReader.hasMagnitude(n, sentence), n.getText());
            assertEquals(n instanceof StatsParser.ChineseNumeralContext && n.getText().equals("一"),
                    NumeralReader.isLoneOne(n, sentence), n.getText());
        }
    }

    /**
     * Numerals of every form the grammar reads, with the unit or word after them that makes them a phrase:
     * plain and decimal Arabic numbers, with leading and trailing zeros, grouping commas and up to three
     * magnitudes, an approximation inside (300多万), Arabic groups (2万4000), and runs of Chinese numeral
     * characters, well-formed or not; white space sometimes stands between the parts.
     */
    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("00123456789").ofMinLength(1).ofMaxLength(22);
        Arbitrary<String> arabic = Combinators.combine(digits, digits, Arbitraries.integers().between(0, 3))
                .as((w, f, shape) -> switch (shape) {
                    case 0 -> w;
                    case 1 -> w + "." + f;
                    case 2 -> "1,234," + w.substring(0, Math.min(3, w.length()));
                    default -> w.substring(0, Math.min(3, w.length())) + ",000.5";
                });
        Arbitrary<String> magnitudes = Arbitraries.strings().withChars("十百千万万亿亿兆").ofMinLength(0).ofMaxLength(3);
        Arbitrary<String> inner = Arbitraries.of("", "", "", "多", "余");
        Arbitrary<String> arabicNumeral = Combinators.combine(arabic, magnitudes, inner, magnitudes)
                .as((a, m, i, after) -> i.isEmpty() || after.isEmpty() ? a + m : a + m + i + after);
        Arbitrary<String> grouped = Combinators.combine(digits, Arbitraries.of("万", "亿", "千万"), digits)
                .as((high, m, low) -> high.substring(0, Math.min(4, high.length())) + m
                        + low.substring(0, Math.min(4, low.length())));
        Arbitrary<String> chinese = Arbitraries.strings().withChars("一二两三四五六七八九零十百千万亿点")
                .ofMinLength(1).ofMaxLength(8).map(c -> c.startsWith("点") ? "三" + c : c);
        Arbitrary<String> numeral = Arbitraries.frequencyOf(
                Tuple.of(5, arabicNumeral), Tuple.of(1, grouped),
                Tuple.of(3, chinese));
        Arbitrary<String> spaced = Combinators.combine(numeral, Arbitraries.integers().between(0, 5))
                .as((n, space) -> space == 0 && n.length() > 1 ? n.charAt(0) + " " + n.substring(1) : n);
        Arbitrary<String> after = Arbitraries.of("个", "元", "%", "倍", "万吨", "", "。");
        return Combinators.combine(spaced, after, spaced).as((n, a, m) -> "共" + n + a + "、" + m + "人。");
    }

    /** The defaults, and tighter limits that refuse some of the generated numerals. */
    @Provide
    Arbitrary<ParserLimits> limits() {
        return Arbitraries.of(ParserLimits.defaults(),
                ParserLimits.builder().maxNumeralLength(6).maxMagnitudeExponent(10).build());
    }

    /** The reading as it was before {@link NumeralReader}: accessors, {@code getText()}, general methods. */
    private static BigDecimal generalValue(NumeralContext n, NumeralGuard guard) {
        String text = n.getText();
        guard.checkLength(text.length());
        BigDecimal value;
        if (n instanceof StatsParser.GroupedNumeralContext g) {
            value = GroupedNumerals.value(g);
        } else if (n instanceof StatsParser.ArabicNumeralContext a) {
            BigDecimal base = Numerals.parseArabic(a.NUMBER().getText());
            StringBuilder magnitudes = new StringBuilder();
            for (TerminalNode magnitude : a.MAGNITUDE()) {
                magnitudes.append(magnitude.getText());
            }
            value = magnitudes.length() == 0 ? base : Numerals.applyMagnitudes(base, magnitudes.toString());
        } else if (n instanceof StatsParser.PairNumeralContext) {
            // 两三千, 十二三万: the low end (the first digit, or 十 and it), scaled by the magnitudes after the pair
            if (!text.startsWith("十") && NumeralShortcuts.magnitudeExponent(text.charAt(0)) > 0) {
                throw new NumberFormatException("only 十 may lead a pair of digits: " + text); // 百三四 is no form
            }
            int pairAt = text.startsWith("十") ? 1 : 0;
            BigDecimal first = Numerals.parseChinese(text.substring(0, pairAt + 1));
            value = text.length() == pairAt + 2 ? first : Numerals.applyMagnitudes(first, text.substring(pairAt + 2));
        } else if (n instanceof StatsParser.ChineseNumeralContext c && c.approxAfter() != null) {
            // 十余万: the numeral before the word, and the magnitudes after it
            int word = text.indexOf(c.approxAfter().getText());
            value = Numerals.parseApproximatedChinese(text.substring(0, word),
                    text.substring(word + c.approxAfter().getText().length()));
        } else {
            value = Numerals.parseChinese(text);
        }
        return guard.checkValue(value);
    }

    private static boolean generalHasMagnitude(NumeralContext n) {
        return n instanceof StatsParser.GroupedNumeralContext
                || n instanceof StatsParser.ArabicNumeralContext a && !a.MAGNITUDE().isEmpty()
                && !a.getText().contains("兆");
    }

    /** A value in its exact form (scale included), or the refusal: its class and message. */
    private static String outcome(NumeralReading reading) {
        try {
            BigDecimal value = reading.read();
            return "value " + value.unscaledValue() + " scale " + value.scale();
        } catch (NumberFormatException refused) {
            return refused.getClass().getSimpleName() + ": " + refused.getMessage();
        }
    }

    private interface NumeralReading {
        BigDecimal read();
    }

    private static List<NumeralContext> numeralsOf(ParsedSentence sentence) {
        List<NumeralContext> out = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.phrase(i) != null) {
                collect(sentence.phrase(i), out);
            }
        }
        return out;
    }

    private static void collect(ParseTree tree, List<NumeralContext> out) {
        if (tree instanceof NumeralContext n) {
            out.add(n);
        }
        if (tree instanceof ParserRuleContext rule) {
            for (int i = 0; i < rule.getChildCount(); i++) {
                collect(rule.getChild(i), out);
            }
        }
    }
}
