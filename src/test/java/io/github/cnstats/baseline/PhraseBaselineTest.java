package io.github.cnstats.baseline;

import io.github.cnstats.Cnstats;
import io.github.cnstats.MeasurementParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-phrase baselines, as cel-java keeps its {@code parser.baseline}: each {@code NAME.inputs} file under
 * {@code src/test/resources/baseline} lists short inputs of one family, one a line ({@code #} lines are
 * headings, copied through), and {@code NAME.baseline} records for each input its parse structure
 * ({@code A:}, the AST, see {@link BaselineDump#structure}) and its measurements ({@code M:}). A change in the grammar or
 * the binder shows as a diff of exactly the inputs it moved. Regenerate with
 * {@code mvn test -Dtest=PhraseBaselineTest -Dcnstats.regenerate=true} and review the diff.
 */
class PhraseBaselineTest {

    private static final Path DIR = Path.of("src", "test", "resources", "baseline");
    private static final String INPUTS = ".inputs";
    private static final String BASELINE = ".baseline";
    private static final MeasurementParser PARSER = Cnstats.parser();

    @TestFactory
    Stream<DynamicTest> everyFamilyReadsAsRecorded() throws IOException {
        return files(INPUTS).stream().map(inputs -> DynamicTest.dynamicTest(inputs.getFileName().toString(), () -> {
            String actual = render(Files.readAllLines(inputs, StandardCharsets.UTF_8));
            BaselineFiles.check(sibling(inputs, INPUTS, BASELINE), actual);
        }));
    }

    /** A baseline whose inputs file was removed would go on being kept without being checked. */
    @Test
    void everyBaselineHasItsInputs() throws IOException {
        for (Path baseline : files(BASELINE)) {
            assertTrue(Files.exists(sibling(baseline, BASELINE, INPUTS)), baseline + " has no inputs file");
        }
    }

    @Test
    void noInputIsListedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        for (Path inputs : files(INPUTS)) {
            for (String line : Files.readAllLines(inputs, StandardCharsets.UTF_8)) {
                if (isInput(line)) {
                    assertTrue(seen.add(line), "listed twice: " + line + " (" + inputs.getFileName() + ")");
                }
            }
        }
    }

    @Test
    void theFourFamiliesAreThere() throws IOException {
        assertEquals(List.of("changes", "not-statistics", "periods", "quantities"),
                files(INPUTS).stream().map(p -> p.getFileName().toString().replace(INPUTS, "")).toList());
    }

    /** The baseline text of one inputs file: headings as they are, each input as one entry. */
    static String render(List<String> inputLines) {
        StringBuilder out = new StringBuilder();
        boolean afterHeading = false;
        for (String line : inputLines) {
            if (line.isBlank()) {
                continue;
            }
            if (!isInput(line)) {
                out.append(line).append('\n');
                afterHeading = true;
                continue;
            }
            if (afterHeading) {
                out.append('\n');
                afterHeading = false;
            }
            out.append("I: ").append(line).append("\n=====>\n");
            block(out, "A: ", BaselineDump.structure(line));
            block(out, "M: ", BaselineDump.measurements(PARSER.parse(line)));
            out.append('\n');
        }
        return out.toString();
    }

    private static boolean isInput(String line) {
        return !line.isBlank() && !line.startsWith("#");
    }

    private static void block(StringBuilder out, String tag, List<String> lines) {
        if (lines.isEmpty()) {
            out.append(tag).append("(none)\n");
        }
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? tag : "   ").append(lines.get(i)).append('\n');
        }
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Path sibling(Path file, String suffix, String otherSuffix) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + otherSuffix);
    }
}
