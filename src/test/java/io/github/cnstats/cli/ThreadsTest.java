package io.github.cnstats.cli;

import io.github.cnstats.Cnstats;
import io.github.cnstats.MeasurementParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --threads N} writes exactly what one thread writes, in the same order, with bounded waiting results. */
class ThreadsTest {

    @TempDir
    Path dir;

    private static final String[] REGIONS = {"全市", "全省", "本区", "全縣"};
    private static final String[] PERIODS = {"今年前三季度", "2024年", "1至5月", "上半年"};
    private static final String[] SUBJECTS = {"受理群众来访", "查处违法案件", "新增就业岗位", "辦理登記"};
    private static final String[] UNITS = {"件", "起", "个", "人次"};

    /** Sentences of statistics, written for this test, with a few that hold nothing and a few too-long numerals. */
    static String corpus(int lines, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append("会议强调要持续推进各项工作。");
                case 1 -> text.append("编号").append(100000000000L + random.nextInt(1000)).append("起");
                default -> text.append(REGIONS[random.nextInt(REGIONS.length)])
                        .append(PERIODS[random.nextInt(PERIODS.length)]).append("共")
                        .append(SUBJECTS[random.nextInt(SUBJECTS.length)])
                        .append(1 + random.nextInt(9000) / 10.0).append("万").append(UNITS[random.nextInt(UNITS.length)])
                        .append("，同比").append(random.nextBoolean() ? "上升" : "下降")
                        .append(random.nextInt(300) / 10.0).append("%。");
            }
            text.append(random.nextInt(10) == 0 ? "\n\n" : "\n");
        }
        return text.toString();
    }

    private List<String> files(int count, int lines) throws IOException {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            Path file = dir.resolve("doc" + f + ".txt");
            Files.writeString(file, corpus(lines, f), StandardCharsets.UTF_8);
            names.add(file.toString());
        }
        return names;
    }

    private static Run run(MeasurementParser parser, ChunkLimits limits, int threads, List<String> options,
                           List<String> inputs) {
        List<String> args = new ArrayList<>(List.of("extract", "--threads=" + threads));
        args.addAll(options);
        args.addAll(inputs);
        return Run.of(parser, new byte[0], limits, args.toArray(String[]::new));
    }

    @Test
    void fourThreadsWriteWhatOneThreadWritesInEveryModeAndFormat() throws IOException {
        List<String> inputs = files(3, 400);
        // Small chunks, so that whole files are parsed in many pieces too.
        ChunkLimits limits = new ChunkLimits(2000, 8000);
        for (List<String> options : List.<List<String>>of(List.of(), List.of("--lines"), List.of("--explain"),
                List.of("--lines", "--explain", "--format=csv"), List.of("--format=table"))) {
            Run one = run(Cnstats.parser(), limits, 1, options, inputs);
            Run four = run(Cnstats.parser(), limits, 4, options, inputs);
            assertEquals(0, one.status(), one.err());
            assertTrue(one.out().length() > 10_000, "measurements found: " + one.out().length());
            assertEquals(one.out(), four.out(), options.toString());
            assertEquals(one.err(), four.err(), options.toString());
            assertEquals(one.status(), four.status());
        }
    }

    @Test
    void failuresAreReportedInTheSameOrderAndCostTheSame() throws IOException {
        List<String> inputs = new ArrayList<>(files(2, 300));
        inputs.add(1, dir.resolve("missing.txt").toString());
        MeasurementParser failing = text -> {
            if (text.toString().contains("全縣上半年")) {
                throw new IllegalStateException("cannot read this");
            }
            return Cnstats.parser().parse(text);
        };
        ChunkLimits limits = new ChunkLimits(1500, 6000);
        for (List<String> options : List.<List<String>>of(List.of(), List.of("--lines"))) {
            Run one = run(failing, limits, 1, options, inputs);
            Run four = run(failing, limits, 4, options, inputs);
            assertEquals(2, one.status());
            assertTrue(one.err().contains("internal error: IllegalStateException: cannot read this"), one.err());
            assertEquals(one.out(), four.out(), options.toString());
            assertEquals(one.err(), four.err(), options.toString());
            assertEquals(one.status(), four.status());
        }
    }

    @Test
    void resultsAreWrittenInOrderAndAtMostTwoPerThreadWait() throws IOException {
        int threads = 3;
        List<Integer> written = new ArrayList<>();
        AtomicInteger computedNotWritten = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (OrderedOutput output = new OrderedOutput(threads)) {
            for (int i = 0; i < 300; i++) {
                int n = i;
                output.submit(() -> {
                    if (n % 7 == 0) {
                        sleep(3); // out of order on the pool
                    }
                    most.accumulateAndGet(computedNotWritten.incrementAndGet(), Math::max);
                    return () -> {
                        computedNotWritten.decrementAndGet();
                        written.add(n);
                    };
                });
                if (i % 50 == 0) {
                    output.emit(() -> written.add(-1));
                }
            }
            output.drain();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            expected.add(i);
            if (i % 50 == 0) {
                expected.add(-1);
            }
        }
        assertEquals(expected, written);
        assertTrue(most.get() <= 2 * threads + 1, "waiting results: " + most.get());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
