package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

import java.util.ArrayList;
import java.util.List;

/**
 * The parser's view of a stretch of already lexed tokens: those on the default channel, then an end of file.
 *
 * <p>{@link SentenceParser} lexes a sentence once and parses some of its clauses; ANTLR's
 * {@code CommonTokenStream} over a {@code ListTokenSource} would copy each stretch again into a list of its
 * own, a hundred slots at least. The parser never asks for a hidden token (white space), so leaving them
 * out changes no parse; the offsets of the tokens are those of the sentence.
 */
final class TokenRun implements TokenStream {

    private final List<Token> tokens;
    private final TokenSource source;
    private int position;

    /**
     * @param lexed  the tokens of the stretch, white space included, without an end of file
     * @param source the lexer they came from
     */
    TokenRun(List<Token> lexed, TokenSource source) {
        this.source = source;
        this.tokens = new ArrayList<>(lexed.size() + 1);
        for (Token token : lexed) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(token);
            }
        }
        int end = lexed.isEmpty() ? 0 : lexed.get(lexed.size() - 1).getStopIndex() + 1;
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setStartIndex(end);
        eof.setStopIndex(end - 1);
        eof.setTokenIndex(tokens.size());
        tokens.add(eof);
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
        return tokens.get(Math.min(at, tokens.size() - 1));
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
        return tokens.get(index);
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
        position = Math.max(0, Math.min(index, tokens.size() - 1));
    }

    @Override
    public int size() {
        return tokens.size();
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
        return getText(Interval.of(0, tokens.size() - 1));
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder text = new StringBuilder();
        int stop = Math.min(interval.b, tokens.size() - 1);
        for (int i = Math.max(0, interval.a); i <= stop; i++) {
            Token token = tokens.get(i);
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
        return start == null || stop == null ? "" : getText(Interval.of(tokens.indexOf(start), tokens.indexOf(stop)));
    }
}
