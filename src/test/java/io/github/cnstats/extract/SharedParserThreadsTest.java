package io.github.cnstats.extract;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

/**
 * One parser shared by several threads gives exactly what it gives on one thread. The lexers of all threads
 * share ANTLR's DFA and the wide-character transitions beside it, which they fill as they go, so the threads
 * start on a fresh copy of the text in a shuffled order to race on filling them.
 */
class SharedParserThreadsTest {

    private static final int THREADS = 4;

    @Test
    @Timeout(120)
    void threadsSharingOneParserGiveTheSingleThreadedResults() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "golden"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        MeasurementParser parser = Cnstats.parser();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<List<Measurement>>>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<List<List<Measurement>>> run = () -> {
                    List<List<Measurement>> results = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        int k = (i + offset) % texts.size();
                        results.add(parser.parse(new String(texts.get(k).toCharArray())));
                    }
                    return rotate(results, offset);
                };
                runs.add(pool.submit(run));
            }
            List<List<Measurement>> alone = new ArrayList<>();
            for (String text : texts) {
                alone.add(parser.parse(text));
            }
            for (Future<List<List<Measurement>>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Back into text order: element i of {@code shifted} is the result for text (i + offset) mod n. */
    private static List<List<Measurement>> rotate(List<List<Measurement>> shifted, int offset) {
        int n = shifted.size();
        List<List<Measurement>> inOrder = new ArrayList<>(shifted);
        for (int i = 0; i < n; i++) {
            inOrder.set((i + offset) % n, shifted.get(i));
        }
        return inOrder;
    }
}
