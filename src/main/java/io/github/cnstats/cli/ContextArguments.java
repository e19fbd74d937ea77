package io.github.cnstats.cli;

import io.github.cnstats.DocumentContext;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The options {@code --date 2024-05-27} and {@code --region 广东省}: the document context the caller gives, which
 * wins over what cnstats finds in each text.
 */
final class ContextArguments {

    private ContextArguments() {
    }

    /**
     * @param date   the value of {@code --date}, or null if it was not given
     * @param region the value of {@code --region}, or null if it was not given
     * @return the context these options give: what they name, the rest found in each text
     * @throws IllegalArgumentException with the message for the user, if a value is bad
     */
    static DocumentContext context(String date, String region) {
        if (date == null && region == null) {
            return DocumentContext.findInText();
        }
        DocumentContext.Builder b = DocumentContext.builder();
        if (date != null) {
            try {
                b.date(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "bad value for --date: '" + date + "' (use YYYY-MM-DD, such as 2024-05-27)");
            }
        }
        if (region != null) {
            if (region.isBlank()) {
                throw new IllegalArgumentException("bad value for --region: an empty name");
            }
            b.region(region.strip());
        }
        return b.build();
    }
}
