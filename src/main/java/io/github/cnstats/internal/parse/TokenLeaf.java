package io.github.cnstats.internal.parse;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A token the parser reads, which is also its own leaf of the parse tree: what ANTLR's
 * {@code TerminalNodeImpl} would hold, the token and the node it belongs to, with no second object.
 *
 * <p>ANTLR wraps every token it consumes in a new terminal node ({@code Parser.createTerminalNode}); a parse
 * makes one for each of its tokens, a node of 24 bytes around a token of 32. {@link PieceParser} makes the
 * parser hand back the token itself instead, which costs it 8 bytes for its parent.
 *
 * <p>A token belongs to one leaf at a time, which is all the parser needs: it consumes each token of a run
 * once per parse. When SLL prediction gives up and the run is parsed again, the tokens are consumed again and
 * {@code ParserRuleContext.addChild} gives each its new parent; the tree of the failed attempt is dropped.
 *
 * <p>Behaves as {@code TerminalNodeImpl} does, {@link #toString()} included (the token's text, as a leaf prints
 * itself in a tree); {@link #describe()} gives the token's own description. Not thread-safe while it is
 * parsed; a finished tree is only read.
 */
final class TokenLeaf extends SentenceToken implements TerminalNode {

    private ParseTree parent;

    TokenLeaf(Utf16CharStream input, int type, int start, int stop, int index) {
        super(input, type, start, stop, index);
    }

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
    public ParseTree getChild(int i) {
        return null;
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public Token getPayload() {
        return this;
    }

    @Override
    public Interval getSourceInterval() {
        return Interval.of(getTokenIndex(), getTokenIndex());
    }

    @Override
    public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
        return visitor.visitTerminal(this);
    }

    @Override
    public String toStringTree(Parser parser) {
        return toString();
    }

    @Override
    public String toStringTree() {
        return toString();
    }

    /** The token's text, or {@code <EOF>}, as a leaf of a tree prints itself. */
    @Override
    public String toString() {
        return getText();
    }

    /** The token as {@link SentenceToken#toString()} describes it: index, offsets, text and type. */
    String describe() {
        return super.toString();
    }

}
