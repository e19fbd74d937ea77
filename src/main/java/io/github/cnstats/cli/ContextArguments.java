package io.github.cnstats.cli;

import io.github.cnstats.DocumentContext;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The options {@code --date 2024-05-27} and {@code --region 广东省}: the document context the caller gives, which
 * wins over what cnstats finds in each text. Kept apart from {@link Arguments} so that it moves whole when the
 * argument parsing does.
 */
final class ContextArguments {

    private LocalDate date;
    private String region;

    /** @return whether {@code option} (without a value) is one of these */
    static boolean isOption(String option) {
        return option.equals("--date") || option.equals("--region");
    }

    /** @return whether {@code arg} is one of these with its value after {@code =} */
    static boolean isOptionWithValue(String arg) {
        return arg.startsWith("--date=") || arg.startsWith("--region=");
    }

    /**
     * @param arg {@code --date=VALUE} or {@code --region=VALUE}
     * @throws UsageException if the value is bad
     */
    void set(String arg) throws UsageException {
        int eq = arg.indexOf('=');
        set(arg.substring(0, eq), arg.substring(eq + 1));
    }

    /**
     * @param option {@code --date} or {@code --region}
     * @param value  its value, or {@code null} when none followed
     * @throws UsageException if the value is missing or bad
     */
    void set(String option, String value) throws UsageException {
        if (value == null) {
            throw new UsageException("option " + option + " needs a value: "
                    + (option.equals("--date") ? "a date such as 2024-05-27" : "a region such as 广东省"));
        }
        if (option.equals("--date")) {
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException("bad value for --date: '" + value + "' (use YYYY-MM-DD, such as 2024-05-27)");
            }
        } else {
            if (value.isBlank()) {
                throw new UsageException("bad value for --region: an empty name");
            }
            region = value.strip();
        }
    }

    /** @return the context these options give: what they name, the rest found in each text */
    DocumentContext context() {
        if (date == null && region == null) {
            return DocumentContext.findInText();
        }
        DocumentContext.Builder b = DocumentContext.builder();
        if (date != null) {
            b.date(date);
        }
        if (region != null) {
            b.region(region);
        }
        return b.build();
    }
}
