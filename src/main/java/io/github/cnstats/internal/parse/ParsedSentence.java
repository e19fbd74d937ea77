package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import org.antlr.v4.runtime.Token;

import java.util.List;

/**
 * A sentence as {@link SentenceParser} read it, in text order: a parse tree for each stretch of clauses that
 * can hold a statistic, and only the tokens of the clauses between, which the parser was not asked about.
 *
 * <p>No element of the grammar spans a clause separator or a sentence end ({@code CLAUSE_SEP},
 * {@code SENTENCE_END}): they are excluded from every rule that reads words ({@code refWords},
 * {@code compareWords}) and appear in no other. So the trees of the stretches, in order, hold the elements
 * that one tree of the whole sentence would. In a clause with no token that can start a statistic, every
 * token is an element of one token (a marker, or text), which is why its tokens are all that is kept.
 *
 * @param pieces the trees and token runs, in text order
 */
public record ParsedSentence(List<Piece> pieces) {

    /** A sentence with nothing that can be a statistic. */
    static final ParsedSentence NOTHING = new ParsedSentence(List.of());

    public ParsedSentence {
        pieces = List.copyOf(pieces);
    }

    /** One stretch of the sentence. */
    public sealed interface Piece {
    }

    /** Clauses read by the grammar: the tree holds one element for each phrase, marker or word. */
    public record Parsed(StatsParser.SentenceContext tree) implements Piece {
    }

    /**
     * Clauses in which no token can start a statistic, so each token is an element of its own.
     *
     * @param tokens their tokens on the default channel (white space holds no marker), in text order
     */
    public record Unparsed(List<Token> tokens) implements Piece {
    }
}
