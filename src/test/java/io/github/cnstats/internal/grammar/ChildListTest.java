package io.github.cnstats.internal.grammar;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aNodeOfTheParserKeepsItsChildrenInOne() {
        CompactContext node = new CompactContext();
        node.addAnyChild(leaf(1));
        assertEquals(ChildList.class, node.children.getClass());
        assertEquals(1, node.getChildCount());
    }

    private static ParseTree leaf(int i) {
        return new TerminalNodeImpl(new CommonToken(1, "t" + i));
    }
}
