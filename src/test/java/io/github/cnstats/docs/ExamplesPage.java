package io.github.cnstats.docs;

import io.github.cnstats.Approximation;
import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Measurement;
import io.github.cnstats.Quantity;

import java.util.List;

/**
 * Writes {@code docs/EXAMPLES.md}: for each example text, the text itself and a Markdown table of the measurements
 * read from it. Values are shown in the normal forms of the JSON Lines output (plain decimals, enum names), so
 * the page also illustrates {@code docs/OUTPUT.md}.
 */
final class ExamplesPage {

    /** An example text and what the parser read from it. */
    record Example(String fileName, String text, List<Measurement> measurements) {
    }

    private ExamplesPage() {
    }

    /** @return the whole page for the examples, in the order given */
    static String render(List<Example> examples, String regenerateCommand) {
        StringBuilder page = new StringBuilder();
        page.append("# Examples\n\n")
                .append("<!-- Generated from examples/*.txt by ExamplesPageTest; do not edit by hand. -->\n\n")
                .append("What cnstats reads in the example texts of [`examples/`](../examples/), all written for this\n")
                .append("project. Each table is `Cnstats.parser().parse(text)` over the whole file, which is also what\n")
                .append("`extract` writes for it; the columns are those of the JSON Lines output ([OUTPUT.md](OUTPUT.md)),\n")
                .append("with approximations, bases and directions by their names. Misreadings are shown as they are: the\n")
                .append("page is regenerated, not edited, and a test fails when it no longer matches the parser. After a\n")
                .append("change in output, regenerate it and review the diff:\n\n")
                .append("```sh\n").append(regenerateCommand).append("\n```\n");
        for (Example example : examples) {
            page.append("\n## ").append(example.fileName()).append("\n\n")
                    .append("```text\n").append(example.text().strip()).append("\n```\n\n")
                    .append(example.measurements().size()).append(" measurements:\n\n")
                    .append("| line | text | subject | quantity | change | period | region |\n")
                    .append("|---:|---|---|---|---|---|---|\n");
            for (Measurement m : example.measurements()) {
                page.append("| ").append(lineOf(example.text(), m.span().start()))
                        .append(" | ").append(cell(m.text()))
                        .append(" | ").append(cell(m.subject()))
                        .append(" | ").append(m.quantity() == null ? "—" : cell(quantity(m.quantity())))
                        .append(" | ").append(m.change() == null ? "—" : cell(change(m.change())))
                        .append(" | ").append(m.period() == null ? "—"
                                : cell(m.period().text()) + " (" + m.period().kind() + ")")
                        .append(" | ").append(m.region() == null ? cell(null) : cell(m.region().text()))
                        .append(" |\n");
            }
        }
        return page.toString();
    }

    /** {@code 6 – 8 个}, {@code 18000 人, MORE_THAN}: value or range, unit, and the approximation unless exact. */
    static String quantity(Quantity q) {
        StringBuilder out = new StringBuilder(q.value().toPlainString());
        if (q.high() != null) {
            out.append(" – ").append(q.high().toPlainString());
        }
        if (q.unit() != null) {
            out.append(' ').append(q.unit().text());
        }
        if (q.approx() != Approximation.EXACT) {
            out.append(", ").append(q.approx());
        }
        return out.toString();
    }

    /** {@code YEAR_ON_YEAR UP 5.7 %}, {@code REFERENCE UP 0.8 个百分点 (全国平均水平)}, with a streak after it. */
    static String change(Change c) {
        StringBuilder out = new StringBuilder().append(c.basis()).append(' ').append(c.direction());
        if (c.amount() != null) {
            out.append(' ').append(c.amount().toPlainString()).append(' ').append(c.amountUnit().text());
        }
        if (c.basis() == ChangeBasis.REFERENCE && c.reference() != null) {
            out.append(" (").append(c.reference()).append(')');
        }
        if (c.streak() != null) {
            out.append(", streak ").append(c.streak().count()).append(' ').append(c.streak().unit());
        }
        return out.toString();
    }

    /** The 1-based line of an offset, as the command line counts it. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Text made safe for one table cell: no line break, and a bar that cannot end the cell. */
    private static String cell(String text) {
        if (text == null) {
            return "—";
        }
        return text.replace("\r", "").replace('\n', ' ').replace("|", "\\|");
    }
}
