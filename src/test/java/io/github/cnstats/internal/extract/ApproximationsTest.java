package io.github.cnstats.internal.extract;

import io.github.cnstats.Approximation;
import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code words/approximations.tsv} says what each approximation word means; the lexer's tokens find them. The
 * two name the same words: a word the grammar gains without a meaning would be read as exact.
 */
class ApproximationsTest {

    private static final Set<Integer> APPROXIMATION_TOKENS =
            Set.of(StatsLexer.APPROX_BEFORE, StatsLexer.APPROX_AFTER, StatsLexer.MORE_WORD);

    @Test
    void eachWordOfTheTableIsOneApproximationTokenOfTheLexer() {
        StatsLexer lexer = new StatsLexer(CharStreams.fromString(""));
        lexer.removeErrorListeners();
        for (String word : Approximations.words().keySet()) {
            lexer.setInputStream(CharStreams.fromString(word));
            Token token = lexer.nextToken();
            assertEquals(true, APPROXIMATION_TOKENS.contains(token.getType())
                    && token.getStopIndex() == word.length() - 1, word + " is one approximation token");
        }
    }

    @Test
    void eachWordOfTheApproximationTokensHasAMeaning() throws IOException {
        String grammar = Files.readString(Path.of("grammar/io/github/cnstats/internal/grammar/StatsLexer.g4"),
                StandardCharsets.UTF_8);
        Set<String> words = new TreeSet<>();
        Matcher rule = Pattern.compile("(?m)^(APPROX_BEFORE|APPROX_AFTER|MORE_WORD)\\s*:([^;]*);").matcher(grammar);
        while (rule.find()) {
            Matcher literal = Pattern.compile("'([^']+)'").matcher(rule.group(2));
            while (literal.find()) {
                words.add(literal.group(1));
            }
        }
        assertEquals(words, new TreeSet<>(Approximations.words().keySet()));
    }

    @Test
    void aWordMeansWhatTheTableSays() {
        assertEquals(Approximation.MORE_THAN, Approximations.of("逾"));
        assertEquals(Approximation.AT_MOST, Approximations.of("以内"));
        assertEquals(Approximation.EXACT, Approximations.of("大于"));
    }
}
