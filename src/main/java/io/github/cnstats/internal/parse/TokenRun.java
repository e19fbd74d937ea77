package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

import java.util.Arrays;
import java.util.Objects;

/**
 * The parser's view of a stretch of a sentence's tokens, then an end of file.
 *
 * <p>{@link SentenceParser} lexes a sentence once, into a {@link LexedTokens} table, and parses some of its
 * clauses; this stream gives the tokens of one stretch (on the default channel: the parser never asks for
 * white space) and nothing else. A token's type ({@link #LA}) is read from the table; a token object, a
 * {@link SentenceToken}, is made only when the parser asks for the token
 * itself ({@link #LT}, {@link #get}): for the tokens it consumes. Prediction reads types only, and
 * {@link RunReader} hands the parser only the tokens that may start a phrase, so most tokens of a stretch never
 * become objects. Their offsets are those of the sentence, and each token's index is its place in this stream.
 *
 * <p>One stream is {@link #read reused} for stretch after stretch (see {@link Recognizers}), and so is its
 * array of tokens: a parse keeps its tokens in its tree, never the stream, so the next stretch may overwrite
 * the array. Not thread-safe.
 */
final class TokenRun implements TokenStream {

    private static final int INITIAL_CAPACITY = 64;
    /** An array grown beyond this by one long stretch is not kept for the next one. */
    private static final int MAX_KEPT_CAPACITY = 16 * 1024;

    private final TokenSource source;
    /**
     * The tokens of the stretch made so far, then its end of file, in {@code tokens[0..size)}: a token is of
     * this stretch only where {@link #madeIn} holds the stretch's {@link #stretch} number, and is made anew
     * elsewhere. Numbering the stretches spares clearing the array for each.
     */
    private Token[] tokens = new Token[INITIAL_CAPACITY];
    private int[] madeIn = new int[INITIAL_CAPACITY];
    /** The number of the current stretch, one more for each; never 0, which {@link #madeIn} starts with. */
    private int stretch;
    private LexedTokens lexed;
    /** The place of the stretch's first token in {@link #lexed}. */
    private int from;
    private int size;
    private int position;

    /** @param source the lexer the tokens come from */
    TokenRun(TokenSource source) {
        this.source = source;
    }

    /**
     * Makes this the stream of a new stretch, read from its first token.
     *
     * @param lexed the sentence's tokens
     * @param from  the first token of the stretch
     * @param to    the token after its last one, where the end of file stands
     * @return this stream
     */
    TokenRun read(LexedTokens lexed, int from, int to) {
        if (to - from > SentenceToken.MAX_INDEX) { // never for a window of text, which is at most 512 characters
            throw new IllegalArgumentException("a stretch of " + (to - from) + " tokens, more than a token can index");
        }
        size = to - from + 1;
        if (tokens.length < size || tokens.length > MAX_KEPT_CAPACITY) {
            tokens = new Token[Math.max(size, INITIAL_CAPACITY)];
            madeIn = new int[tokens.length];
        }
        if (++stretch == 0) { // after four billion stretches: start the numbers again
            Arrays.fill(madeIn, 0);
            stretch = 1;
        }
        this.lexed = lexed;
        this.from = from;
        position = 0;
        return this;
    }

    /** The token at {@code index} of the stream, made when first asked for. */
    private Token token(int index) {
        Token token = tokens[index];
        if (madeIn[index] != stretch) {
            if (index < size - 1) {
                token = lexed.token(from + index, index);
            } else {
                int eofStart = index > 0 ? lexed.stop(from + index - 1) + 1 : 0;
                token = new SentenceToken(lexed.input(), Token.EOF, eofStart, eofStart - 1, index);
            }
            tokens[index] = token;
            madeIn[index] = stretch;
        }
        return token;
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
        return token(Math.min(at, size - 1));
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return Token.INVALID_TYPE;
        }
        int at = i > 0 ? position + i - 1 : position + i;
        if (at < 0) {
            return Token.INVALID_TYPE;
        }
        return at < size - 1 ? lexed.type(from + at) : Token.EOF;
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
        return token(Objects.checkIndex(index, size));
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
        position = Math.max(0, Math.min(index, size - 1));
    }

    @Override
    public int size() {
        return size;
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
        return getText(Interval.of(0, size - 1));
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder text = new StringBuilder();
        int stop = Math.min(interval.b, size - 1);
        for (int i = Math.max(0, interval.a); i <= stop; i++) {
            Token token = token(i);
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
