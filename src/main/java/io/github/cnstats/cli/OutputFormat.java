package io.github.cnstats.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code extract}; {@link Extraction} picks the writer of each. */
enum OutputFormat {
    /** JSON Lines, one object per measurement: for programs. */
    JSONL,
    /** Comma-separated values, RFC 4180, one row per measurement: for spreadsheets. */
    CSV,
    /** An aligned table: for people. */
    TABLE,
    /** One self-contained HTML page with the text and every measurement marked in it: for people. */
    HTML;

    /**
     * @param name the value given to {@code --format}
     * @return the format of that name, or null if there is none
     */
    static OutputFormat named(String name) {
        for (OutputFormat format : values()) {
            if (format.optionValue().equals(name)) {
                return format;
            }
        }
        return null;
    }

    /**
     * The writer of this format: the one place that maps a format to its writer.
     *
     * @param out           where the output goes, encoded as UTF-8
     * @param severalInputs whether more than one document may be written
     * @return a writer that writes to {@code out}
     * @throws IOException if writing its start (a header) fails
     */
    MeasurementWriter writer(Writer out, boolean severalInputs) throws IOException {
        return switch (this) {
            case JSONL -> new JsonLinesWriter(out);
            case CSV -> new CsvWriter(out);
            case TABLE -> new TableWriter(out, severalInputs);
            case HTML -> new HtmlPage(out);
        };
    }

    /** @return the name to give to {@code --format} */
    String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names of the formats, for shell completion and messages. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(OutputFormat::optionValue).iterator();
        }

        /** @return {@code jsonl, csv, table or html} */
        static String list() {
            String[] names = Arrays.stream(values()).map(OutputFormat::optionValue).toArray(String[]::new);
            return Arrays.stream(names, 0, names.length - 1).collect(Collectors.joining(", "))
                    + " or " + names[names.length - 1];
        }
    }
}
