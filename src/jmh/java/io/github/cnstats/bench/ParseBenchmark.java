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

    @Benchmark
    public void parse(Articles corpus, Blackhole sink) {
        for (String article : corpus.list()) {
            sink.consume(parser.parse(article));
        }
    }

    @Benchmark
    @Threads(2)
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
