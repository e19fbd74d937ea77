package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SLL prediction reads every period of the calendar shapes without giving up: a year, months or a span of
 * months, a day, and what may follow (以来, 至今, 份, a basis, a comma). Where SLL gives up, {@link PeriodReader}
 * reads the period again with full LL, which cost a third more CPU time on news text before the grammar was
 * written so that SLL decides (see the grammar's sinceEnd); a grammar change that brings it back fails here.
 */
class PeriodSllPropertiesTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();

    @Provide
    Arbitrary<String> calendarPeriods() {
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(1990, 2099).map(y -> y + "年"),
                Arbitraries.of("今年", "去年", "上年", ""));
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<String> months = Arbitraries.oneOf(
                month.map(m -> m + "月"),
                month.map(m -> String.format("%02d月", m)),
                Combinators.combine(month, month, Arbitraries.of("至", "—", "-", "月至", "月到"))
                        .as((a, b, sep) -> a + sep + b + "月"));
        Arbitrary<String> day = Arbitraries.oneOf(Arbitraries.integers().between(1, 28).map(d -> d + "日"),
                Arbitraries.just(""));
        Arbitrary<String> after = Arbitraries.of("以来", "至今", "份", "同比增长4.2%", ",产量增长4.2%", "16:28",
                "(星期四)", "");
        return Combinators.combine(year, months, day, after).as((y, m, d, a) -> y + m + d + a + "。");
    }

    @Property(tries = 300)
    void sllReadsEveryCalendarPeriodWithoutGivingUp(@ForAll("calendarPeriods") String sentence) {
        Recognizers own = new Recognizers(UNITS, PlainHan.of(UNITS));
        own.lex(sentence);
        PieceParser parser = new PieceParser();
        parser.startSll(own.run.read(own.tokens, 0, own.tokens.size()));
        try {
            StatsParser.PeriodOrTokenContext read = parser.periodAt(0);
            assertNotNull(read, sentence + ": no period at its start");
            assertEquals(StatsParser.PeriodFoundContext.class, read.getClass(), sentence);
        } catch (ParseCancellationException gaveUp) {
            fail("SLL gives up on " + sentence);
        }
    }
}
