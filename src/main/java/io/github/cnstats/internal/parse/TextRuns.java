package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.Token;

import java.util.BitSet;

/**
 * Lexes a sentence into a {@link LexedTokens} table, joining each run of adjacent text tokens into one
 * {@code HAN} token, so that the parser takes one step over a stretch of plain text instead of one per word.
 *
 * <p>A text token is one that the parser only ever reads as plain text (the {@code .} of {@code textElement},
 * or one of the words of {@code refWords} and {@code compareWords}): {@code HAN}, {@code LATIN}, {@code OTHER},
 * {@code WORD}, and a {@code UNIT}, {@code TIME_UNIT}, {@code POINT}, {@code HOUR} or {@code O_CLOCK} (点钟) that
 * does not follow a number, since the grammar reads a unit only after a numeral or an approximation inside one
 * ({@code 3人}, {@code 300多万人}, {@code 3点钟}; 人民, 年度 or 重点 elsewhere are words). Tokens are joined only
 * when nothing stands between them, not even white space, so the text of every rule is the same as before.
 * Text elements make no element in {@code io.github.cnstats.internal.extract}, so what the parse yields does
 * not change either. A text token with no text next to it keeps its own type.
 *
 * <p>White space, on the hidden channel, is left out of the table: the parser never asks for it, and it
 * holds no marker. It still keeps the text on either side apart, since it stands between them.
 */
final class TextRuns {

    /** Token types that are text wherever they stand. */
    private static final BitSet TEXT = types(StatsLexer.HAN, StatsLexer.LATIN, StatsLexer.OTHER, StatsLexer.WORD);
    /** Token types that are text unless they follow a number: what {@code unit} in the grammar can read. */
    private static final BitSet UNITS = types(StatsLexer.UNIT, StatsLexer.TIME_UNIT, StatsLexer.POINT,
            StatsLexer.HOUR, StatsLexer.O_CLOCK);
    /** The tokens a unit follows: the last token of a numeral, or an approximation inside it. */
    private static final BitSet NUMBER_ENDS = types(StatsLexer.NUMBER, StatsLexer.MAGNITUDE, StatsLexer.CN_DIGITS,
            StatsLexer.CN_PAIR, StatsLexer.CN_CAPITALS, StatsLexer.FEW,
            StatsLexer.CN_FRACTION, StatsLexer.OVER_AFTER, StatsLexer.ABOUT_AFTER, StatsLexer.UNDER_AFTER,
            StatsLexer.WITHIN_AFTER, StatsLexer.MORE_WORD);

    private TextRuns() {
    }

    /**
     * Reads all that {@code lexer} has yet to read into {@code tokens}.
     *
     * @param lexer  a lexer at the start of a sentence
     * @param tokens the table for the sentence's tokens, empty
     */
    static void read(LexiconLexer lexer, LexedTokens tokens) {
        // The type of the last token on the default channel, which decides whether a unit is text.
        int lastType = Token.INVALID_TYPE;
        boolean lastIsText = false;
        for (int type = lexer.advance(); type != Token.EOF; type = lexer.advance()) {
            if (lexer.channel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            boolean text = TEXT.get(type) || (UNITS.get(type) && !NUMBER_ENDS.get(lastType));
            if (text && lastIsText && lexer.start() == tokens.stop(tokens.size() - 1) + 1) {
                tokens.extendLast(StatsLexer.HAN, lexer.stop());
            } else {
                tokens.add(type, lexer.start(), lexer.stop());
            }
            lastIsText = text;
            lastType = text ? StatsLexer.HAN : type;
        }
    }

    private static BitSet types(int... types) {
        BitSet set = new BitSet();
        for (int type : types) {
            set.set(type);
        }
        return set;
    }
}
