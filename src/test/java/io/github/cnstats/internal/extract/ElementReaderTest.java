package io.github.cnstats.internal.extract;

import io.github.cnstats.ChangeBasis;
import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.extract.Element.ChangePhrase;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.UnitLexicon;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link ElementReader} reads from a change: its lead (from the table of leads) and the level it reached. */
class ElementReaderTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final SentenceParser PARSER = new SentenceParser(UNITS);
    private static final ElementReader READER = new ElementReader(UNITS, new NumeralGuard(ParserLimits.defaults()));

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

    private static ChangePhrase onlyChange(String sentence) {
        List<Declined> declined = new ArrayList<>();
        List<ChangePhrase> changes = new ArrayList<>();
        for (Element e : READER.read(PARSER.parse(sentence), sentence, 0, declined)) {
            if (e instanceof ChangePhrase c) {
                changes.add(c);
            }
        }
        assertTrue(declined.isEmpty(), sentence);
        assertEquals(1, changes.size(), sentence);
        return changes.get(0);
    }
}
