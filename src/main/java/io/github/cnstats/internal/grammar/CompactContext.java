package io.github.cnstats.internal.grammar;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The superclass of every parse-tree node of {@code StatsParser} ({@code contextSuperClass} in the grammar):
 * a node's children are a {@link ChildList}, one object with room for two, instead of ANTLR's list of ten.
 * Most nodes of this grammar have one or two children (an element and its token, a numeral and its unit),
 * and a parse makes a hundred thousand nodes per megabyte of text, so the unused slots were a sizeable part
 * of all it allocated.
 */
public class CompactContext extends ParserRuleContext {

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

    @Override
    public <T extends ParseTree> T addAnyChild(T child) {
        if (children == null) {
            children = new ChildList();
        }
        return super.addAnyChild(child);
    }
}
