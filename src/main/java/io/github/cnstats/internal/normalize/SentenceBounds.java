package io.github.cnstats.internal.normalize;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The sentences of a text as {@link SentenceSplitter} finds them, kept as pairs of {@code int} bounds (eight
 * bytes a sentence) rather than as one {@link TextRange} object each. A caller that only needs the bounds reads
 * {@link #start(int)} and {@link #end(int)}; as a {@code List<TextRange>} it makes each range when asked for it.
 *
 * <p>Immutable.
 */
public final class SentenceBounds extends AbstractList<TextRange> implements RandomAccess {

    /** {@code bounds[2k]} and {@code bounds[2k + 1]}: the start and end of sentence {@code k}. */
    private final int[] bounds;
    private final int count;

    SentenceBounds(int[] bounds, int count) {
        this.bounds = bounds;
        this.count = count;
    }

    /**
     * @param length the length of a text
     * @return the text read as one sentence, as a caller that has cut its own sentence passes it on
     */
    public static SentenceBounds whole(int length) {
        return new SentenceBounds(new int[] {0, length}, 1);
    }

    /** @return the number of sentences */
    public int count() {
        return count;
    }

    /**
     * @param k a sentence, in {@code 0..count())}
     * @return the index of its first character in the normalised text
     * @throws IndexOutOfBoundsException if there is no sentence {@code k}
     */
    public int start(int k) {
        return bounds[2 * java.util.Objects.checkIndex(k, count)];
    }

    /**
     * @param k a sentence, in {@code 0..count())}
     * @return the index after its last character in the normalised text
     * @throws IndexOutOfBoundsException if there is no sentence {@code k}
     */
    public int end(int k) {
        return bounds[2 * java.util.Objects.checkIndex(k, count) + 1];
    }

    @Override
    public int size() {
        return count;
    }

    /** @return sentence {@code k} as a new range */
    @Override
    public TextRange get(int k) {
        return new TextRange(start(k), end(k));
    }
}
