package io.github.cnstats.internal.ast;

import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.ast.Node.ChangePhrase;
import io.github.cnstats.internal.ast.Node.Marker;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link AstBuilder} joins a 分别 to the change right after it (分别同比上升, see {@code changeLeads} in the
 * grammar), where 分别 is a marker and the change the next phrase of the sentence: only when nothing but white
 * space stands between them, and only to a change that can take a lead.
 */
class RespectivelyJoiningTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final SentenceParser PARSER = new SentenceParser(UNITS);
    private static final SharedUnits SHARED_UNITS = new SharedUnits(UNITS);
    private static final NumeralReader NUMERALS = new NumeralReader(ParserLimits.defaults());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "两项分别同比上升13.5%和2.3%。  | RESPECTIVELY CHANGE 2",
            "两项分别 同比上升13.5%和2.3%。 | RESPECTIVELY CHANGE 2",
            "两项分别提高到61250元和24075元。 | RESPECTIVELY CHANGE 2",
            "两项分别地同比上升13.5%。     | MARKER:RESPECTIVELY CHANGE 5",
            "两项分别,同比上升13.5%。     | MARKER:RESPECTIVELY MARKER:CLAUSE_END CHANGE 5",
            "两项分别高于全国2.3%。       | MARKER:RESPECTIVELY CHANGE 4"})
    void respectivelyJoinsTheChangeRightAfterIt(String sentence, String elements) {
        List<Node> read = new AstBuilder(SHARED_UNITS, NUMERALS).build(PARSER.parse(sentence), sentence, 0,
                (kind, start, end, message) -> { });
        assertEquals(elements, describe(read), sentence);
    }

    /** The elements up to the first change, which is described with where it starts and whether it took 分别. */
    private static String describe(List<Node> elements) {
        List<String> out = new ArrayList<>();
        for (Node element : elements) {
            if (element instanceof ChangePhrase change) {
                out.add((change.respectively() && change.start() == 2 ? "RESPECTIVELY CHANGE " : "CHANGE ")
                        + change.start());
                break;
            }
            if (element instanceof Marker marker) {
                out.add("MARKER:" + marker.kind());
            }
        }
        return String.join(" ", out);
    }
}
