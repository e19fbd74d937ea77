package io.github.cnstats.internal.extract;

import io.github.cnstats.ParserLimits;
import io.github.cnstats.internal.ast.AstBuilder;
import io.github.cnstats.internal.ast.Node;
import io.github.cnstats.internal.ast.NumeralReader;
import io.github.cnstats.internal.parse.ParsedSentence;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;

import java.util.List;

/**
 * The periods and texts the grammar reads in a text parsed as one window, as the subject and region finders get
 * them.
 */
final class GrammarPeriods {

    private static final SentenceParser PARSER = new SentenceParser(UnitLexicon.standard());

    private GrammarPeriods() {
    }

    /** @return the periods of {@code text}, read as one window starting at offset 0 */
    static WindowPeriods of(String text) {
        ParsedSentence parsed = PARSER.parse(text);
        AstBuilder ast = new AstBuilder(new SharedUnits(UnitLexicon.standard()), new NumeralReader(ParserLimits.defaults()));
        WindowPeriods periods = new WindowPeriods();
        periods.set(ast.periods(parsed, text, 0), ast.comparedPeriods(parsed, 0));
        return periods;
    }

    /** @return the texts of {@code text} parsed as one window starting at offset 0, as the finders get them */
    static SentenceTexts texts(String text) {
        ParsedSentence parsed = PARSER.parse(text);
        AstBuilder ast = new AstBuilder(new SharedUnits(UnitLexicon.standard()), new NumeralReader(ParserLimits.defaults()));
        SentenceTexts texts = new SentenceTexts();
        List<Node> nodes = ast.build(parsed, text, 0, (kind, start, end, message) -> { });
        texts.set(ast.texts(nodes), ast.sentence());
        return texts;
    }
}
