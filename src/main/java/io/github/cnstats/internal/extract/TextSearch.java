package io.github.cnstats.internal.extract;

/**
 * {@link String#indexOf} and {@link String#lastIndexOf} that stop at a bound. The finders look for words inside
 * one subject or clause of a document; the unbounded searches went on to the document's start or end whenever
 * the word was missing, which made the cost of each measurement grow with the length of the document.
 */
final class TextSearch {

    private TextSearch() {
    }

    /** @return the last start of {@code word} in {@code [lowest, from]}, or -1 */
    static int lastIndexOf(String text, String word, int from, int lowest) {
        int at = Math.min(from, text.length() - word.length());
        for (; at >= Math.max(0, lowest); at--) {
            if (text.startsWith(word, at)) {
                return at;
            }
        }
        return -1;
    }

    /** @return the last index of {@code c} in {@code [lowest, from]}, or -1 */
    static int lastIndexOf(String text, char c, int from, int lowest) {
        for (int at = Math.min(from, text.length() - 1); at >= Math.max(0, lowest); at--) {
            if (text.charAt(at) == c) {
                return at;
            }
        }
        return -1;
    }

    /** @return the first start of {@code word} in {@code [from, limit)}, or -1 */
    static int indexOf(String text, String word, int from, int limit) {
        int last = Math.min(limit, text.length() - word.length() + 1);
        for (int at = Math.max(0, from); at < last; at++) {
            if (text.startsWith(word, at)) {
                return at;
            }
        }
        return -1;
    }

    /** @return how many times {@code c} is written in {@code [from, limit)} */
    static int count(String text, char c, int from, int limit) {
        int n = 0;
        for (int at = Math.max(0, from); at < Math.min(limit, text.length()); at++) {
            if (text.charAt(at) == c) {
                n++;
            }
        }
        return n;
    }

    /** @return the first index of {@code c} in {@code [from, limit)}, or -1 */
    static int indexOf(String text, char c, int from, int limit) {
        for (int at = Math.max(0, from); at < Math.min(limit, text.length()); at++) {
            if (text.charAt(at) == c) {
                return at;
            }
        }
        return -1;
    }
}
