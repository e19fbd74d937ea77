package io.github.cnstats.internal.extract;

import java.util.Arrays;
import java.util.List;

/**
 * A fixed list of words, searched for all at once. The subject rules look for the last of each of twenty actor
 * endings or five total markers inside a subject; one search per word went over the same range twenty times,
 * once for every subject of every number. And they trim fifty leading and fifty trailing words, each time
 * comparing all of them; only those with the character at hand as their first or last are compared now.
 *
 * <p>The words are kept in buckets by the low ten bits of their first (and of their last) character, in the order
 * of the list: the bucket of the character at hand, one array read, holds every word that may start (or end)
 * with it, and most characters of a subject find theirs empty. A word of the bucket that starts with another
 * character fails the exact comparison that follows, so the answers are those of comparing every word in order.
 * (The buckets replace a {@link CharFilter} of the same ten bits and a search of a string of the first
 * characters, which was most of the cost of a pass.)
 */
final class Words {

    /** How many buckets: the low ten bits of a character, as {@link CharFilter} hashes it. */
    private static final int BUCKETS = 1024;

    private final List<String> words;
    /** The indexes of the words whose first character falls in each bucket, in order; null for none. */
    private final int[][] byFirst;
    /** The indexes of the words whose last character falls in each bucket, in order; null for none. */
    private final int[][] byLast;

    Words(List<String> words) {
        this.words = List.copyOf(words);
        this.byFirst = buckets(this.words, true);
        this.byLast = buckets(this.words, false);
    }

    /**
     * @param first whether by each word's first character, else by its last
     * @return for each bucket ({@link #bucketOf}), the indexes of the words whose first (or last) character falls in
     *         it, in the order of {@code words}; null for none
     */
    static int[][] buckets(List<String> words, boolean first) {
        int[][] buckets = new int[BUCKETS][];
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int b = bucketOf(first ? word.charAt(0) : word.charAt(word.length() - 1));
            int[] bucket = buckets[b] == null ? new int[0] : buckets[b];
            bucket = Arrays.copyOf(bucket, bucket.length + 1);
            bucket[bucket.length - 1] = i;
            buckets[b] = bucket;
        }
        return buckets;
    }

    /** @return the bucket of {@code c}: its low ten bits */
    static int bucketOf(char c) {
        return c & (BUCKETS - 1);
    }

    int size() {
        return words.size();
    }

    String get(int i) {
        return words.get(i);
    }

    /**
     * For each word, its last start in {@code [lowest, from]} as {@link TextSearch#lastIndexOf} gives it, or -1;
     * found in one pass back over the range that tries a word only where its first character may be.
     *
     * @param starts where to write the answers, of {@link #size()} entries: the caller's, as a new array for each
     *               search was a tenth of what binding allocated
     * @return how many words were found: most searches find none, and their callers need not read the answers
     */
    int lastStarts(String text, int from, int lowest, int[] starts) {
        Arrays.fill(starts, -1);
        int missing = words.size();
        for (int at = Math.min(from, text.length() - 1); at >= Math.max(0, lowest) && missing > 0; at--) {
            int[] bucket = byFirst[bucketOf(text.charAt(at))];
            if (bucket == null) {
                continue;
            }
            for (int i : bucket) {
                if (starts[i] < 0 && text.startsWith(words.get(i), at)) {
                    starts[i] = at;
                    missing--;
                }
            }
        }
        return words.size() - missing;
    }

    /** @return the first word of the list written at {@code start} that ends by {@code end}, or null */
    String firstStartingAt(String text, int start, int end) {
        if (start >= end) {
            return null;
        }
        int[] bucket = byFirst[bucketOf(text.charAt(start))];
        if (bucket == null) {
            return null;
        }
        for (int i : bucket) {
            String word = words.get(i);
            if (start + word.length() <= end && text.startsWith(word, start)) {
                return word;
            }
        }
        return null;
    }

    /** @return the first word of the list written to end at {@code end} that starts at {@code start} or after */
    String firstEndingAt(String text, int start, int end) {
        if (end <= start) {
            return null;
        }
        int[] bucket = byLast[bucketOf(text.charAt(end - 1))];
        if (bucket == null) {
            return null;
        }
        for (int i : bucket) {
            String word = words.get(i);
            if (end - word.length() >= start && text.startsWith(word, end - word.length())) {
                return word;
            }
        }
        return null;
    }
}
