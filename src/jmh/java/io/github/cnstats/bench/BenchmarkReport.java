package io.github.cnstats.bench;

import io.github.cnstats.extract.AdversarialInput;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every benchmark in one JMH run, with the {@code gc} profiler, and prints a Markdown table of MB/s of
 * UTF-8 input and bytes allocated per input byte, followed by the acceptance ratios of issue 6. All figures
 * come from the same run, so their ratios hold on a machine that other processes slow down.
 *
 * <p>JMH reports operations per second and bytes per operation; one operation is a whole corpus or input, so
 * both are divided by its UTF-8 size here. MB means 2<sup>20</sup> bytes throughout.
 *
 * <p>Arguments: an optional regular expression of benchmarks to run (default: all of cnstats').
 */
public final class BenchmarkReport {

    private static final double MB = 1024 * 1024;

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(args.length > 0 ? args[0] : "io\\.github\\.cnstats\\..*Benchmark")
                .jvmArgsAppend("-Xms2g", "-Xmx2g")
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        new BenchmarkReport().print(results);
    }

    private final Map<String, Long> sizes = new HashMap<>();

    private void print(Collection<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult result : results) {
            rows.add(row(result));
        }
        StringBuilder out = new StringBuilder();
        out.append("\n| benchmark | input | MB/s | ± (99.9%) | allocated B per input byte |\n");
        out.append("|---|---|---:|---:|---:|\n");
        for (Row row : rows) {
            String error = Double.isNaN(row.error) ? "n/a" : String.format(Locale.ROOT, "%.2f", row.error);
            out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %.2f |%n",
                    row.benchmark, row.input, row.mbPerSecond, error, row.allocPerByte));
        }
        out.append("\n| acceptance (issue 6) | measured | target | held |\n|---|---:|---:|---|\n");
        for (String size : List.of("1MB", "16MB")) {
            Row parse = find(rows, "parse", size);
            Row regex = find(rows, "naiveRegex", size);
            Row two = find(rows, "parseTwoThreads", size);
            if (parse != null) {
                check(out, "parse " + size + ", 1 thread, MB/s", parse.mbPerSecond, 20, true);
                check(out, "parse " + size + ", allocated B per input byte", parse.allocPerByte, 10, false);
            }
            if (parse != null && regex != null) {
                check(out, "parse / naive regex, " + size, parse.mbPerSecond / regex.mbPerSecond, 0.5, true);
            }
            if (parse != null && two != null) {
                check(out, "parse 2 threads / 1 thread, " + size, two.mbPerSecond / parse.mbPerSecond, 1.7, true);
            }
        }
        Row small = find(rows, "parse", "1MB");
        Row large = find(rows, "parse", "16MB");
        if (small != null && large != null) {
            check(out, "parse 16MB / parse 1MB", large.mbPerSecond / small.mbPerSecond, 0.8, true);
        }
        for (Row row : rows) {
            if (row.benchmark.equals("parseAdversarial")) {
                check(out, "adversarial " + row.input + ", MB/s", row.mbPerSecond, 1, true);
            }
        }
        System.out.print(out);
    }

    private static void check(StringBuilder out, String what, double measured, double target, boolean atLeast) {
        boolean held = atLeast ? measured >= target : measured <= target;
        out.append(String.format(Locale.ROOT, "| %s | %.2f | %s %.1f | %s |%n", what, measured,
                atLeast ? "≥" : "≤", target, held ? "yes" : "**no**"));
    }

    private static Row find(List<Row> rows, String benchmark, String input) {
        return rows.stream().filter(r -> r.benchmark.equals(benchmark) && r.input.equals(input)).findFirst()
                .orElse(null);
    }

    private Row row(RunResult result) {
        String label = result.getParams().getBenchmark();
        String benchmark = label.substring(label.lastIndexOf('.') + 1);
        String size = result.getParams().getParam("size");
        String input = size != null ? size : result.getParams().getParam("input");
        long bytes = sizes.computeIfAbsent(input, BenchmarkReport::utf8Bytes);
        Result<?> primary = result.getPrimaryResult();
        double mbPerSecond = primary.getScore() * bytes / MB;
        double error = primary.getScoreError() * bytes / MB; // NaN from fewer than 3 iterations
        Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
        if (alloc == null) {
            alloc = result.getSecondaryResults().get("·gc.alloc.rate.norm");
        }
        double allocPerByte = alloc == null ? Double.NaN : alloc.getScore() / bytes;
        return new Row(benchmark, input, mbPerSecond, error, allocPerByte);
    }

    private static long utf8Bytes(String input) {
        if (input.endsWith("KB") || input.endsWith("MB")) {
            return Corpus.ofSize(input).utf8Bytes();
        }
        return Utf8.length(AdversarialInput.valueOf(input).text());
    }

    private record Row(String benchmark, String input, double mbPerSecond, double error, double allocPerByte) {
    }
}
