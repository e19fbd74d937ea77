package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

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
 * As a node it reads as ANTLR's {@code TerminalNodeImpl} does: {@link #getSymbol()} is the token,
 * {@link #toString()} its text.
 *
 * <p>The type and the index share one {@code int} ({@link #MAX_INDEX}), so that a token is five fields, 32
 * bytes, where one more field would make it 40: a stretch is at most a window of 512 characters, and the
 * grammar has a few hundred token types.
 */
final class SentenceToken implements Token, TerminalNode {

    /** The bits of {@link #typeAndIndex} that hold the index; the type, plus one for {@code EOF}, is above them. */
    private static final int INDEX_BITS = 22;
    /** The greatest index a token can have: a stretch of tokens is no longer (see {@link TokenRun}). */
    static final int MAX_INDEX = (1 << INDEX_BITS) - 1;

    static {
        if (StatsLexer.VOCABULARY.getMaxTokenType() + 1 >= 1 << (Integer.SIZE - INDEX_BITS)) {
            throw new IllegalStateException("too many token types to share an int with the token's index");
        }
    }

    private final Utf16CharStream input;
    private final int typeAndIndex;
    private final int start;
    private final int stop;
    /** The rule node the token is a leaf of, once the parser has consumed it. */
    private ParseTree parent;

    /**
     * @param input the sentence's character stream
     * @param type  the token type
     * @param start the index of the first character in the sentence
     * @param stop  the index of the last character (one less than {@code start} for an end of file)
     * @param index the place of the token in its token stream
     */
    SentenceToken(Utf16CharStream input, int type, int start, int stop, int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("token index " + index + " beyond " + MAX_INDEX);
        }
        this.input = input;
        this.typeAndIndex = (type + 1) << INDEX_BITS | index;
        this.start = start;
        this.stop = stop;
    }

    @Override
    public String getText() {
        return getType() == EOF ? "<EOF>" : input.text(start, stop + 1);
    }

    @Override
    public int getType() {
        return (typeAndIndex >>> INDEX_BITS) - 1;
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
        return typeAndIndex & MAX_INDEX;
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

    // As a leaf of the tree, as TerminalNodeImpl is one.

    @Override
    public Token getSymbol() {
        return this;
    }

    @Override
    public ParseTree getParent() {
        return parent;
    }

    @Override
    public void setParent(RuleContext parent) {
        this.parent = parent;
    }

    @Override
    public Token getPayload() {
        return this;
    }

    @Override
    public ParseTree getChild(int i) {
        return null;
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
        return visitor.visitTerminal(this);
    }

    @Override
    public Interval getSourceInterval() {
        int index = getTokenIndex();
        return new Interval(index, index);
    }

    @Override
    public String toStringTree(Parser parser) {
        return toString();
    }

    @Override
    public String toStringTree() {
        return toString();
    }

    /** @return the token's text, {@code <EOF>} for an end of file: as ANTLR's leaf reads */
    @Override
    public String toString() {
        return getText();
    }
}
