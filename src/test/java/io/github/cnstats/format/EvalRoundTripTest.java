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
        assertTrue(failures.size() <= KNOWN_FAILURES, failures.size() + " of " + checked
                + " do not read back, more than the " + KNOWN_FAILURES + " known:\n" + String.join("\n", failures));
    }

    /**
     * How many do not read back yet (7 of 911 on the eval files of December 2026): a ratchet, to be lowered as the
     * causes are fixed, never raised. Of the 99 first found, the level reached with its direction (written 60%,上升,
     * read as a level and a passing verb) and the reference that holds a number (高于5月份, where the words after
     * 高于 hold none) were the formatter's, and are fixed; so are, since the acc18b branch, a direction alone (破案率
     * 大幅下降, written 有所下降 so that it reads back as a statement), a streak that is the period (連續12年下降,
     * written once, after the subject), a direction after a compared period (比6月下降, now read), and subjects cut
     * at 更 or at a period before 共有 (從2005年). Since the rt18 branch: a count of people under 被 is written count
     * first (25人被警方拘留); a frame after a period (以今年1至9月与去年同期作比较) is no subject; a subject that is
     * only a place name is the region too; a subject after its count loses a closing verb (保持) as one before it
     * does; a threshold before a noun (5000千瓦及以上电厂) is no figure. What is left is the first reading's: a
     * subject that holds the last of a list of thresholds counted after it (N万亿、M万亿两个台阶), a number inside a
     * name (a distance inside a share's name, read back as a figure of its own), and names cut inside a word (a
     * region's abbreviation at the cut, 平 of 平均 before a per-minute rate, 突破 at the end read back as an
     * approximation).
     */
    private static final int KNOWN_FAILURES = 7;

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
