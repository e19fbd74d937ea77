package io.github.cnstats.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes measurements as CSV with Apache Commons CSV: RFC 4180 (fields quoted when they hold a comma, a quotation
 * mark or a line end; CRLF after each record), one header row with the column names of {@link MeasurementFields}
 * ({@code doc,line,start,end,text,subject,quantity_value,…}), then one row per measurement with the same values
 * as JSON Lines; an absent value is an empty field. Documents are not marked: each row names its {@code doc}.
 */
final class CsvWriter implements MeasurementWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(MeasurementFields.columns().toArray(String[]::new))
            .get();

    private final CSVPrinter printer;

    /**
     * Writes the header row.
     *
     * @param out where the rows go; it decides the encoding, which should be UTF-8
     * @throws IOException if writing fails
     */
    CsvWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
    }

    @Override
    public void beginDocument(String doc) {
        // Each row names its document.
    }

    @Override
    public void write(LocatedMeasurement measurement) throws IOException {
        printer.printRecord(MeasurementFields.values(measurement));
    }

    @Override
    public void endDocument() {
        // Nothing is held back.
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
