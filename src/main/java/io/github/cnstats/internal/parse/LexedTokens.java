package io.github.cnstats.internal.parse;

import java.util.Arrays;

/**
 * The tokens of one sentence on the default channel, as numbers: a type and the first and last character of
 * each, in text order, with no end of file.
 *
 * <p>A sentence makes a hundred tokens or so, most of which the parser never sees: the clauses that cannot
 * hold a statistic are only scanned for their markers, the parser reads only the phrases of the others, and a
 * sentence with no statistic token at all is dropped. Kept as numbers, a token costs nothing until a
 * {@link SentenceToken} is made for it, and the table itself is reused from sentence to sentence.
 *
 * <p>Not thread-safe: one per thread (see {@link Recognizers}).
 */
final class LexedTokens {

    private static final int INITIAL_CAPACITY = 256;
    /** A table grown beyond this by one long sentence is not kept for the next one. */
    private static final int MAX_KEPT_CAPACITY = 16 * 1024;

    private Utf16CharStream input;
    private int[] types = new int[INITIAL_CAPACITY];
    private int[] starts = new int[INITIAL_CAPACITY];
    private int[] stops = new int[INITIAL_CAPACITY];
    private int size;

    /** Empties the table for the tokens of the sentence that {@code input} reads. */
    void startSentence(Utf16CharStream input) {
        this.input = input;
        this.size = 0;
        if (types.length > MAX_KEPT_CAPACITY) {
            types = new int[INITIAL_CAPACITY];
            starts = new int[INITIAL_CAPACITY];
            stops = new int[INITIAL_CAPACITY];
        }
    }

    void add(int type, int start, int stop) {
        if (size == types.length) {
            types = Arrays.copyOf(types, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            stops = Arrays.copyOf(stops, size * 2);
        }
        types[size] = type;
        starts[size] = start;
        stops[size] = stop;
        size++;
    }

    /** Makes the last token one of {@code type} that ends at {@code stop}: it takes in the token after it. */
    void extendLast(int type, int stop) {
        types[size - 1] = type;
        stops[size - 1] = stop;
    }

    int size() {
        return size;
    }

    /** @return the sentence's characters, which the tokens index */
    CharSequence text() {
        return input;
    }

    int type(int i) {
        return types[i];
    }

    int start(int i) {
        return starts[i];
    }

    int stop(int i) {
        return stops[i];
    }

    /** The sentence the tokens are of. */
    Utf16CharStream input() {
        return input;
    }

    /**
     * A token the parser reads.
     *
     * @param i     which token of the sentence
     * @param index its place in the token stream it is made for
     */
    SentenceToken token(int i, int index) {
        return new SentenceToken(input, types[i], starts[i], stops[i], index);
    }
}
