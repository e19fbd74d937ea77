package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.ast.Node;
import io.github.cnstats.internal.ast.Node.Text;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The {@link Text} nodes of the window at hand ({@code AstBuilder#texts}): the words the binding and making
 * stages read, never the document. A range inside one text (nearly all: the words between a phrase and the next)
 * is read in that text itself; a range across nodes (社会消费品零售总额, where 零 was read as a number) in the texts
 * of the window joined, made once per window. Nothing outside the window can be read.
 *
 * <p>Set for each window before its elements are bound, like {@link WindowPeriods}. One per call of the parser, on
 * one thread.
 */
final class SentenceTexts {

    /** Cuts the gaps of the window at hand when they are first asked for: most windows bind nothing. */
    private Supplier<List<Text>> cut = List::of;
    private List<Text> texts;
    /** What an empty range, or one outside the window, is read in: no words. */
    private static final Text NONE = new Text(0, 0, "");

    /** The words of the whole window, for a range across nodes. */
    private Text sentence = new Text(0, 0, "");

    /**
     * @param gaps     the gaps between the nodes of the window at hand, in text order
     * @param sentence the words of the whole window
     */
    void set(List<Text> gaps, Text sentence) {
        set(() -> gaps, sentence);
    }

    /**
     * @param cut      gives the gaps between the nodes of the window at hand, in text order, when first asked for
     * @param sentence the words of the whole window
     */
    void set(Supplier<List<Text>> cut, Text sentence) {
        this.cut = cut;
        this.texts = null;
        this.sentence = sentence;
    }

    private List<Text> texts() {
        if (texts == null) {
            texts = cut.get();
        }
        return texts;
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
        return gap >= 0 && texts.get(gap).end() >= end ? texts.get(gap) : sentence;
    }

    /**
     * @return the words written in {@code [start, end)} as the texts hold them, cut to the window: the empty string
     *         for a range outside it
     */
    String words(int start, int end) {
        if (start >= end) {
            return "";
        }
        Text text = covering(start, end);
        int from = Math.max(start, text.start()) - text.start();
        int to = Math.min(end, text.end()) - text.start();
        return from >= to ? "" : text.text().substring(from, to);
    }

    /** @return the character written at {@code at}, read in the text that holds it; -1 outside the window */
    int characterAt(int at) {
        Text text = covering(at, at + 1);
        return text.end() > at && at >= text.start() ? text.text().charAt(at - text.start()) : -1;
    }

    /** @return whether {@code word} is written at {@code at}, in the window */
    boolean wordAt(String word, int at) {
        Text text = covering(at, at + word.length());
        return at >= text.start() && text.text().startsWith(word, at - text.start());
    }

    /** @return whether {@code word} is written to end at {@code end}, in the window */
    boolean wordEndsAt(String word, int end) {
        return wordAt(word, end - word.length());
    }

    /** @return whether every character written in {@code [from, to)} of the window is one of {@code kind} */
    boolean allOf(int from, int to, IntPredicate kind) {
        if (from >= to) {
            return true;
        }
        Text text = covering(from, to);
        String words = text.text();
        for (int i = Math.max(from, text.start()) - text.start(); i < Math.min(to, text.end()) - text.start(); i++) {
            if (!kind.test(words.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the index of the text that holds the character at {@code at}, or -1 */
    private int indexAt(int at) {
        List<Text> texts = texts();
        int low = 0;
        int high = texts.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Node t = texts.get(mid);
            if (t.end() <= at) {
                low = mid + 1;
            } else if (t.start() > at) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
