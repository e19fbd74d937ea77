package io.github.cnstats.extract;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * One parser shared by 8 threads gives exactly what it gives on one thread, each thread starting at another
 * text. The texts are the golden articles,
 * and the shared seed articles when {@code ../shared/seeds} exists (they are not in the repository).
 */
class SharedParserConcurrencyTest {

    private static final int THREADS = 8;

    @Test
    @Timeout(300)
    void eightThreadsGiveTheSingleThreadedResults() throws Exception {
        List<String> texts = texts();
        assertFalse(texts.isEmpty());
        MeasurementParser parser = Cnstats.parser();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<List<Measurement>>>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                // Each thread starts at another text, so that different texts are parsed at the same time.
                Callable<List<List<Measurement>>> run = () -> {
                    List<List<Measurement>> got = new ArrayList<>(texts.size());
                    for (int i = 0; i < texts.size(); i++) {
                        got.add(null);
                    }
                    for (int k = 0; k < texts.size(); k++) {
                        int i = (first + k) % texts.size();
                        got.set(i, parser.parse(new String(texts.get(i).toCharArray()))); // a fresh copy
                    }
                    return got;
                };
                runs.add(pool.submit(run));
            }
            // The single-threaded results, made while the threads run, so that all of them race on filling the
            // lexer's shared DFA and wide-character transitions.
            List<List<Measurement>> expected = texts.stream().map(parser::parse).toList();
            for (Future<List<List<Measurement>>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(read(Path.of("src/test/resources/golden")));
        Path seeds = Path.of(System.getProperty("cnstats.seeds", "../shared/seeds"));
        if (Files.isDirectory(seeds)) {
            texts.addAll(read(seeds));
        }
        return texts;
    }

    private static List<String> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }
}
