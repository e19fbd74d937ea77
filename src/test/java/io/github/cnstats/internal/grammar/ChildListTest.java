package io.github.cnstats.internal.grammar;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ErrorNodeImpl;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChildListTest {

    @Test
    void itHoldsWhatAnArrayListHoldsThroughGrowthAndRemoval() {
        ChildList children = new ChildList();
        List<ParseTree> expected = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            ParseTree child = leaf(i);
            children.add(child);
            expected.add(child);
            assertEquals(expected, children);
        }
        for (int index : new int[] {10, 0, 4, 1, 6}) {
            assertEquals(expected.remove(index), children.remove(index));
            assertEquals(expected, children);
        }
        ParseTree replacement = leaf(99);
        assertEquals(expected.set(3, replacement), children.set(3, replacement));
        assertEquals(expected, children);
        assertThrows(IndexOutOfBoundsException.class, () -> children.get(expected.size()));
    }

    @Test
    void aNodeOfTheParserKeepsTwoChildrenInItsFieldsAndMoreInOneList() {
        CompactContext node = new CompactContext();
        ParseTree one = node.addAnyChild(leaf(1));
        ParseTree two = node.addAnyChild(leaf(2));
        assertNull(node.children);
        assertEquals(List.of(one, two), List.of(node.getChild(0), node.getChild(1)));
        assertEquals(2, node.getChildCount());
        ParseTree three = node.addAnyChild(leaf(3));
        assertEquals(ChildList.class, node.children.getClass());
        assertEquals(List.of(one, two, three), node.children);
        assertEquals(3, node.getChildCount());
    }

    @Test
    void aLabelledAlternativeTakesTheErrorNodesOfItsRulesNode() {
        CompactContext rule = new CompactContext();
        rule.addAnyChild(leaf(1));
        ErrorNode error = rule.addErrorNode(new ErrorNodeImpl(new CommonToken(1, "bad")));
        CompactContext alternative = new CompactContext();
        alternative.copyFrom(rule);
        assertEquals(1, alternative.getChildCount());
        assertSame(error, alternative.getChild(0));
        assertSame(alternative, error.getParent());
    }

    @Test
    void theAccessorsByTypeFindWhatAScanOfTheChildrenFinds() {
        // every node of up to four children, each a token of type 1 or 2 or a rule node: the fields' short
        // paths (two children or fewer) and the list's scan must answer alike
        for (int size = 0; size <= 4; size++) {
            for (int shape = 0; shape < Math.pow(3, size); shape++) {
                CompactContext node = new CompactContext();
                List<ParseTree> added = new ArrayList<>();
                for (int k = 0, code = shape; k < size; k++, code /= 3) {
                    added.add(node.addAnyChild(code % 3 == 2 ? new CompactContext() : leaf(code % 3 + 1, k)));
                }
                for (int i = -1; i <= size; i++) {
                    for (int type = 1; type <= 2; type++) {
                        final int t = type;
                        assertSame(nth(added.stream().filter(c -> c instanceof TerminalNode n
                                && n.getSymbol().getType() == t).toList(), i), node.getToken(type, i));
                    }
                    assertSame(nth(added.stream().filter(c -> c instanceof CompactContext).toList(), i),
                            node.getChild(CompactContext.class, i));
                    assertSame(nth(added.stream().filter(c -> c instanceof TerminalNode).toList(), i),
                            node.getChild(TerminalNode.class, i));
                }
            }
        }
    }

    private static ParseTree nth(List<ParseTree> found, int i) {
        return i >= 0 && i < found.size() ? found.get(i) : null;
    }

    private static ParseTree leaf(int type, int i) {
        return new TerminalNodeImpl(new CommonToken(type, "t" + i));
    }

    private static ParseTree leaf(int i) {
        return new TerminalNodeImpl(new CommonToken(1, "t" + i));
    }
}
