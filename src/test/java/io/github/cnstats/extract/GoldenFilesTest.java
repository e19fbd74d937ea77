package io.github.cnstats.extract;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.baseline.BaselineFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: whole articles written in the style of police, statistics-bureau, Hong Kong and Taiwan press
 * releases ({@code src/test/resources/golden/*.txt}) and the measurements read from them ({@code *.golden}).
 * A change in extraction shows as a diff of the golden file; a missing golden file fails. Regenerate with
 * {@code mvn test -Dtest=GoldenFilesTest -Dcnstats.regenerate=true} and review the diff before committing.
 */
class GoldenFilesTest {

    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    @TestFactory
    Stream<DynamicTest> articlesReadAsRecorded() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(DIR)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return articles.stream().map(article -> DynamicTest.dynamicTest(article.getFileName().toString(), () -> {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            String actual = render(text, Cnstats.parser().parse(text));
            BaselineFiles.check(Path.of(article.toString().replaceAll("\\.txt$", ".golden")), actual);
        }));
    }

    static String render(String text, List<Measurement> found) {
        StringBuilder out = new StringBuilder();
        for (Measurement m : found) {
            int line = 1 + (int) text.substring(0, m.span().start()).chars().filter(c -> c == '\n').count();
            out.append("L").append(line).append(" [").append(m.span().start()).append(',').append(m.span().end())
                    .append(") ").append(m.text().replace('\n', ' ')).append('\n');
            out.append("    subject  ").append(m.subject()).append('\n');
            out.append("    quantity ").append(m.quantity()).append('\n');
            out.append("    change   ").append(m.change()).append(m.change() != null && m.change().streak() != null
                    ? " streak " + m.change().streak().count() + m.change().streak().unit() : "").append('\n');
            out.append("    period   ").append(m.period() == null ? null : m.period().text() + " (" + m.period().kind()
                    + ")").append("  region ").append(m.region()).append('\n');
            if (m.periodRange() != null || m.regionResolved() != null || m.baseline() != null) {
                out.append("    resolved ").append(m.periodRange()).append("  region ").append(m.regionResolved())
                        .append("  baseline ").append(m.baseline()).append('\n');
            }
        }
        return out.toString();
    }
}
