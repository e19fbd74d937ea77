package io.github.cnstats.baseline;

import io.github.cnstats.Change;
import io.github.cnstats.Measurement;
import io.github.cnstats.Quantity;
import io.github.cnstats.ParserLimits;
import io.github.cnstats.Unit;
import io.github.cnstats.internal.ast.AstBuilder;
import io.github.cnstats.internal.ast.Node;
import io.github.cnstats.internal.ast.NumeralReader;
import io.github.cnstats.internal.normalize.NormalizedText;
import io.github.cnstats.internal.normalize.SentenceSplitter;
import io.github.cnstats.internal.normalize.TextNormalizer;
import io.github.cnstats.internal.normalize.TextRange;
import io.github.cnstats.internal.parse.ParsedSentence;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what the library reads in one short input as lines of text for the phrase baselines
 * ({@link PhraseBaselineTest}): the parse structure ({@link #structure}) and the measurements
 * ({@link #measurements}).
 *
 * <p>{@link #structure} is the only method of the baselines that knows the library's internals: it prints the
 * AST that {@link AstBuilder} makes of each sentence, so a grammar or visitor change shows as a diff of the
 * nodes of exactly the inputs it moved.
 */
final class BaselineDump {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final SentenceParser PARSER = new SentenceParser(UnitLexicon.standard());
    private static final AstBuilder BUILDER =
            new AstBuilder(new SharedUnits(UnitLexicon.standard()), new NumeralReader(ParserLimits.defaults()));

    private BaselineDump() {
    }

    /**
     * @return one line per AST node the parser and {@link AstBuilder} made of {@code input}, sentence by
     *         sentence, after the same normalisation a parse applies: the node's kind, its text in brackets,
     *         and its components other than offsets (a quantity inside a change is written inside it); then the
     *         sentence's comparison frames, with their reference, and section headers
     */
    static List<String> structure(String input) {
        NormalizedText normalized = NORMALIZER.normalize(input);
        String text = normalized.text();
        List<String> lines = new ArrayList<>();
        for (TextRange range : SPLITTER.sentences(normalized)) {
            ParsedSentence parsed = PARSER.parse(range.of(text));
            List<Node> nodes = BUILDER.build(parsed, range.of(text), range.start(), (kind, start, end, message) ->
                    lines.add("refused " + kind + "「" + text.substring(start, end) + "」"));
            for (Node node : nodes) {
                lines.add(node(node, text));
            }
            for (Node.Frame frame : BUILDER.frames(parsed, range.start())) {
                lines.add(node(frame, text) + (frame.refStart() < 0 ? ""
                        : " reference「" + text.substring(frame.refStart(), frame.refEnd()) + "」"));
            }
            for (Node.SectionHeader header : BUILDER.headers(parsed, range.start())) {
                lines.add(node(header, text));
            }
        }
        return lines;
    }

    /** A node as {@code Kind「text」 component=value …}, without the offsets, which the text already shows. */
    private static String node(Node node, String text) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName())
                .append('「').append(text, node.start(), node.end()).append('」');
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            String name = component.getName();
            if (name.equals("start") || name.equals("end") || name.endsWith("Start") || name.endsWith("End")) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null || Boolean.FALSE.equals(value)) {
                continue; // absent or not so: a line reads as what the node holds
            }
            out.append(' ').append(name);
            if (!Boolean.TRUE.equals(value)) {
                out.append('=').append(value(value, text));
            }
        }
        return out.toString();
    }

    private static String value(Object value, String text) {
        if (value instanceof Node inner) {
            return "(" + node(inner, text) + ")";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(value(item, text));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Unit unit) {
            return unit.text() + "/" + unit.kind();
        }
        return String.valueOf(value);
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
            field(line, "range", m.periodRange() == null ? null : m.periodRange().toString());
            if (m.regionResolved() != null && !m.regionResolved().equals(m.region().text())) {
                field(line, "resolved", m.regionResolved());
            }
            field(line, "baseline", m.baseline() == null ? null : m.baseline().toString());
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
