package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * A token of one sentence as the parser and {@code AstBuilder} read it: its type and its place in the
 * sentence, with its text cut from the sentence only when asked for.
 *
 * <p>{@link LexedTokens} holds a sentence's tokens as numbers and makes objects only for the tokens that the
 * parser consumes (see {@link TokenRun}), never for white space. Next to ANTLR's {@code CommonToken} this one keeps no text, line, column, channel or source
 * pair: a third smaller, for what was a sixth of all a parse allocated.
 *
 * <p>No token source is kept: {@link #getTokenSource()} is null, as it is for ANTLR's own tokens made without
 * a lexer. ANTLR asks a token for its source only to conjure a missing token during error recovery, which the
 * grammar never enters: every token is an element ({@code .} in {@code element}), so no input is an error.
 *
 * <p>A token is also its own leaf of the parse tree: ANTLR makes a {@code TerminalNodeImpl} for each token the
 * parser consumes, an object of two fields that only points at the token and its parent, and
 * {@link TokenParser} hands out the token itself instead, the first time it is consumed (a token consumed
 * again, by a parse that reads its stretch anew, gets a node of ANTLR's). So the node's parent is the one
 * field that changes, once, when the parser adds the leaf to the tree; the token's own fields are immutable.
 * As a node it reads as ANTLR's do: {@link #getSymbol()} is the token, {@link #toString()} its text.
 */
final class SentenceToken extends TerminalNodeImpl implements Token {

    private final Utf16CharStream input;
    private final int type;
    private final int start;
    private final int stop;
    private final int index;

    /**
     * @param input the sentence's character stream
     * @param type  the token type
     * @param start the index of the first character in the sentence
     * @param stop  the index of the last character (one less than {@code start} for an end of file)
     * @param index the place of the token in its token stream
     */
    SentenceToken(Utf16CharStream input, int type, int start, int stop, int index) {
        super(null);
        this.symbol = this;
        this.input = input;
        this.type = type;
        this.start = start;
        this.stop = stop;
        this.index = index;
    }

    @Override
    public String getText() {
        return type == EOF ? "<EOF>" : input.text(start, stop + 1);
    }

    @Override
    public int getType() {
        return type;
    }

    /** The line of the first character, counted from 1 as ANTLR counts lines: asked for only in messages. */
    @Override
    public int getLine() {
        int line = 1;
        for (int i = 0; i < start && i < input.length(); i++) {
            if (input.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    @Override
    public int getCharPositionInLine() {
        int from = Math.min(start, input.length());
        int lineStart = from;
        while (lineStart > 0 && input.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        return from - lineStart;
    }

    @Override
    public int getChannel() {
        return DEFAULT_CHANNEL;
    }

    @Override
    public int getTokenIndex() {
        return index;
    }

    @Override
    public int getStartIndex() {
        return start;
    }

    @Override
    public int getStopIndex() {
        return stop;
    }

    @Override
    public TokenSource getTokenSource() {
        return null;
    }

    @Override
    public CharStream getInputStream() {
        return input;
    }

    /** @return whether the parser has yet to make this token a leaf of a tree */
    boolean isLoose() {
        return parent == null;
    }
}
