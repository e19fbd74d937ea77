package io.github.cnstats.internal.extract;

import io.github.cnstats.Approximation;
import io.github.cnstats.internal.words.WordLists;

import java.util.HashMap;
import java.util.Map;

/** The approximation words of official text and what they mean, from {@code words/approximations.tsv}. */
final class Approximations {

    private static final Map<String, Approximation> WORDS = read();

    private Approximations() {
    }

    /**
     * @param word an approximation word as the lexer found it
     * @return its meaning; {@link Approximation#EXACT} for a word that is not one
     */
    static Approximation of(String word) {
        return WORDS.getOrDefault(word, Approximation.EXACT);
    }

    /** The words of the table, each with the constant its second column names. */
    static Map<String, Approximation> words() {
        return WORDS;
    }

    private static Map<String, Approximation> read() {
        Map<String, Approximation> words = new HashMap<>();
        WordLists.table("approximations").forEach((word, meaning) -> {
            try {
                words.put(word, Approximation.valueOf(meaning));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("io/github/cnstats/words/approximations.tsv: '" + meaning
                        + "' (for " + word + ") is no constant of Approximation", e);
            }
        });
        return Map.copyOf(words);
    }
}
