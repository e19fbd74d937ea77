package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

import java.util.BitSet;

/**
 * Joins each run of adjacent text tokens into one {@code HAN} token, so that the parser takes one step over
 * a stretch of plain text instead of one per word.
 *
 * <p>A text token is one that the parser only ever reads as plain text (the {@code .} of {@code textElement},
 * or one of the words of {@code refWords} and {@code compareWords}): {@code HAN}, {@code LATIN}, {@code OTHER},
 * {@code WORD}, and a {@code UNIT} or {@code TIME_UNIT} that does not follow a number, since the grammar
 * reads a unit only after a numeral or an approximation inside one ({@code 3人}, {@code 300多万人}; 人民 or
 * 年度 elsewhere are words). Tokens are joined only when nothing stands between them, not even white space,
 * so the text of every rule is the same as before. Text elements make no element in
 * {@code io.github.cnstats.internal.extract}, so what the parse yields does not change either.
 *
 * <p>Not thread-safe: one per lexer.
 */
final class TextRuns implements TokenSource {

    /** Token types that are text wherever they stand. */
    private static final BitSet TEXT = types(StatsLexer.HAN, StatsLexer.LATIN, StatsLexer.OTHER, StatsLexer.WORD);
    /** Token types that are text unless they follow a number: what {@code unit} in the grammar can read. */
    private static final BitSet UNITS = types(StatsLexer.UNIT, StatsLexer.TIME_UNIT);
    /** The tokens a unit follows: the last token of a numeral, or an approximation inside it. */
    private static final BitSet NUMBER_ENDS = types(StatsLexer.NUMBER, StatsLexer.MAGNITUDE, StatsLexer.CN_DIGITS,
            StatsLexer.CN_FRACTION, StatsLexer.APPROX_AFTER, StatsLexer.MORE_WORD);

    private final TokenSource lexer;
    private final Pair<TokenSource, CharStream> source;
    private Token pending;
    /** The type of the last token on the default channel handed out, which decides whether a unit is text. */
    private int lastType = Token.INVALID_TYPE;

    TextRuns(TokenSource lexer) {
        this.lexer = lexer;
        this.source = new Pair<>(this, lexer.getInputStream());
    }

    @Override
    public Token nextToken() {
        Token first = next();
        if (!isText(first)) {
            if (first.getChannel() == Token.DEFAULT_CHANNEL) {
                lastType = first.getType();
            }
            return first;
        }
        lastType = StatsLexer.HAN;
        int stop = first.getStopIndex();
        boolean joined = false;
        while (true) {
            Token following = next();
            if (following.getStartIndex() == stop + 1 && isText(following)) {
                stop = following.getStopIndex();
                joined = true;
            } else {
                pending = following;
                break;
            }
        }
        if (!joined) {
            return first;
        }
        return new CommonToken(source, StatsLexer.HAN, Token.DEFAULT_CHANNEL, first.getStartIndex(), stop);
    }

    private Token next() {
        if (pending != null) {
            Token token = pending;
            pending = null;
            return token;
        }
        return lexer.nextToken();
    }

    private boolean isText(Token token) {
        int type = token.getType();
        if (type == Token.EOF || token.getChannel() != Token.DEFAULT_CHANNEL) {
            return false;
        }
        return TEXT.get(type) || (UNITS.get(type) && !NUMBER_ENDS.get(lastType));
    }

    private static BitSet types(int... types) {
        BitSet set = new BitSet();
        for (int type : types) {
            set.set(type);
        }
        return set;
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
