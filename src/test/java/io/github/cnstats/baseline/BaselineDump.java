package io.github.cnstats.baseline;

import io.github.cnstats.Change;
import io.github.cnstats.Measurement;
import io.github.cnstats.Quantity;
import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.normalize.NormalizedText;
import io.github.cnstats.internal.normalize.SentenceSplitter;
import io.github.cnstats.internal.normalize.TextNormalizer;
import io.github.cnstats.internal.normalize.TextRange;
import io.github.cnstats.internal.parse.ParsedSentence;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes what the library reads in one short input as lines of text for the phrase baselines
 * ({@link PhraseBaselineTest}): the parse structure ({@link #structure}) and the measurements
 * ({@link #measurements}).
 *
 * <p>{@link #structure} is the only method of the baselines that knows the library's internals. Today it
 * prints the elements the parse facade hands on (the labelled rule tree of each phrase, and each marker);
 * when the grammar's elements are read into an AST, this method alone changes to print the AST, and the
 * baselines are regenerated and reviewed as one diff.
 */
final class BaselineDump {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final SentenceParser PARSER = new SentenceParser(UnitLexicon.standard());

    private BaselineDump() {
    }

    /**
     * @return one line per element the parser read in {@code input}, sentence by sentence, after the same
     *         normalisation a parse applies: a phrase as its labelled rule tree with the text of its tokens,
     *         a marker as its token type and text; "… " before an element means text stood before it
     */
    static List<String> structure(String input) {
        NormalizedText normalized = NORMALIZER.normalize(input);
        String text = normalized.text();
        List<String> lines = new ArrayList<>();
        for (TextRange range : SPLITTER.sentences(normalized)) {
            String sentence = range.of(text);
            ParsedSentence parsed = PARSER.parse(sentence);
            for (int i = 0; i < parsed.size(); i++) {
                StringBuilder line = new StringBuilder(parsed.followsText(i) ? "… " : "");
                if (parsed.phrase(i) != null) {
                    tree(parsed.phrase(i), line);
                } else {
                    line.append(StatsParser.VOCABULARY.getSymbolicName(parsed.markerType(i))).append(' ')
                            .append(sentence, parsed.markerStart(i), parsed.markerEnd(i));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** A rule as {@code label(child child …)}: its alternative's label, or its rule name; tokens as text. */
    private static void tree(ParserRuleContext rule, StringBuilder out) {
        String name = rule.getClass().getSimpleName();
        out.append(Character.toLowerCase(name.charAt(0))).append(name, 1, name.length() - "Context".length());
        out.append('(');
        for (int i = 0; i < rule.getChildCount(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            ParseTree child = rule.getChild(i);
            if (child instanceof ParserRuleContext inner) {
                tree(inner, out);
            } else {
                out.append(child.getText());
            }
        }
        out.append(')');
    }

    /**
     * @return one line per measurement: its text as written, then each field that holds a value, in a fixed
     *         order (a field the measurement lacks is left out, so a line reads as what was found)
     */
    static List<String> measurements(List<Measurement> found) {
        List<String> lines = new ArrayList<>();
        for (Measurement m : found) {
            StringBuilder line = new StringBuilder(m.text());
            field(line, "subject", m.subject());
            if (m.quantity() != null) {
                field(line, "quantity", quantity(m.quantity()));
            }
            if (m.change() != null) {
                field(line, "change", change(m.change()));
            }
            if (m.period() != null) {
                field(line, "period", m.period().text() + " " + m.period().kind());
            }
            field(line, "region", m.region() == null ? null : m.region().text());
            lines.add(line.toString());
        }
        return lines;
    }

    private static void field(StringBuilder line, String name, String value) {
        if (value != null) {
            line.append(" | ").append(name).append(' ').append(value);
        }
    }

    private static String quantity(Quantity q) {
        StringBuilder out = new StringBuilder(q.approx().toString()).append(' ').append(q.value().toPlainString());
        if (q.high() != null) {
            out.append('~').append(q.high().toPlainString());
        }
        if (q.unit() != null) {
            out.append(' ').append(q.unit().text()).append(' ').append(q.unit().kind());
        }
        return out.toString();
    }

    private static String change(Change c) {
        StringBuilder out = new StringBuilder(c.basis().toString()).append(' ').append(c.direction());
        if (c.amount() != null) {
            out.append(' ').append(c.amount().toPlainString()).append(' ').append(c.amountUnit().text());
        }
        if (c.reference() != null) {
            out.append(" vs ").append(c.reference());
        }
        if (c.streak() != null) {
            out.append(" streak ").append(c.streak().count()).append(c.streak().unit());
        }
        return out.toString();
    }
}
