package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading a sentence phrase by phrase ({@link RunReader}: the parser asked only at the tokens that may start a
 * phrase, the rest read from the token table) gives the elements of one parse of the grammar's {@code sentence}
 * rule over the same tokens, the LL parse included where SLL gives up. The tokens are made up, not lexed, so
 * that they reach orders that no text lexes to; most are the tokens of statistics, the others any token.
 */
class PhraseWalkPropertiesTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();

    /** The tokens of quantities, changes and lists, and the text and clause ends between them. */
    private static final Integer[] STATISTIC_TYPES = {StatsLexer.NUMBER, StatsLexer.CN_DIGITS, StatsLexer.MAGNITUDE,
        StatsLexer.CN_FRACTION, StatsLexer.UNIT, StatsLexer.MONEY_UNIT, StatsLexer.TIME_UNIT, StatsLexer.PERCENT,
        StatsLexer.PERCENTAGE_POINT, StatsLexer.TIMES, StatsLexer.TENTH, StatsLexer.UP_VERB, StatsLexer.DOWN_VERB,
        StatsLexer.FLAT_VERB, StatsLexer.YOY_BASIS, StatsLexer.POP_BASIS, StatsLexer.MEASURED_ADVERB,
        StatsLexer.POLICY_ADVERB, StatsLexer.RISE_TO, StatsLexer.FALL_TO, StatsLexer.REF_ABOVE, StatsLexer.REF_BELOW,
        StatsLexer.COMPARE_MARK, StatsLexer.MORE_WORD, StatsLexer.LESS_WORD, StatsLexer.RISING_RATE,
        StatsLexer.FALLING_RATE, StatsLexer.YEAR_RISE, StatsLexer.RESPECTIVELY, StatsLexer.LIST_SEP, StatsLexer.CONJ,
        StatsLexer.TO, StatsLexer.HYPHEN, StatsLexer.PLUS, StatsLexer.NEARLY, StatsLexer.ABOUT, StatsLexer.MORE_THAN,
        StatsLexer.BEYOND, StatsLexer.LESS_THAN, StatsLexer.AT_LEAST, StatsLexer.AT_MOST, StatsLexer.OVER_AFTER,
        StatsLexer.ABOUT_AFTER, StatsLexer.UNDER_AFTER, StatsLexer.WITHIN_AFTER, StatsLexer.REACH,
        StatsLexer.PERFECTIVE, StatsLexer.LPAREN, StatsLexer.RPAREN, StatsLexer.HAN, StatsLexer.CLAUSE_SEP};

    @Provide
    Arbitrary<int[]> statisticTokens() {
        Arbitrary<Integer> statistic = Arbitraries.of(STATISTIC_TYPES);
        Arbitrary<Integer> any = Arbitraries.integers().between(1, StatsParser._ATN.maxTokenType);
        return Arbitraries.frequencyOf(Tuple.of(4, statistic), Tuple.of(1, any)).list().ofMaxSize(40)
                .map(types -> types.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 1000)
    void aRunReadPhraseByPhraseHasTheElementsOfOneParse(@ForAll("statisticTokens") int[] types) {
        Recognizers own = recognizersHolding(types);
        List<String> expected = ElementStructure.of(
                new PieceParser().parse(new TokenRun(own.lexer).read(own.tokens, 0, types.length)));
        Statistics.collect(sllGivesUp(own) ? "SLL gives up" : "SLL reads it");

        own.elements.startSentence();
        own.reader.readParsed(0, types.length);
        assertEquals(expected, ElementStructure.of(own.elements.build()));
    }

    @Property(tries = 1000)
    void clausesReadApartHaveTheElementsOfOneParseOfTheSentence(@ForAll("statisticTokens") int[] types) {
        Recognizers own = recognizersHolding(types);
        List<String> expected = ElementStructure.of(
                new PieceParser().parse(new TokenRun(own.lexer).read(own.tokens, 0, types.length)));

        ParsedSentence read = SentenceParser.read(own);
        if (read == ParsedSentence.NOTHING) {
            assertTrue(ElementStructure.markersOnly(expected), expected::toString);
        } else {
            assertEquals(expected, ElementStructure.of(read));
        }
    }

    /**
     * A run on which SLL gives up is read as full LL reads it, whatever SLL read of it before. No token sequence
     * was found on which SLL gives up (the statistics above show none), so here it is made to, at each phrase
     * in turn: after reading a phrase, as it would on finding the phrase's end wrong.
     */
    @Property(tries = 200)
    void aRunOnWhichSllGivesUpIsReadByLl(@ForAll("statisticTokens") int[] types) {
        Recognizers own = recognizersHolding(types);
        List<String> expected = ElementStructure.of(
                new PieceParser().parseWithLl(new TokenRun(own.lexer).read(own.tokens, 0, types.length)));
        for (int givesUpAt = 1; givesUpAt <= phrasesOf(own, types.length); givesUpAt++) {
            ParsedSentence.Builder out = new ParsedSentence.Builder();
            out.startSentence();
            out.marker(StatsLexer.CLAUSE_SEP, -2, -2); // what the sentence held before the run stays
            new RunReader(own.tokens, own.run, new SllGivesUp(givesUpAt), out).readParsed(0, types.length);
            List<String> read = ElementStructure.of(out.build());
            assertEquals("marker CLAUSE_SEP -2--2", read.get(0));
            assertEquals(expected, read.subList(1, read.size()), "giving up at " + givesUpAt);
        }
    }

    /**
     * 由 or 从 before a quantity that no change of levels reads (从0到1, 从3到5家, 由三至五家): SLL prediction takes the
     * change there and gives up, and only that element is read again with full LL, not the whole run (which cost
     * about 2 MB of allocation a sentence); the elements are still those of the LL parse. A change of levels
     * (由1250宗增加130宗至1380宗, 从5%降至3%) is read by SLL alone.
     */
    @Example
    void anElementAtFromOnWhichSllGivesUpIsReadAloneByLl() {
        int[][] runs = {
            {StatsLexer.HAN, StatsLexer.FROM, StatsLexer.NUMBER, StatsLexer.TO_ARRIVE, StatsLexer.NUMBER,
                StatsLexer.CLOSE_QUOTE, StatsLexer.OF_WORD, StatsLexer.HAN},
            {StatsLexer.FROM, StatsLexer.NUMBER, StatsLexer.TO_ARRIVE, StatsLexer.NUMBER, StatsLexer.UNIT},
            {StatsLexer.HAN, StatsLexer.FROM, StatsLexer.CN_DIGITS, StatsLexer.TO, StatsLexer.CN_DIGITS,
                StatsLexer.UNIT, StatsLexer.CLAUSE_SEP, StatsLexer.HAN, StatsLexer.NUMBER, StatsLexer.PERCENT},
            {StatsLexer.FROM, StatsLexer.NUMBER, StatsLexer.UNIT, StatsLexer.UP_VERB, StatsLexer.NUMBER,
                StatsLexer.UNIT, StatsLexer.TO, StatsLexer.NUMBER, StatsLexer.UNIT},
            {StatsLexer.FROM, StatsLexer.NUMBER, StatsLexer.PERCENT, StatsLexer.FALL_TO, StatsLexer.NUMBER,
                StatsLexer.PERCENT},
        };
        for (int[] types : runs) {
            Recognizers own = recognizersHolding(types);
            List<String> expected = ElementStructure.of(
                    new PieceParser().parse(new TokenRun(own.lexer).read(own.tokens, 0, types.length)));
            CountingLl counting = new CountingLl();
            ParsedSentence.Builder out = new ParsedSentence.Builder();
            out.startSentence();
            new RunReader(own.tokens, own.run, counting, out).readParsed(0, types.length);
            assertEquals(expected, ElementStructure.of(out.build()));
            assertEquals(0, counting.wholeRuns, "the whole run read again with LL");
        }
    }

    /**
     * 由 or 从, then the pieces of a change of levels (a level, a way to the next, a level), each piece at times
     * something else, then any tokens of statistics: changes of levels and near misses.
     */
    @Provide
    Arbitrary<int[]> fromTokens() {
        Arbitrary<int[]> level = Arbitraries.of(new int[] {StatsLexer.NUMBER}, new int[] {StatsLexer.NUMBER,
            StatsLexer.UNIT}, new int[] {StatsLexer.CN_DIGITS, StatsLexer.UNIT}, new int[] {StatsLexer.NUMBER,
            StatsLexer.PERCENT}, new int[] {StatsLexer.YEAR_NAME, StatsLexer.OF_WORD, StatsLexer.NUMBER},
            new int[] {StatsLexer.NUMBER, StatsLexer.OF_WORD, StatsLexer.NUMBER, StatsLexer.UNIT},
            new int[] {StatsLexer.HAN}, new int[] {});
        Arbitrary<int[]> way = Arbitraries.of(new int[] {StatsLexer.RISE_TO}, new int[] {StatsLexer.FALL_TO},
            new int[] {StatsLexer.UP_VERB, StatsLexer.NUMBER, StatsLexer.UNIT, StatsLexer.TO},
            new int[] {StatsLexer.DOWN_VERB, StatsLexer.NUMBER, StatsLexer.PERCENT, StatsLexer.TO_ARRIVE},
            new int[] {StatsLexer.UP_VERB, StatsLexer.NUMBER, StatsLexer.LPAREN, StatsLexer.PLUS, StatsLexer.NUMBER,
                StatsLexer.PERCENT, StatsLexer.RPAREN, StatsLexer.REACH},
            new int[] {StatsLexer.YOY_BASIS, StatsLexer.RISE_TO}, new int[] {StatsLexer.TO},
            new int[] {StatsLexer.TO_ARRIVE}, new int[] {StatsLexer.LIST_SEP}, new int[] {});
        Arbitrary<int[]> tail = Arbitraries.of(STATISTIC_TYPES).list().ofMaxSize(6)
                .map(types -> types.stream().mapToInt(Integer::intValue).toArray());
        return net.jqwik.api.Combinators.combine(level, way, level, tail).as((a, b, c, d) -> {
            int[] run = new int[1 + a.length + b.length + c.length + d.length];
            run[0] = StatsLexer.FROM;
            int at = 1;
            for (int[] piece : new int[][] {a, b, c, d}) {
                System.arraycopy(piece, 0, run, at, piece.length);
                at += piece.length;
            }
            return run;
        });
    }

    /**
     * At 由 or 从, reading the grammar's {@code change} with full LL ({@link PieceParser#fromChangeWithLlAt}) gives
     * the element that full LL of {@code element} gives ({@link PieceParser#elementWithLlAt}): the same change,
     * ending at the same token, or none where that element is the marker.
     */
    @Property(tries = 1000)
    void atFromTheChangeReadByLlIsTheElementReadByLl(@ForAll("fromTokens") int[] types) {
        Recognizers own = recognizersHolding(types);
        PieceParser parser = new PieceParser();
        org.antlr.v4.runtime.TokenStream stream = own.run.read(own.tokens, 0, types.length);
        parser.startSll(stream);
        StatsParser.ElementContext expected = parser.elementWithLlAt(stream, 0);
        int expectedEnd = stream.index();
        StatsParser.ElementContext read = parser.fromChangeWithLlAt(stream, 0);
        boolean marker = expected.getChild(0) instanceof org.antlr.v4.runtime.tree.TerminalNode;
        Statistics.collect(marker ? "marker" : "change");
        if (marker) {
            assertEquals(null, read, "a change where LL reads the marker");
            assertEquals(1, expectedEnd);
        } else {
            assertTrue(read != null, "no change where LL reads one");
            assertEquals(expected.toStringTree(LL_NAMES), read.toStringTree(LL_NAMES));
            assertEquals(expectedEnd, stream.index());
        }
    }

    /**
     * What {@link PieceParser#fromChangeWithLlAt} rests on: at 由 or 从, {@code element} has no alternative but a
     * change, the marker and text.
     */
    @Example
    void atFromTheElementIsAChangeTheMarkerOrText() {
        org.antlr.v4.runtime.atn.ATNState start = StatsParser._ATN.ruleToStartState[StatsParser.RULE_element];
        while (!(start instanceof org.antlr.v4.runtime.atn.DecisionState)) {
            start = start.transition(0).target;
        }
        org.antlr.v4.runtime.misc.IntervalSet[] first = new org.antlr.v4.runtime.atn.LL1Analyzer(StatsParser._ATN)
                .getDecisionLookahead(start);
        List<Integer> withFrom = new java.util.ArrayList<>();
        for (int alt = 0; alt < first.length; alt++) {
            if (first[alt] == null || first[alt].contains(StatsLexer.FROM)) {
                withFrom.add(alt + 1);
            }
        }
        // #changeElement, #fromElement and #textElement, in the order of the grammar's element rule
        assertEquals(List.of(4, 6, 14), withFrom);
    }

    private static final List<String> LL_NAMES = List.of(StatsParser.ruleNames);

    /** A parser that counts the runs it parses again whole with full LL. */
    private static final class CountingLl extends PieceParser {

        int wholeRuns;

        @Override
        StatsParser.SentenceContext parseWithLl(org.antlr.v4.runtime.TokenStream tokens) {
            wholeRuns++;
            return super.parseWithLl(tokens);
        }
    }

    /** How many times {@link RunReader} asks the parser for an element in the tokens, as one run. */
    private static int phrasesOf(Recognizers own, int size) {
        SllGivesUp counting = new SllGivesUp(Integer.MAX_VALUE);
        ParsedSentence.Builder out = new ParsedSentence.Builder();
        out.startSentence();
        new RunReader(own.tokens, own.run, counting, out).readParsed(0, size);
        return counting.asked;
    }

    /** A parser whose SLL prediction gives up after the {@code givesUpAt}th element it is asked for. */
    private static final class SllGivesUp extends PieceParser {

        private final int givesUpAt;
        int asked;

        SllGivesUp(int givesUpAt) {
            this.givesUpAt = givesUpAt;
        }

        @Override
        StatsParser.ElementContext elementAt(int position) {
            StatsParser.ElementContext element = super.elementAt(position);
            if (++asked == givesUpAt) {
                throw new ParseCancellationException("made to give up");
            }
            return element;
        }
    }

    /** A lexer's tables holding {@code types}, each a token of one character, with nothing between. */
    private static Recognizers recognizersHolding(int[] types) {
        Recognizers own = new Recognizers(UNITS, PlainHan.of(UNITS));
        own.tokens.startSentence(new Utf16CharStream("x".repeat(types.length)));
        for (int i = 0; i < types.length; i++) {
            own.tokens.add(types[i], i, i);
        }
        return own;
    }

    /** Whether SLL prediction alone gives up on the tokens, as one run. */
    private static boolean sllGivesUp(Recognizers own) {
        StatsParser parser = new StatsParser(new TokenRun(own.lexer).read(own.tokens, 0, own.tokens.size()));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            parser.sentence();
            return false;
        } catch (ParseCancellationException gaveUp) {
            return true;
        }
    }
}
