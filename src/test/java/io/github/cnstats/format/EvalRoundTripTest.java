package io.github.cnstats.format;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementFormatter;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.cli.JsonStrings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round trips on real measurements, not only generated ones: every measurement read from the project's evaluation
 * sentences, written with the standard formatter, reads back as the same measurement (subject, quantity, change,
 * period and region). The sentences are not in the repository: the test reads them from {@code ../shared/eval}
 * (or {@code -Dcnstats.eval=DIR}) when they are there, and has nothing to check otherwise.
 *
 * <p>All of them read back, with none known to fail. The failures found on the way were the
 * formatter's (a level reached written as a level and a passing verb, a reference holding a number, a direction
 * alone, a streak that is the period, a count of people under 被, a subject ending with an approximation word such
 * as 突破, written now with 共 before its number) and the first reading's (subjects cut inside a word or holding a
 * figure: the last of a list of thresholds counted after it, a region's abbreviation in a list closed by 等, 平 of
 * 平均 before a rate, a distance that names which share is meant); each family is fixed where it arose, with
 * baseline rows of its own.
 */
class EvalRoundTripTest {

    /** The text of a JSON Lines record: {@code "text": "..."}, with JSON's escapes. */
    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyMeasurementOfTheEvalTextsReadsBackFromItsFormat() throws IOException {
        Path eval = Path.of(System.getProperty("cnstats.eval", "../shared/eval"));
        if (!Files.isDirectory(eval)) {
            return; // a checkout without ../shared: the generated round trips still run
        }
        MeasurementParser parser = Cnstats.parser();
        MeasurementFormatter formatter = Cnstats.formatter();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String text : texts(eval)) {
            for (Measurement m : parser.parse(text)) {
                String written = formatter.format(m);
                List<Measurement> back = parser.parse(written);
                checked++;
                if (back.size() != 1 || !same(m, back.get(0))) {
                    failures.add(written + "\n    read from: " + m + "\n    reads back: " + back);
                }
            }
        }
        assertTrue(checked > 0, "no measurement in " + eval);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " do not read back:\n"
                + String.join("\n", failures));
    }

    private static boolean same(Measurement a, Measurement b) {
        return Objects.equals(a.subject(), b.subject()) && Objects.equals(a.quantity(), b.quantity())
                && Objects.equals(a.change(), b.change()) && Objects.equals(a.period(), b.period())
                && Objects.equals(a.region(), b.region());
    }

    private static List<String> texts(Path eval) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(eval)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher m = TEXT.matcher(line);
                    if (m.find()) {
                        texts.add(JsonStrings.read("\"" + m.group(1) + "\""));
                    }
                }
            }
        }
        return texts;
    }
}
