package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The parser's view of a stretch of a sentence's tokens, then an end of file.
 *
 * <p>{@link SentenceParser} lexes a sentence once, into a {@link LexedTokens} table, and parses some of its
 * clauses; this stream makes the tokens of one stretch (on the default channel: the parser never asks for
 * white space) and nothing else, as {@link TokenLeaf}s, which the parser makes its tree's leaves. Their offsets are those of the sentence, and each token's index is its
 * place in this stream.
 */
final class TokenRun implements TokenStream {

    private final Token[] tokens;
    private final TokenSource source;
    private int position;

    /**
     * @param lexed  the sentence's tokens
     * @param from   the first token of the stretch
     * @param to     the token after its last one, where the end of file stands
     * @param source the lexer they came from
     */
    TokenRun(LexedTokens lexed, int from, int to, TokenSource source) {
        this.source = source;
        this.tokens = new Token[to - from + 1];
        for (int i = from; i < to; i++) {
            tokens[i - from] = lexed.leaf(i, i - from);
        }
        int eofStart = to > from ? lexed.stop(to - 1) + 1 : 0;
        tokens[to - from] = new TokenLeaf(lexed.input(), Token.EOF, eofStart, eofStart - 1, to - from);
    }

    @Override
    public Token LT(int k) {
        if (k == 0) {
            return null;
        }
        int at = k > 0 ? position + k - 1 : position + k;
        if (at < 0) {
            return null;
        }
        return tokens[Math.min(at, tokens.length - 1)];
    }

    @Override
    public int LA(int i) {
        Token token = LT(i);
        return token == null ? Token.INVALID_TYPE : token.getType();
    }

    @Override
    public void consume() {
        if (LA(1) == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = Math.max(0, Math.min(index, tokens.length - 1));
    }

    @Override
    public int size() {
        return tokens.length;
    }

    @Override
    public int mark() {
        return -1; // every token is in memory
    }

    @Override
    public void release(int marker) {
        // nothing was kept by mark()
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, tokens.length - 1));
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder text = new StringBuilder();
        int stop = Math.min(interval.b, tokens.length - 1);
        for (int i = Math.max(0, interval.a); i <= stop; i++) {
            Token token = tokens[i];
            if (token.getType() != Token.EOF) {
                text.append(token.getText());
            }
        }
        return text.toString();
    }

    @Override
    public String getText(RuleContext ctx) {
        return ctx.getText();
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }
}
