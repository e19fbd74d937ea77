package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import io.github.cnstats.internal.grammar.StatsParser;

import java.util.function.IntFunction;

/**
 * Reads the comparison frames and section headers (分地区看, a clause of its own) of a sentence (从环比看, 与去年同期相比, 同上月比较) from its {@link LexedTokens}, with
 * the grammar's {@code frame} rule, as {@link PeriodReader} reads periods: at each token where a frame may begin
 * ({@link ElementAlternatives#frames()}) the prediction of {@code frameOrToken} is asked, and a tree is made only
 * where it says a frame begins; the walk goes on after it. Frames and periods are read apart, since a frame may
 * hold a period (与2022年相比). Only a sentence that holds a token every frame or header ends with (看, 相比, 比较,
 * 对比, 分, or 与去年同期相比 whole) is walked.
 *
 * <p>Not thread-safe: one per thread (see {@link Recognizers}).
 */
final class FrameReader {

    private final LexedTokens tokens;
    private final TokenRun run;
    private final PieceParser parser;
    private final ParsedSentence.Builder out;
    /** The parser's {@code frameAt}, made once: a method reference is a new object each time it is written. */
    private final IntFunction<StatsParser.FrameOrTokenContext> frameAt;
    private final ElementAlternatives alternatives = ElementAlternatives.frames();

    FrameReader(LexedTokens tokens, TokenRun run, PieceParser parser, ParsedSentence.Builder out) {
        this.tokens = tokens;
        this.run = run;
        this.parser = parser;
        this.out = out;
        this.frameAt = parser::frameAt;
    }

    /** Reads the frames of all the sentence's tokens into the builder. */
    void read() {
        int size = tokens.size();
        if (!anyFrameEnd(size)) {
            return;
        }
        parser.startSll(run.read(tokens, 0, size));
        int i = 0;
        while (i < size) {
            if (!alternatives.mayStartPhrase(tokens.type(i))) {
                i++;
                continue;
            }
            StatsParser.FrameOrTokenContext read = parser.readAt(i, frameAt, run, tokens);
            if (read instanceof StatsParser.FrameFoundContext found) {
                out.frame(found.frame());
                i = found.getStop().getTokenIndex() + 1;
            } else if (read instanceof StatsParser.HeaderFoundContext found && isClause(i, found)) {
                out.frame(found.header());
                i = found.getStop().getTokenIndex() + 1;
            } else {
                i++;
            }
        }
    }


    /** Whether the header read at token {@code i} is a clause of its own, between clause marks. */
    private boolean isClause(int i, StatsParser.HeaderFoundContext header) {
        int after = header.getStop().getTokenIndex() + 1;
        return (i == 0 || isClauseEnd(tokens.type(i - 1))) && (after == tokens.size() || isClauseEnd(tokens.type(after)));
    }

    private static boolean isClauseEnd(int type) {
        return type == StatsLexer.CLAUSE_SEP || type == StatsLexer.SENTENCE_END;
    }

    private boolean anyFrameEnd(int size) {
        for (int i = 0; i < size; i++) {
            int type = tokens.type(i);
            if (type == StatsLexer.LOOK || type == StatsLexer.COMPARED_WORD || type == StatsLexer.YOY_FRAME
                    || type == StatsLexer.POP_FRAME || type == StatsLexer.SECTION_BY) {
                return true;
            }
        }
        return false;
    }
}
