package io.github.cnstats.internal.normalize;

/**
 * Finds which characters of a range lie inside a matched pair of brackets or quotation marks, so that clause
 * splitting can leave them alone.
 */
final class BracketPairs {

    /** Opening marks, each at the same index as its closing mark in {@link #CLOSE}. */
    private static final String OPEN = "(（[［{｛【〔〖《〈「『“‘";
    private static final String CLOSE = ")）]］}｝】〕〗》〉」』”’";
    /** The straight double quote opens and closes; it gets the pseudo-type after the real ones. */
    private static final int STRAIGHT_QUOTE = OPEN.length();

    private BracketPairs() {
    }

    /**
     * A closing mark matches the nearest open mark of its own type; open marks between them are left unmatched
     * and protect nothing, nor does an open mark that is never closed. Linear: every open mark is pushed and
     * popped at most once, and a closing mark with no open mark of its type is skipped without a search.
     *
     * @return for each index {@code i} of {@code [start, end)}, at {@code i - start}, whether the character lies
     *         strictly between a matched pair
     */
    static boolean[] enclosed(CharSequence text, int start, int end) {
        int length = end - start;
        int[] stackIndex = new int[length];
        int[] stackType = new int[length];
        int[] openCount = new int[STRAIGHT_QUOTE + 1];
        int depth = 0;
        // +1 where a protected stretch starts, -1 after it ends; the running sum says "inside".
        int[] delta = new int[length + 1];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int closeType = c == '"' ? (openCount[STRAIGHT_QUOTE] > 0 ? STRAIGHT_QUOTE : -1) : CLOSE.indexOf(c);
            if (closeType >= 0 && openCount[closeType] > 0) {
                while (stackType[depth - 1] != closeType) {
                    depth--;
                    openCount[stackType[depth]]--;
                }
                depth--;
                openCount[closeType]--;
                delta[stackIndex[depth] - start + 1]++;
                delta[i - start]--;
                continue;
            }
            int openType = c == '"' ? STRAIGHT_QUOTE : OPEN.indexOf(c);
            if (openType >= 0) {
                stackIndex[depth] = i;
                stackType[depth] = openType;
                depth++;
                openCount[openType]++;
            }
        }
        boolean[] enclosed = new boolean[length];
        int inside = 0;
        for (int i = 0; i < length; i++) {
            inside += delta[i];
            enclosed[i] = inside > 0;
        }
        return enclosed;
    }
}
