package io.github.cnstats.internal.extract;

import java.util.Arrays;
import java.util.List;

/**
 * A fixed list of words, searched for all at once. The subject rules look for the last of each of twenty actor
 * endings or five total markers inside a subject; one search per word went over the same range twenty times,
 * once for every subject of every number. And they trim fifty leading and fifty trailing words, each time
 * comparing all of them; only those with the character at hand as their first or last are compared now.
 *
 * <p>Most characters of a subject begin and end no word of a list, so each search first asks a {@link CharFilter}
 * of the first (or last) characters, one array read, and looks for the character among the words only where the
 * filter lets it through: a filter never turns away a character that is there, so the answers are the same.
 */
final class Words {

    private final List<String> words;
    /** The first character of each word, in the order of {@link #words}. */
    private final String firstChars;
    /** The last character of each word, in the order of {@link #words}. */
    private final String lastChars;
    private final CharFilter mayStart;
    private final CharFilter mayEnd;

    Words(List<String> words) {
        this.words = List.copyOf(words);
        StringBuilder first = new StringBuilder();
        StringBuilder last = new StringBuilder();
        for (String word : this.words) {
            first.append(word.charAt(0));
            last.append(word.charAt(word.length() - 1));
        }
        this.firstChars = first.toString();
        this.lastChars = last.toString();
        this.mayStart = new CharFilter(firstChars);
        this.mayEnd = new CharFilter(lastChars);
    }

    int size() {
        return words.size();
    }

    String get(int i) {
        return words.get(i);
    }

    /**
     * For each word, its last start in {@code [lowest, from]} as {@link TextSearch#lastIndexOf} gives it, or -1;
     * found in one pass back over the range that tries a word only where its first character is.
     *
     * @param starts where to write the answers, of {@link #size()} entries: the caller's, as a new array for each
     *               search was a tenth of what binding allocated
     * @return how many words were found: most searches find none, and their callers need not read the answers
     */
    int lastStarts(String text, int from, int lowest, int[] starts) {
        Arrays.fill(starts, -1);
        int missing = words.size();
        for (int at = Math.min(from, text.length() - 1); at >= Math.max(0, lowest) && missing > 0; at--) {
            char c = text.charAt(at);
            if (!mayStart.mayHold(c)) {
                continue;
            }
            for (int i = firstChars.indexOf(c); i >= 0; i = firstChars.indexOf(c, i + 1)) {
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
        char c = text.charAt(start);
        if (!mayStart.mayHold(c)) {
            return null;
        }
        for (int i = firstChars.indexOf(c); i >= 0; i = firstChars.indexOf(c, i + 1)) {
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
        char c = text.charAt(end - 1);
        if (!mayEnd.mayHold(c)) {
            return null;
        }
        for (int i = lastChars.indexOf(c); i >= 0; i = lastChars.indexOf(c, i + 1)) {
            String word = words.get(i);
            if (end - word.length() >= start && text.startsWith(word, end - word.length())) {
                return word;
            }
        }
        return null;
    }
}
