package io.github.cnstats.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes measurements as an aligned table for people to read: one header line, then one row per measurement
 * with the table columns of {@link MeasurementFields} (line, text, subject, quantity, change, period, region).
 * Quantities and changes are written as people write them ({@code 39.1万起}, {@code 同比上升5.7%}) by the
 * library's formatter.
 *
 * <p>Every column has a fixed width in display columns ({@link DisplayWidth}: a Chinese character takes two), so
 * columns never move from one document or block to the next and each row is written as soon as it is found:
 * nothing is held back, whatever the size of the input. A longer cell is cut with …. With several inputs, each
 * document starts with a line {@code == name ==}.
 */
final class TableWriter implements MeasurementWriter {

    /** What the help says of the table. */
    static final String FORMAT_NOTE = """
            Table output: one header, then one row per measurement with the columns line, text,
            subject, quantity, change, period and region, each of a fixed width (a Chinese
            character is two columns wide; longer cells are cut with …); a "== name ==" line
            before each input when there are several.""";

    private static final List<MeasurementFields.TableColumn> COLUMNS = MeasurementFields.tableColumns();
    private static final String ABSENT = "-";
    private static final String GAP = "  ";

    private final Writer out;
    private final boolean headings;
    private boolean headerWritten;
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
        if (!headerWritten) {
            String[] headers = COLUMNS.stream().map(MeasurementFields.TableColumn::header).toArray(String[]::new);
            writeRow(headers);
            headerWritten = true;
        }
        if (headings) {
            out.write("== " + cell(doc) + " ==\n");
        }
        documentHasRows = false;
    }

    @Override
    public void write(LocatedMeasurement located) throws IOException {
        String[] cells = new String[COLUMNS.size()];
        for (int c = 0; c < cells.length; c++) {
            String value = COLUMNS.get(c).cell().apply(located);
            cells[c] = value == null ? ABSENT : DisplayWidth.truncate(cell(value), COLUMNS.get(c).width());
        }
        writeRow(cells);
        documentHasRows = true;
    }

    @Override
    public void endDocument() throws IOException {
        if (!documentHasRows) {
            out.write("(no measurements)\n");
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private void writeRow(String[] cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            MeasurementFields.TableColumn column = COLUMNS.get(c);
            if (c > 0) {
                line.append(GAP);
            }
            // Numbers are right-aligned, text left-aligned.
            line.append(column.rightAligned()
                    ? DisplayWidth.padLeft(cells[c], column.width())
                    : DisplayWidth.padRight(cells[c], column.width()));
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        line.setLength(end);
        out.write(line.append('\n').toString());
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
