package io.github.cnstats.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds of the library in one JVM, each in its own class loader ({@link LibraryBuild}), alternating
 * rounds over the 1 MB JMH corpus ({@link Corpus}) and over the dense golden articles repeated to 1 MB. Each
 * sample is one pass of {@code parse} over every article of an input, measured in the thread's CPU time (so
 * that the other processes of a busy machine count less than in wall time) and in the bytes the thread
 * allocated. Within a round the two builds run back to back on the same input, in an order that alternates
 * with the round, so the ratio of each round's pair cancels most of the machine's drift; the table gives the
 * median of those ratios with their quartiles as the spread.
 *
 * <p>Run from the repository root: {@code mvn -B -q -Pbench test-compile exec:exec@ab -Dab.a=OLD -Dab.b=NEW}
 * (see BENCHMARKS.md), where each of OLD and NEW is a class path: a {@code -cli} jar alone, the shaded jar
 * with icu4j, or the plain jar or {@code target/classes} with antlr4-runtime and icu4j. {@code -Dab.rounds}
 * and {@code -Dab.warmup} set the number of measured and warm-up rounds.
 */
public final class SameJvmAb {

    private static final long MB = 1024 * 1024;

    private SameJvmAb() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args[0].isBlank() || args[1].isBlank()) {
            System.err.println("usage: SameJvmAb A_CLASSPATH B_CLASSPATH [ROUNDS [WARMUP [GOLDEN_DIR]]]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path golden = Paths.get(args.length > 4 ? args[4] : "src/test/resources/golden");
        LibraryBuild a = LibraryBuild.load("A", args[0]);
        LibraryBuild b = LibraryBuild.load("B", args[1]);
        List<Input> inputs = List.of(
                new Input("corpus 1MB", Corpus.ofSize("1MB").articles()),
                new Input("golden ×" + repeats(golden), repeated(golden)));
        System.out.printf("A = %s%nB = %s%n", args[0], args[1]);
        for (Input input : inputs) {
            System.out.printf("%s: %d articles, %.3f MB; %s%n", input.name, input.articles.size(),
                    input.utf8Bytes / (double) MB, sameOutput(a, b, input));
        }
        ThreadCost cost = new ThreadCost();
        Samples[][] samples = new Samples[inputs.size()][2];
        for (Samples[] pair : samples) {
            pair[0] = new Samples(rounds);
            pair[1] = new Samples(rounds);
        }
        long started = System.nanoTime();
        for (int round = 0; round < warmup + rounds; round++) {
            boolean aFirst = round % 2 == 0;
            for (int i = 0; i < inputs.size(); i++) {
                Input input = inputs.get(i);
                Sample first = cost.of(aFirst ? a : b, input);
                Sample second = cost.of(aFirst ? b : a, input);
                if (round >= warmup) {
                    samples[i][0].add(aFirst ? first : second);
                    samples[i][1].add(aFirst ? second : first);
                }
            }
        }
        System.out.printf("%d rounds after %d of warm-up, in %.0f s; median [quartiles]%n%n", rounds, warmup,
                (System.nanoTime() - started) / 1e9);
        System.out.println("| input | A CPU ms/MB | B CPU ms/MB | B/A CPU | A B/byte | B B/byte | B/A bytes |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < inputs.size(); i++) {
            Samples sa = samples[i][0];
            Samples sb = samples[i][1];
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", inputs.get(i).name,
                    spread(sa.cpuMsPerMb(), "%.1f"), spread(sb.cpuMsPerMb(), "%.1f"),
                    spread(ratios(sb.cpuMsPerMb(), sa.cpuMsPerMb()), "%.3f"),
                    spread(sa.bytesPerByte(), "%.2f"), spread(sb.bytesPerByte(), "%.2f"),
                    spread(ratios(sb.bytesPerByte(), sa.bytesPerByte()), "%.3f"));
        }
    }

    /** Whether both builds give the same measurements (as text) for every article: a freeze in miniature. */
    private static String sameOutput(LibraryBuild a, LibraryBuild b, Input input) {
        int differ = 0;
        long measurements = 0;
        for (String article : input.articles) {
            List<?> fromA = a.parse(article);
            measurements += fromA.size();
            if (!fromA.toString().equals(b.parse(article).toString())) {
                differ++;
            }
        }
        return String.format("%d measurements from A; %s", measurements,
                differ == 0 ? "B gives the same" : "B differs on " + differ + " articles");
    }

    private static int repeats(Path dir) {
        return (int) Math.ceil(MB / (double) Utf8.length(String.join("", goldenArticles(dir))));
    }

    /** The golden articles, whole, in name order, over and over until they make at least 1 MB. */
    private static List<String> repeated(Path dir) {
        List<String> articles = goldenArticles(dir);
        List<String> out = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < MB; i++) {
            String article = articles.get(i % articles.size());
            out.add(article);
            total += Utf8.length(article);
        }
        return out;
    }

    private static List<String> goldenArticles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no golden articles in " + dir);
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] ratios(double[] over, double[] under) {
        double[] out = new double[over.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = over[i] / under[i];
        }
        return out;
    }

    private static String spread(double[] values, String format) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, format + " [" + format + "–" + format + "]",
                quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75));
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    private record Input(String name, List<String> articles, long utf8Bytes) {
        Input(String name, List<String> articles) {
            this(name, List.copyOf(articles), articles.stream().mapToLong(Utf8::length).sum());
        }
    }

    private record Sample(double cpuMsPerMb, double bytesPerByte) {
    }

    /** One pass of a build over an input, in the calling thread's CPU time and allocated bytes. */
    private static final class ThreadCost {
        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private long sink;

        Sample of(LibraryBuild build, Input input) {
            long thread = Thread.currentThread().getId();
            long bytes = threads.getThreadAllocatedBytes(thread);
            long cpu = threads.getCurrentThreadCpuTime();
            for (String article : input.articles) {
                sink += build.parse(article).size();
            }
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            bytes = threads.getThreadAllocatedBytes(thread) - bytes;
            return new Sample(cpu / 1e6 / (input.utf8Bytes / (double) MB), bytes / (double) input.utf8Bytes);
        }
    }

    private static final class Samples {
        private final double[] cpu;
        private final double[] bytes;
        private int size;

        Samples(int capacity) {
            cpu = new double[capacity];
            bytes = new double[capacity];
        }

        void add(Sample sample) {
            cpu[size] = sample.cpuMsPerMb();
            bytes[size] = sample.bytesPerByte();
            size++;
        }

        double[] cpuMsPerMb() {
            return Arrays.copyOf(cpu, size);
        }

        double[] bytesPerByte() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
