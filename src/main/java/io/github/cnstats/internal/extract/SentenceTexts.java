package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.ast.Node;
import io.github.cnstats.internal.ast.Node.Text;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The {@link Text} nodes of the window at hand: the words the binding and making stages read, never the document.
 * A range inside one gap between nodes (nearly every subject: the words between a phrase and the next) is read in
 * that gap's text, the same {@code AstBuilder#texts} gives; a range across or inside a node (社会消费品零售总额,
 * where 零 was read as a number; a region from the window's start) in the sentence's text
 * ({@code AstBuilder#sentence}). Nothing outside the window can be read. A gap's text is the sentence's text at the
 * same offsets, so the short tests of words ({@link #wordAt}, {@link #characterAt}, {@link #allOf})
 * read the sentence's text directly: only a finder that reads on to the edges of its text needs the gap's, and
 * {@link #words} a gap's text, which it gives whole without a copy.
 *
 * <p>Set for each window before its elements are bound, like {@link WindowPeriods}. One per call of the parser, on
 * one thread.
 */
final class SentenceTexts {

    /** What an empty range, or one outside the window, is read in: no words. */
    private static final Text NONE = new Text(0, 0, "");

    /** The words of the whole window, for a range across or inside a node. */
    private Text sentence = NONE;
    /** The nodes of the window, whose gaps are the texts, or null once the gaps are found. */
    private List<Node> nodes = List.of();
    /** Where each gap starts and ends, and its text once read: arrays kept from window to window. */
    private int[] gapStarts = new int[16];
    private int[] gapEnds = new int[16];
    private Text[] gaps = new Text[16];
    private int gapCount;
    /** The gap {@link #indexAt} found last, or any index when that gap is gone. */
    private int lastFound;
    /** How many windows were set: what is found once per window knows by it when the window changed. */
    private int window;

    /**
     * @param gaps     the gaps between the nodes of the window at hand, in text order
     * @param sentence the words of the whole window
     */
    void set(List<Text> gaps, Text sentence) {
        this.sentence = sentence;
        this.nodes = null;
        gapCount = 0;
        window++;
        for (Text gap : gaps) {
            addGap(gap.start(), gap.end());
            this.gaps[gapCount - 1] = gap;
        }
    }

    /**
     * The window at hand: its gaps, the same {@code AstBuilder#texts} gives, are found when first asked for, and
     * the text of each when it is first read (most windows bind nothing, and most gaps are prose no one reads).
     *
     * @param sentence the words of the whole window
     * @param nodes    the nodes of the window, in text order
     */
    void setWindow(Text sentence, List<Node> nodes) {
        this.sentence = sentence;
        this.nodes = nodes;
        gapCount = 0;
        window++;
    }

    /** @return a number that changes whenever another window is set */
    int window() {
        return window;
    }

    /** @return the words of the whole window */
    Text sentence() {
        return sentence;
    }

    /** Finds the gaps between the nodes of the window, as {@code AstBuilder#texts} cuts them. */
    private void findGaps() {
        List<Node> nodes = this.nodes;
        this.nodes = null;
        int at = sentence.start();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node.start() > at) {
                addGap(at, node.start());
            }
            at = Math.max(at, Math.min(sentence.end(), node.end()));
        }
        if (at < sentence.end()) {
            addGap(at, sentence.end());
        }
    }

    private void addGap(int start, int end) {
        if (gapCount == gapStarts.length) {
            gapStarts = Arrays.copyOf(gapStarts, 2 * gapCount);
            gapEnds = Arrays.copyOf(gapEnds, 2 * gapCount);
            gaps = Arrays.copyOf(gaps, 2 * gapCount);
        }
        gapStarts[gapCount] = start;
        gapEnds[gapCount] = end;
        gaps[gapCount] = null;
        gapCount++;
    }

    /** @return the text of the i-th gap, cut from the sentence's words when first read */
    private Text gap(int i) {
        if (gaps[i] == null) {
            int from = sentence.start();
            gaps[i] = new Text(gapStarts[i], gapEnds[i],
                    sentence.text().substring(gapStarts[i] - from, gapEnds[i] - from));
        }
        return gaps[i];
    }

    /**
     * @return the text that holds {@code [start, end)}, within the window: the gap it lies in, or, for a range
     *         across or inside a node, the words of the whole window; an empty text when the range is empty or
     *         outside the window
     */
    Text covering(int start, int end) {
        start = Math.max(start, sentence.start());
        end = Math.min(end, sentence.end());
        if (end <= start) {
            return NONE;
        }
        int gap = indexAt(start);
        return gap >= 0 && gapEnds[gap] >= end ? gap(gap) : sentence;
    }

    /*
     * The word tests below read the window's words directly: each gap's text is the window's text at the same
     * offsets, cut from it, so a test over a range inside a gap answers the same in either, and a test over a range
     * across a node reads the window's text anyway. Finding the gap and cutting its text for every one of them (a
     * dozen for each number) cost more than the tests.
     */

    /**
     * @return the words written in {@code [start, end)} as the texts hold them, cut to the window: the empty string
     *         for a range outside it
     */
    String words(int start, int end) {
        if (start >= end) {
            return "";
        }
        Text text = covering(start, end); // a whole gap is its text, no copy
        int from = Math.max(start, text.start()) - text.start();
        int to = Math.min(end, text.end()) - text.start();
        return from >= to ? "" : text.text().substring(from, to);
    }

    /** @return the character written at {@code at}, read in the text that holds it; -1 outside the window */
    int characterAt(int at) {
        return at >= sentence.start() && at < sentence.end() ? sentence.text().charAt(at - sentence.start()) : -1;
    }

    /** @return whether {@code word} is written at {@code at}, in the window */
    boolean wordAt(String word, int at) {
        return at >= sentence.start() && at + word.length() <= sentence.end()
                && sentence.text().startsWith(word, at - sentence.start());
    }

    /** @return whether {@code word} is written to end at {@code end}, in the window */
    boolean wordEndsAt(String word, int end) {
        return wordAt(word, end - word.length());
    }

    /** @return whether every character written in {@code [from, to)} of the window is one of {@code kind} */
    boolean allOf(int from, int to, IntPredicate kind) {
        String words = sentence.text();
        int by = sentence.start();
        for (int i = Math.max(from, by) - by; i < Math.min(to, sentence.end()) - by; i++) {
            if (!kind.test(words.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the index of the gap that holds the character at {@code at}, or -1 */
    private int indexAt(int at) {
        if (nodes != null) {
            findGaps();
        }
        int last = lastFound;
        if (last < gapCount && gapStarts[last] <= at && at < gapEnds[last]) {
            return last; // the words of one subject are read many times over, in the same gap
        }
        int low = 0;
        int high = gapCount - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (gapEnds[mid] <= at) {
                low = mid + 1;
            } else if (gapStarts[mid] > at) {
                high = mid - 1;
            } else {
                lastFound = mid;
                return mid;
            }
        }
        return -1;
    }
}
