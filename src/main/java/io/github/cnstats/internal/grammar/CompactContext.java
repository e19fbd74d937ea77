package io.github.cnstats.internal.grammar;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The superclass of every parse-tree node of {@code StatsParser} ({@code contextSuperClass} in the grammar):
 * a node keeps its first two children in two fields of its own, and only a node with three or more has a
 * list, a {@link ChildList} in ANTLR's {@code children} field.
 *
 * <p>Most nodes of this grammar have one or two children (an element and its token, a numeral and its unit),
 * and a parse makes a hundred thousand nodes per megabyte of text. A list object for each, even one with room
 * for two, was the largest single part of all the tree allocated; the two fields make every node 8 bytes
 * larger instead of 32 bytes for a list.
 *
 * <p>So {@code children} is null for a node of fewer than three children, and every method of
 * {@code ParserRuleContext} that reads that field directly is overridden here to read the children where they
 * are: {@link #getChild(int)}, {@link #getChildCount()}, {@link #getChild(Class, int)} (and so
 * {@code getRuleContext}), {@link #getRuleContexts}, {@link #getToken}, {@link #getTokens},
 * {@link #addAnyChild} (and so every {@code addChild}), {@link #removeLastChild} (with which
 * {@code Parser.enterOuterAlt} replaces a rule's node by its labelled alternative's) and {@link #copyFrom}.
 * The rest of ANTLR ({@code RuleContext.getText}, {@code Trees}, the tree walkers) reads children only through
 * {@code getChild(int)} and {@code getChildCount()}. Code outside ANTLR must do the same and never read
 * {@code children}.
 *
 * <p>Not thread-safe while it is built, like any ANTLR tree; a finished tree is only read.
 */
public class CompactContext extends ParserRuleContext {

    /** The first child, while the node has fewer than three; null when it has none or a list. */
    private ParseTree first;
    /** The second child, while the node has two; null otherwise. */
    private ParseTree second;

    /** For the labelled alternatives, which ANTLR copies from their rule's node. */
    public CompactContext() {
    }

    /**
     * @param parent              the node that invoked this rule
     * @param invokingStateNumber the ATN state it was invoked from
     */
    public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    /** Adds {@code child} (never null: ANTLR adds only nodes) at the end. */
    @Override
    public <T extends ParseTree> T addAnyChild(T child) {
        Objects.requireNonNull(child, "child");
        if (children != null) {
            children.add(child);
        } else if (first == null) {
            first = child;
        } else if (second == null) {
            second = child;
        } else {
            children = new ChildList();
            children.add(first);
            children.add(second);
            children.add(child);
            first = null;
            second = null;
        }
        return child;
    }

    @Override
    public void removeLastChild() {
        if (children != null) {
            children.remove(children.size() - 1);
        } else if (second != null) {
            second = null;
        } else {
            first = null;
        }
    }

    @Override
    public int getChildCount() {
        if (children != null) {
            return children.size();
        }
        return first == null ? 0 : second == null ? 1 : 2;
    }

    @Override
    public ParseTree getChild(int i) {
        if (children != null) {
            return i >= 0 && i < children.size() ? children.get(i) : null;
        }
        return i == 0 ? first : i == 1 ? second : null;
    }

    /** The {@code i}th child (from 0) of type {@code type}, or null. */
    @Override
    public <T extends ParseTree> T getChild(Class<? extends T> type, int i) {
        if (children == null) {
            // Most nodes: the generated accessors (quantity(), signedAfter()) ask this several times a node,
            // and the two fields are read without a call for each index.
            if (type.isInstance(first) && i-- == 0) {
                return type.cast(first);
            }
            return i == 0 && type.isInstance(second) ? type.cast(second) : null;
        }
        int seen = -1;
        for (int k = 0, n = getChildCount(); k < n; k++) {
            ParseTree child = getChild(k);
            if (type.isInstance(child) && ++seen == i) {
                return type.cast(child);
            }
        }
        return null;
    }

    /** The children of type {@code type}; as in ANTLR, an unmodifiable empty list when there are none. */
    @Override
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> type) {
        List<T> found = null;
        for (int k = 0, n = getChildCount(); k < n; k++) {
            ParseTree child = getChild(k);
            if (type.isInstance(child)) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(type.cast(child));
            }
        }
        return found == null ? Collections.emptyList() : found;
    }

    /** The {@code i}th token child (from 0) of token type {@code type}, or null. */
    @Override
    public TerminalNode getToken(int type, int i) {
        if (children == null) {
            // As in getChild(Class, int): the accessors of a token (HALF(), PLUS()) on a node of one or two
            if (isToken(first, type) && i-- == 0) {
                return (TerminalNode) first;
            }
            return i == 0 && isToken(second, type) ? (TerminalNode) second : null;
        }
        int seen = -1;
        for (int k = 0, n = getChildCount(); k < n; k++) {
            if (getChild(k) instanceof TerminalNode token && token.getSymbol().getType() == type && ++seen == i) {
                return token;
            }
        }
        return null;
    }

    private static boolean isToken(ParseTree child, int type) {
        return child instanceof TerminalNode token && token.getSymbol().getType() == type;
    }

    /** The token children of token type {@code type}; as in ANTLR, an unmodifiable empty list when none. */
    @Override
    public List<TerminalNode> getTokens(int type) {
        List<TerminalNode> found = null;
        for (int k = 0, n = getChildCount(); k < n; k++) {
            if (getChild(k) instanceof TerminalNode token && token.getSymbol().getType() == type) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(token);
            }
        }
        return found == null ? Collections.emptyList() : found;
    }

    /**
     * Takes over what a labelled alternative's node takes from its rule's node: ANTLR's fields, and the error
     * nodes among its children, which {@code ParserRuleContext.copyFrom} finds only in a list.
     */
    @Override
    public void copyFrom(ParserRuleContext ctx) {
        super.copyFrom(ctx);
        if (ctx instanceof CompactContext compact && compact.children == null) {
            for (int k = 0, n = compact.getChildCount(); k < n; k++) {
                if (compact.getChild(k) instanceof ErrorNode error) {
                    addErrorNode(error);
                }
            }
        }
    }
}
