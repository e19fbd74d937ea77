package io.github.cnstats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link MeasurementParser#parse(CharSequence)} with Jazzer.
 *
 * <p>In a normal test run (CI), {@link #parsesAnyText(byte[])} runs once for each saved input in
 * {@code src/test/resources/io/github/cnstats/fuzz/ParseFuzzTestInputs/parsesAnyText/}: sentences of our own and
 * every input that once found a bug. With {@code JAZZER_FUZZ=1} it fuzzes, starting from those inputs and from the
 * corpus that {@code .ci/fuzz} lays out (the seed articles of ../shared when they exist); see README.
 *
 * <p>The contract checked on every input: {@code parse} returns (no exception, no error), every measurement has a
 * quantity or a change, and its text is exactly the input between its span's ends.
 */
class ParseFuzzTest {

    private static final MeasurementParser PARSER = Cnstats.parser();

    /** One fuzzing run ({@code .ci/fuzz}) lasts ten minutes; a test run only replays the saved inputs. */
    @FuzzTest(maxDuration = "10m")
    void parsesAnyText(byte[] input) {
        // Bytes as UTF-8, replacing what is not, so that the seed articles are meaningful inputs.
        checkContract(new String(input, StandardCharsets.UTF_8));
    }

    /** The seed articles of ../shared, when they are there, pass the same contract in every test run. */
    @Test
    void seedArticlesKeepTheContract() throws IOException {
        Path seeds = Path.of(System.getProperty("cnstats.seeds", "../shared/seeds"));
        if (!Files.isDirectory(seeds)) {
            return; // A checkout without ../shared: the saved inputs above still run.
        }
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                checkContract(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    static void checkContract(String text) {
        List<Measurement> found = PARSER.parse(text);
        for (Measurement m : found) {
            assertTrue(m.quantity() != null || m.change() != null, () -> "empty measurement " + m);
            assertEquals(text.substring(m.span().start(), m.span().end()), m.text());
        }
    }
}
