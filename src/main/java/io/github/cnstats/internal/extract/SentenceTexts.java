package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.ast.Node;
import io.github.cnstats.internal.ast.Node.Text;

import java.util.List;

/**
 * The {@link Text} nodes of the window at hand ({@code AstBuilder#texts}): the words the subject and region
 * finders read, each range as the texts it touches, never as offsets into the document. A range inside one text
 * (nearly all: the words between a phrase and the next) is that text itself; a range across nodes
 * (社会消费品零售总额, where 零 was read as a number) is the texts it touches, joined.
 *
 * <p>Set for each window before its elements are bound, like {@link WindowPeriods}. One per call of the parser, on
 * one thread.
 */
final class SentenceTexts {

    private List<Text> texts = List.of();

    /** @param texts the texts of the window at hand, in text order, which together hold the whole window */
    void set(List<Text> texts) {
        this.texts = texts;
    }

    /**
     * @return the text that holds {@code [start, end)}, within the window: the one text it lies in, or the texts it
     *         touches joined into one; an empty text when the range is empty or outside the window
     */
    Text covering(int start, int end) {
        if (!texts.isEmpty()) {
            start = Math.max(start, texts.get(0).start());
            end = Math.min(end, texts.get(texts.size() - 1).end());
        }
        int first = indexAt(start);
        if (first < 0 || end <= start) {
            return new Text(start, start, "");
        }
        Text text = texts.get(first);
        if (text.end() >= end) {
            return text;
        }
        StringBuilder joined = new StringBuilder(text.text());
        int last = first;
        while (texts.get(last).end() < end) {
            last++;
            joined.append(texts.get(last).text());
        }
        return new Text(text.start(), texts.get(last).end(), joined.toString());
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

    /** @return whether {@code word} is written at {@code at}, in the window */
    boolean wordAt(String word, int at) {
        Text text = covering(at, at + word.length());
        return at >= text.start() && text.text().startsWith(word, at - text.start());
    }

    /** @return whether {@code word} is written to end at {@code end}, in the window */
    boolean wordEndsAt(String word, int end) {
        return wordAt(word, end - word.length());
    }

    /** @return the index of the text that holds the character at {@code at}, or -1 */
    private int indexAt(int at) {
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
