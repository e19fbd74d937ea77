package io.github.cnstats.internal.parse;

import io.github.cnstats.bench.Articles;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The grammar's lexer alone ({@link LexiconLexer}, units from the lexicon included) over the same articles as
 * {@code ParseBenchmark}: the floor under what parsing every character with ANTLR would cost. It lives in this
 * package because the lexer is package-private.
 */
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class LexerBenchmark {

    private final UnitLexicon units = UnitLexicon.standard();
    private final PlainHan plain = PlainHan.of(units);

    @Benchmark
    public long lexer(Articles corpus) {
        long tokens = 0;
        for (String article : corpus.list()) {
            LexiconLexer lexer = new LexiconLexer(article, units, plain);
            while (lexer.nextToken().getType() != Token.EOF) {
                tokens++;
            }
        }
        return tokens;
    }
}
