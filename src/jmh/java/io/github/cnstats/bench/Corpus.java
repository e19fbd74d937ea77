package io.github.cnstats.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The news articles that the benchmarks read: the seed articles (read at benchmark time from the directory in
 * the system property {@code cnstats.seeds}, by default {@code ../shared/seeds}; none are copied into the
 * repository) alternating with generated articles, until the UTF-8 size is reached. Without the seeds the
 * corpus is generated text only.
 */
public final class Corpus {

    /** Where the seed articles are read from, unless {@code -Dcnstats.seeds} says otherwise. */
    static final String SEEDS_PROPERTY = "cnstats.seeds";

    private final List<String> articles;
    private final long utf8Bytes;

    private Corpus(List<String> articles, long utf8Bytes) {
        this.articles = List.copyOf(articles);
        this.utf8Bytes = utf8Bytes;
    }

    /**
     * @param size a size such as {@code 1KB}, {@code 1MB} or {@code 16MB}
     */
    public static Corpus ofSize(String size) {
        long target = bytes(size);
        List<String> seeds = seeds();
        StatisticsTextGenerator generator = new StatisticsTextGenerator(20_26L);
        List<String> articles = new ArrayList<>();
        long total = 0;
        int seed = 0;
        while (total < target) {
            String article = !seeds.isEmpty() && articles.size() % 2 == 0
                    ? seeds.get(seed++ % seeds.size())
                    : generator.article(3000);
            article = Utf8.prefix(article, target - total);
            if (article.isEmpty()) {
                break; // the next character alone would overshoot the size
            }
            articles.add(article);
            total += Utf8.length(article);
        }
        return new Corpus(articles, total);
    }

    public List<String> articles() {
        return articles;
    }

    public long utf8Bytes() {
        return utf8Bytes;
    }

    static long bytes(String size) {
        if (size.endsWith("KB")) {
            return Long.parseLong(size.substring(0, size.length() - 2)) * 1024;
        }
        if (size.endsWith("MB")) {
            return Long.parseLong(size.substring(0, size.length() - 2)) * 1024 * 1024;
        }
        throw new IllegalArgumentException("size " + size);
    }

    private static List<String> seeds() {
        Path dir = Paths.get(System.getProperty(SEEDS_PROPERTY, "../shared/seeds"));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
