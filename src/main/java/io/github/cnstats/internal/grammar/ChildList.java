package io.github.cnstats.internal.grammar;

import org.antlr.v4.runtime.tree.ParseTree;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The children of a parse-tree node with three or more (a sentence's elements, a list of amounts): the first
 * two in fields, the others in an array that doubles as it fills. A node with fewer keeps them in fields of
 * its own (see {@link CompactContext}).
 *
 * <p>One object and an array, where ANTLR's {@code ArrayList} is two objects and an array of ten. The long
 * lists grow by doubling, not by half as {@code ArrayList} does from two slots, which copied a sentence's
 * elements again at every third, fourth, sixth and ninth.
 *
 * <p>A list as {@code ParserRuleContext} uses it: adding at the end, reading by index, removing (the last
 * child, when ANTLR unrolls a rule). Not thread-safe, like the tree it belongs to.
 */
final class ChildList extends AbstractList<ParseTree> implements RandomAccess {

    private ParseTree first;
    private ParseTree second;
    /** The children from the third on. */
    private ParseTree[] more;
    private int size;

    @Override
    public ParseTree get(int index) {
        Objects.checkIndex(index, size);
        return index == 0 ? first : index == 1 ? second : more[index - 2];
    }

    @Override
    public ParseTree set(int index, ParseTree child) {
        Objects.checkIndex(index, size);
        ParseTree old = get(index);
        if (index == 0) {
            first = child;
        } else if (index == 1) {
            second = child;
        } else {
            more[index - 2] = child;
        }
        return old;
    }

    @Override
    public boolean add(ParseTree child) {
        if (size == 0) {
            first = child;
        } else if (size == 1) {
            second = child;
        } else {
            int at = size - 2;
            if (more == null) {
                more = new ParseTree[2];
            } else if (at == more.length) {
                more = Arrays.copyOf(more, at * 2);
            }
            more[at] = child;
        }
        size++;
        modCount++;
        return true;
    }

    @Override
    public ParseTree remove(int index) {
        ParseTree removed = get(index);
        for (int i = index; i < size - 1; i++) {
            set(i, get(i + 1));
        }
        set(size - 1, null);
        size--;
        modCount++;
        return removed;
    }

    @Override
    public int size() {
        return size;
    }
}
