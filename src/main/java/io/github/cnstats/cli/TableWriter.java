package io.github.cnstats.cli;

import io.github.cnstats.Change;
import io.github.cnstats.Measurement;
import io.github.cnstats.Quantity;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes measurements as an aligned table for people to read: a header line, then one row per measurement with
 * the columns line, text, subject, quantity, change, period and region. Columns are aligned by display width
 * ({@link DisplayWidth}), so rows with Chinese text line up in a terminal; long cells are cut with ….
 *
 * <p>Column widths are taken from the rows themselves, so rows are held back and written as a block at the end
 * of each document, or every {@value #BLOCK_ROWS} rows (each block with its own header) so that memory stays
 * bounded on huge inputs. With several inputs, each document gets a heading line {@code == name ==}.
 */
final class TableWriter implements MeasurementWriter {

    /** Most rows held back before a block is written. */
    static final int BLOCK_ROWS = 1000;

    /** What the help says of the table. */
    static final String FORMAT_NOTE = """
            Table output: columns line, text (cut to 24 columns), subject, quantity, change,
            period, region; a "== name ==" heading before each input when there are several.""";

    private static final String[] HEADERS = {"line", "text", "subject", "quantity", "change", "period", "region"};
    /** The most columns each column may take; the text column is kept short since the subject follows it. */
    private static final int[] MAX_WIDTHS = {Integer.MAX_VALUE, 24, 20, 24, 30, 16, 12};
    private static final String ABSENT = "-";
    private static final String GAP = "  ";

    private final Writer out;
    private final boolean headings;
    private final List<String[]> rows = new ArrayList<>();
    private boolean firstDocument = true;
    private boolean documentHasRows;

    /**
     * @param out      where the table goes
     * @param headings whether to write a heading line before each document
     */
    TableWriter(Writer out, boolean headings) {
        this.out = out;
        this.headings = headings;
    }

    @Override
    public void beginDocument(String doc) throws IOException {
        if (headings) {
            if (!firstDocument) {
                out.write('\n');
            }
            out.write("== " + cell(doc) + " ==\n");
        }
        firstDocument = false;
        documentHasRows = false;
    }

    @Override
    public void write(LocatedMeasurement located) throws IOException {
        rows.add(row(located));
        documentHasRows = true;
        if (rows.size() >= BLOCK_ROWS) {
            writeBlock();
        }
    }

    @Override
    public void endDocument() throws IOException {
        if (!documentHasRows) {
            out.write("(no measurements)\n");
        }
        writeBlock();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private void writeBlock() throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        int[] widths = new int[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            widths[c] = DisplayWidth.of(HEADERS[c]);
        }
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        writeRow(HEADERS, widths);
        for (String[] row : rows) {
            writeRow(row, widths);
        }
        rows.clear();
    }

    private void writeRow(String[] cells, int[] widths) throws IOException {
        StringBuilder line = new StringBuilder();
        // The line number is right-aligned like any number; the rest is text, left-aligned.
        line.append(DisplayWidth.padLeft(cells[0], widths[0]));
        for (int c = 1; c < cells.length; c++) {
            line.append(GAP).append(DisplayWidth.padRight(cells[c], widths[c]));
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        line.setLength(end);
        out.write(line.append('\n').toString());
    }

    private static String[] row(LocatedMeasurement located) {
        Measurement m = located.measurement();
        String[] values = {
            Long.toString(located.line()),
            located.text(),
            m.subject(),
            m.quantity() == null ? null : quantity(m.quantity()),
            m.change() == null ? null : change(m.change()),
            m.period() == null ? null : m.period().text(),
            m.region() == null ? null : m.region().text()
        };
        String[] cells = new String[values.length];
        for (int c = 0; c < values.length; c++) {
            cells[c] = values[c] == null ? ABSENT : DisplayWidth.truncate(cell(values[c]), MAX_WIDTHS[c]);
        }
        return cells;
    }

    /** {@code 约6~8个}: the approximation word, the value or range, the unit. */
    static String quantity(Quantity q) {
        StringBuilder out = new StringBuilder(q.approx().word());
        out.append(q.value().toPlainString());
        if (q.high() != null) {
            out.append('~').append(q.high().toPlainString());
        }
        if (q.unit() != null) {
            out.append(q.unit().text());
        }
        return out.toString();
    }

    /** {@code 连续7个月 同比 上升 5.7%}: streak, basis, direction, amount with its unit. */
    static String change(Change ch) {
        List<String> parts = new ArrayList<>(4);
        if (ch.streak() != null) {
            parts.add("连续" + ch.streak().count() + ch.streak().unit().text());
        }
        switch (ch.basis()) {
            case YEAR_ON_YEAR -> parts.add("同比");
            case PERIOD_ON_PERIOD -> parts.add("环比");
            case REFERENCE -> parts.add(ch.reference() == null ? "较参照" : "较" + ch.reference());
            case UNSPECIFIED -> {
                // No basis is written, so none is shown.
            }
        }
        parts.add(switch (ch.direction()) {
            case UP -> "上升";
            case DOWN -> "下降";
            case FLAT -> "持平";
        });
        if (ch.amount() != null) {
            parts.add(ch.amount().toPlainString() + ch.amountUnit().text());
        }
        return String.join(" ", parts);
    }

    /** Text made safe for one cell: line ends, tabs and other controls become spaces. */
    private static String cell(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }
}
