package io.github.cnstats.cli;

import java.util.Locale;

/** The output formats of {@code extract}. */
enum OutputFormat {
    /** JSON Lines, one object per measurement: for programs. */
    JSONL,
    /** An aligned table: for people. */
    TABLE,
    /** One self-contained HTML page with the text and every measurement marked in it: for people. */
    HTML;

    /**
     * @param name the value given to {@code --format}
     * @return the format of that name
     * @throws UsageException if there is none
     */
    static OutputFormat named(String name) throws UsageException {
        for (OutputFormat format : values()) {
            if (format.optionValue().equals(name)) {
                return format;
            }
        }
        throw new UsageException("bad value for --format: '" + name + "' (use jsonl, table or html)");
    }

    /** @return the name to give to {@code --format} */
    String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
