package io.github.cnstats.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * The corpus of one size, as JMH state shared by every benchmark that reads articles, so that parse, lexer
 * and regex read exactly the same text in the same run.
 */
@State(Scope.Benchmark)
public class Articles {

    @Param({"1KB", "1MB", "16MB"})
    public String size;

    private List<String> articles;

    @Setup(Level.Trial)
    public void build() {
        articles = Corpus.ofSize(size).articles();
    }

    public List<String> list() {
        return articles;
    }
}
