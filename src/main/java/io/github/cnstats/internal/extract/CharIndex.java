package io.github.cnstats.internal.extract;

/**
 * {@link String#indexOf(int)} of one character in a fixed string of distinct characters, by a two-level table:
 * the period patterns ask it of nearly every character of a sentence, and a scan of their 50 to 100 characters
 * cost more than the rest of the step. The table has one page of 256 entries for each block of 256 characters
 * the string has a character in, and none for the others, so a lookup is two array reads with no probing and no
 * hash: the characters asked about are mostly Han characters the string does not hold, met in a page that is
 * absent or one of the few a string of period characters fills. Immutable; shared by all parsers.
 */
final class CharIndex {

    private static final int PAGE_BITS = 8;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;

    /** For each block of 256 characters, the index in the string of each, or -1; null where the string has none. */
    private final short[][] pages = new short[(Character.MAX_VALUE + 1) >>> PAGE_BITS][];

    /** @param string distinct characters, fewer than 2^15 */
    CharIndex(String string) {
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (string.indexOf(c) != i) {
                throw new IllegalArgumentException("repeated character " + c);
            }
            short[] page = pages[c >>> PAGE_BITS];
            if (page == null) {
                page = new short[PAGE_SIZE];
                java.util.Arrays.fill(page, (short) -1);
                pages[c >>> PAGE_BITS] = page;
            }
            page[c & (PAGE_SIZE - 1)] = (short) i;
        }
    }

    /** @return the index of {@code c} in the string, or -1 */
    int indexOf(char c) {
        short[] page = pages[c >>> PAGE_BITS];
        return page == null ? -1 : page[c & (PAGE_SIZE - 1)];
    }

    /** @return whether the string holds {@code c} */
    boolean contains(char c) {
        return indexOf(c) >= 0;
    }
}
