package io.github.cnstats.internal.units;

import io.github.cnstats.UnitKind;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable character trie of unit texts. Each node keeps its children as a sorted {@code char[]} searched
 * by bisection, so that walking it allocates nothing; a node that ends an entry holds either the entry's kind
 * or the mark that the entry is blocked (a word that is not a unit, such as 年级).
 *
 * <p>Full-width parentheses, slash and comma are folded to their ASCII forms on both insertion and lookup, so
 * an entry such as {@code 台(套)} also matches {@code 台（套）}.
 */
final class UnitTrie {

    /** The node every walk starts from. */
    static final int ROOT = 0;
    /** What {@link #child} returns when a node has no child for a character. */
    static final int NO_NODE = -1;

    private static final UnitKind[] KINDS = UnitKind.values();
    private static final byte NOT_AN_END = -1;
    private static final byte BLOCKED_END = -2;

    private final char[][] labels;
    private final int[][] targets;
    private final byte[] ends;
    /** The labels of the root's children as a set: the lexer asks at almost every token start. */
    private final BitSet firstCharacters = new BitSet();

    private UnitTrie(char[][] labels, int[][] targets, byte[] ends) {
        this.labels = labels;
        this.targets = targets;
        this.ends = ends;
        for (char c : labels[ROOT]) {
            firstCharacters.set(c);
        }
    }

    /** Whether {@code c} (folded) labels a child of the root: whether an entry starts with it. */
    boolean startsAnEntry(char c) {
        return firstCharacters.get(fold(c));
    }

    /**
     * Builds a trie.
     *
     * @param units   unit texts (already folded) and their kinds
     * @param blocked texts (already folded) that are not units and hide the shorter units they start with
     */
    static UnitTrie of(Map<String, UnitKind> units, Iterable<String> blocked) {
        MutableNode root = new MutableNode();
        units.forEach((text, kind) -> root.insert(text).end = (byte) kind.ordinal());
        blocked.forEach(text -> root.insert(text).end = BLOCKED_END);

        List<MutableNode> order = new ArrayList<>();
        root.number(order);
        char[][] labels = new char[order.size()][];
        int[][] targets = new int[order.size()][];
        byte[] ends = new byte[order.size()];
        for (MutableNode node : order) {
            char[] nodeLabels = new char[node.children.size()];
            int[] nodeTargets = new int[node.children.size()];
            int i = 0;
            for (Map.Entry<Character, MutableNode> child : node.children.entrySet()) {
                nodeLabels[i] = child.getKey();
                nodeTargets[i] = child.getValue().id;
                i++;
            }
            labels[node.id] = nodeLabels;
            targets[node.id] = nodeTargets;
            ends[node.id] = node.end;
        }
        return new UnitTrie(labels, targets, ends);
    }

    /** The child of {@code node} reached by {@code c} (folded), or {@link #NO_NODE}. */
    int child(int node, char c) {
        char[] keys = labels[node];
        char key = fold(c);
        int low = 0;
        int high = keys.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char probe = keys[mid];
            if (probe < key) {
                low = mid + 1;
            } else if (probe > key) {
                high = mid - 1;
            } else {
                return targets[node][mid];
            }
        }
        return NO_NODE;
    }

    /** The kind of the unit that ends at {@code node}, or null if no unit ends there (or it is blocked). */
    UnitKind kind(int node) {
        byte end = ends[node];
        return end >= 0 ? KINDS[end] : null;
    }

    /** Whether a blocked entry (a word that is not a unit) ends at {@code node}. */
    boolean isBlocked(int node) {
        return ends[node] == BLOCKED_END;
    }

    /**
     * The form in which a character is stored and looked up: the normaliser of cnstats turns full-width
     * punctuation into ASCII, but text taken from the original (for {@code unitOf}) still has it.
     */
    static char fold(char c) {
        return switch (c) {
            case '（' -> '(';
            case '）' -> ')';
            case '／' -> '/';
            case '，' -> ',';
            default -> c;
        };
    }

    /** {@code text} with every character {@link #fold folded}. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    /** A node while the trie is being built. */
    private static final class MutableNode {
        final TreeMap<Character, MutableNode> children = new TreeMap<>();
        byte end = NOT_AN_END;
        int id;

        MutableNode insert(String text) {
            MutableNode node = this;
            for (int i = 0; i < text.length(); i++) {
                node = node.children.computeIfAbsent(fold(text.charAt(i)), c -> new MutableNode());
            }
            return node;
        }

        /** Numbers the nodes depth first, the root first, iteratively so that long entries cannot overflow. */
        void number(List<MutableNode> order) {
            ArrayList<MutableNode> stack = new ArrayList<>();
            stack.add(this);
            while (!stack.isEmpty()) {
                MutableNode node = stack.remove(stack.size() - 1);
                node.id = order.size();
                order.add(node);
                stack.addAll(node.children.values());
            }
        }
    }
}
