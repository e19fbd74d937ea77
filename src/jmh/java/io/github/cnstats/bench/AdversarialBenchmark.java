package io.github.cnstats.bench;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.extract.AdversarialInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/** Each adversarial input, parsed as one document; one operation is the whole input. */
@Fork(1)
@Warmup(iterations = 1, time = 1)
@org.openjdk.jmh.annotations.Measurement(iterations = 2, time = 1)
@State(Scope.Benchmark)
public class AdversarialBenchmark {

    @Param
    public AdversarialInput input;

    private String text;
    private final MeasurementParser parser = Cnstats.parser();

    @Setup(Level.Trial)
    public void buildInput() {
        text = input.text();
    }

    @Benchmark
    public List<Measurement> parseAdversarial() {
        return parser.parse(text);
    }
}
