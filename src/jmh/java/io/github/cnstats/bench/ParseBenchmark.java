package io.github.cnstats.bench;

import io.github.cnstats.Cnstats;
import io.github.cnstats.MeasurementParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole articles through {@code Cnstats.parser().parse}, one article per call as a user would, on one thread
 * and on two threads sharing the one parser; and the naive regex extractor over the same articles as the
 * baseline. One operation is the whole corpus, so MB/s is operations/s times the corpus size.
 */
@Fork(1)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class ParseBenchmark {

    private final MeasurementParser parser = Cnstats.parser();
    private final NaiveRegexExtractor regex = new NaiveRegexExtractor();

    /*
     * parse and parseTwoThreads warm up for 12 iterations, not 4: the JIT needs about half a minute of the
     * pipeline to reach steady state, and longer on two threads, whose two busy cores leave the compiler
     * threads little time. With 4, the measured iterations of parseTwoThreads at 1 MB still rose from 10 to
     * 18 ops/s, and the two-thread ratio read 1.07; with 12 they are flat (20.4 to 21.4) and it reads 1.71.
     */
    @Benchmark
    @Warmup(iterations = 12, time = 3)
    public void parse(Articles corpus, Blackhole sink) {
        for (String article : corpus.list()) {
            sink.consume(parser.parse(article));
        }
    }

    @Benchmark
    @Threads(2)
    @Warmup(iterations = 12, time = 3)
    public void parseTwoThreads(Articles corpus, Blackhole sink) {
        for (String article : corpus.list()) {
            sink.consume(parser.parse(article));
        }
    }

    @Benchmark
    public void naiveRegex(Articles corpus, Blackhole sink) {
        for (String article : corpus.list()) {
            sink.consume(regex.extract(article));
        }
    }
}
