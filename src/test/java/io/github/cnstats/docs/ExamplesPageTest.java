package io.github.cnstats.docs;

import io.github.cnstats.Cnstats;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs/EXAMPLES.md} is generated from {@code examples/*.txt}: this test fails when the page no longer shows
 * what the parser reads, and with {@code -Dcnstats.regenerate=true} (the switch of every generated file of the
 * project) writes it anew, to be reviewed as a diff. A missing page fails too, unless regeneration is asked for.
 */
class ExamplesPageTest {

    /** The system property that asks for generated files to be written instead of checked. */
    static final String REGENERATE = "cnstats.regenerate";

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path PAGE = Path.of("docs", "EXAMPLES.md");
    private static final String COMMAND = "mvn -B -q test -Dtest=ExamplesPageTest -D" + REGENERATE + "=true";

    @Test
    void examplesPageShowsWhatTheParserReads() throws IOException {
        String expected = ExamplesPage.render(examples(), COMMAND);
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(PAGE), PAGE + " is missing; write it with: " + COMMAND);
        assertEquals(expected, Files.readString(PAGE, StandardCharsets.UTF_8),
                PAGE + " is stale; regenerate it with: " + COMMAND + " and review the diff");
    }

    private static List<ExamplesPage.Example> examples() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(texts.isEmpty(), "no example texts in " + EXAMPLES.toAbsolutePath());
        List<ExamplesPage.Example> examples = new ArrayList<>();
        for (Path text : texts) {
            String content = Files.readString(text, StandardCharsets.UTF_8);
            examples.add(new ExamplesPage.Example(text.getFileName().toString(), content,
                    Cnstats.parser().parse(content)));
        }
        return examples;
    }
}
