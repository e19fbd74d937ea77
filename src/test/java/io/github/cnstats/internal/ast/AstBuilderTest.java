package io.github.cnstats.internal.ast;

import io.github.cnstats.Approximation;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.ast.Node.ChangePhrase;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link AstBuilder} makes of a phrase: the lead and level of a change, the meaning of its words (direction,
 * approximation, qualifying adverbs), spans, and the refusal of a numeral beyond the limits.
 */
class AstBuilderTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final SentenceParser PARSER = new SentenceParser(UNITS);
    private static final SharedUnits SHARED_UNITS = new SharedUnits(UNITS);
    private static final NumeralReader NUMERALS = new NumeralReader(ParserLimits.defaults());

    @Test
    void aLeadWith分别IsRespectivelyAndABasisQualifies() {
        ChangePhrase change = onlyChange("同比分别增长5.1%和6.2%。");
        assertEquals(ChangeBasis.YEAR_ON_YEAR, change.basis());
        assertTrue(change.respectively());
        assertTrue(change.qualified());
        assertEquals(2, change.amounts().size());
    }

    @Test
    void anAdverbQualifiesWithout分别() {
        ChangePhrase change = onlyChange("人员大幅减少。");
        assertEquals(ChangeBasis.UNSPECIFIED, change.basis());
        assertFalse(change.respectively());
        assertTrue(change.qualified());
    }

    @Test
    void aRangeInAnotherUnitAfter至IsTheLevelReached() {
        ChangePhrase change = onlyChange("上升10.9%至44,480宗。");
        assertEquals(1, change.amounts().size());
        assertEquals(new BigDecimal("10.9"), change.amounts().get(0).value());
        assertNull(change.amounts().get(0).high());
        assertNotNull(change.reached());
        assertEquals(new BigDecimal("44480"), change.reached().value());
        assertEquals("宗", change.reached().unit().text());
    }

    @Test
    void aRangeInOneUnitIsTheAmountAndNoLevel() {
        ChangePhrase change = onlyChange("上升5%至8%。");
        assertEquals(new BigDecimal("8"), change.amounts().get(0).high());
        assertNull(change.reached());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "涨幅为3.2%。     | UP",
            "降幅为3.2%。     | DOWN",
            "跌幅为3.2%。     | DOWN",
            "增速为3.2%。     | UP",
            "高于全省2.1个百分点。 | UP",
            "低于全省2.1个百分点。 | DOWN",
            "慢于全省2.1个百分点。 | DOWN",
            "快于全省2.1个百分点。 | UP"})
    void theWordOfARateOrAReferenceGivesTheDirection(String sentence, Direction direction) {
        assertEquals(direction, onlyChange(sentence).direction());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "仓库大幅减少。 | true",
            "仓库略有减少。 | true",
            "仓库年均减少。 | true",
            "仓库不断减少。 | false",
            "仓库进一步减少。 | false",
            "仓库减少。     | false",
            "仓库持平。     | true"})
    void onlyTheAdverbsOfMeasurementQualifyADirection(String sentence, boolean qualified) {
        assertEquals(qualified, onlyChange(sentence).qualified());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "收到近300份。     | NEARLY",
            "收到约300份。     | ABOUT",
            "收到超过300份。   | MORE_THAN",
            "收到突破300份。   | MORE_THAN",
            "收到不足300份。   | LESS_THAN",
            "收到至少300份。   | AT_LEAST",
            "收到至多300份。   | AT_MOST",
            "收到300份以上。   | MORE_THAN",
            "收到300份左右。   | ABOUT",
            "收到300份以内。   | AT_MOST",
            "收到300余份。     | MORE_THAN",
            "收到300多万份。   | MORE_THAN",
            "收到300份。       | EXACT"})
    void theApproximationWordsGiveTheirKind(String sentence, Approximation approx) {
        assertEquals(approx, onlyQuantity(sentence).approx());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "增幅回落2个百分点。         | UNSPECIFIED      | DOWN",
            "降幅收窄0.3个百分点。       | UNSPECIFIED      | DOWN",
            "降幅扩大0.3个百分点。       | UNSPECIFIED      | UP",
            "增速比上月加快0.5个百分点。 | PERIOD_ON_PERIOD | UP"})
    void aRateBeforeADirectionIsTheRateThatMoves(String sentence, ChangeBasis basis, Direction direction) {
        ChangePhrase change = onlyChange(sentence);
        assertTrue(change.ofRate());
        assertEquals(0, change.start()); // the phrase holds the rate's name
        assertEquals(2, change.rateWordEnd());
        assertEquals(basis, change.basis());
        assertEquals(direction, change.direction());
    }

    @Test
    void aRateBeforeAnAmountIsTheChangeItNames() {
        ChangePhrase change = onlyChange("降幅为3.2%。");
        assertFalse(change.ofRate());
        assertEquals(Direction.DOWN, change.direction());
    }

    @Test
    void aChangeOfTwoWordsReadsTheBasisAndDirection() {
        ChangePhrase change = onlyChange("出口年减2.4%。");
        assertEquals(ChangeBasis.YEAR_ON_YEAR, change.basis());
        assertEquals(Direction.DOWN, change.direction());
    }

    @Test
    void everyNodeCarriesItsSpanInTheDocument() {
        String sentence = "其中分别为5万份和6万份。";
        List<Node> nodes = build(sentence, 100, new ArrayList<>());
        List<String> texts = new ArrayList<>();
        for (Node n : nodes) {
            texts.add(sentence.substring(n.start() - 100, n.end() - 100));
        }
        assertEquals(List.of("分别", "5万份", "和", "6万份", "。"), texts);
    }

    @Test
    void aPhraseWhoseNumeralBreaksALimitIsRefusedWithItsSpan() {
        List<String> refused = new ArrayList<>();
        List<Node> nodes = new AstBuilder(SHARED_UNITS,
                new NumeralReader(ParserLimits.builder().maxNumeralLength(4).build()))
                .build(PARSER.parse("共12345678份。"), "共12345678份。", 10,
                        (kind, start, end, message) -> refused.add(kind + " " + start + "-" + end));
        assertEquals(List.of("NUMERAL_TOO_LONG 11-20"), refused);
        assertEquals(1, nodes.size()); // the sentence end alone
    }

    private static List<Node> build(String sentence, int offset, List<String> refused) {
        return new AstBuilder(SHARED_UNITS, NUMERALS).build(PARSER.parse(sentence), sentence, offset,
                (kind, start, end, message) -> refused.add(message));
    }

    private static QuantityPhrase onlyQuantity(String sentence) {
        return only(sentence, QuantityPhrase.class);
    }

    private static ChangePhrase onlyChange(String sentence) {
        return only(sentence, ChangePhrase.class);
    }

    /** The one node of {@code type} that the sentence holds, none refused. */
    private static <T extends Node> T only(String sentence, Class<T> type) {
        List<String> refused = new ArrayList<>();
        List<T> found = new ArrayList<>();
        for (Node e : build(sentence, 0, refused)) {
            if (type.isInstance(e)) {
                found.add(type.cast(e));
            }
        }
        assertTrue(refused.isEmpty(), sentence);
        assertEquals(1, found.size(), sentence);
        return found.get(0);
    }
}
