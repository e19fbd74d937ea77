package io.github.cnstats.internal.extract;

/**
 * {@link String#indexOf(int)} of one character in a fixed string of distinct characters, by hashing: the period
 * patterns ask it of nearly every character of a sentence, and a scan of their 50 to 100 characters cost more
 * than the rest of the step. Kept at most a quarter full, so a character that is not there, which is most of
 * them, is known at the first or second slot. Immutable; shared by all parsers.
 */
final class CharIndex {

    private final char[] chars;
    /** For each slot, the index in the string of the character in {@link #chars}, or -1 if the slot is empty. */
    private final short[] index;
    private final int shift;

    /** @param string distinct characters, fewer than 2^14 */
    CharIndex(String string) {
        int bits = 2;
        while ((1 << bits) < 4 * string.length()) {
            bits++;
        }
        this.shift = 32 - bits;
        this.chars = new char[1 << bits];
        this.index = new short[1 << bits];
        java.util.Arrays.fill(index, (short) -1);
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (string.indexOf(c) != i) {
                throw new IllegalArgumentException("repeated character " + c);
            }
            int slot = slotOf(c);
            while (index[slot] >= 0) {
                slot = (slot + 1) & (chars.length - 1);
            }
            chars[slot] = c;
            index[slot] = (short) i;
        }
    }

    /** @return the index of {@code c} in the string, or -1 */
    int indexOf(char c) {
        for (int slot = slotOf(c); index[slot] >= 0; slot = (slot + 1) & (chars.length - 1)) {
            if (chars[slot] == c) {
                return index[slot];
            }
        }
        return -1;
    }

    /** @return whether the string holds {@code c} */
    boolean contains(char c) {
        return indexOf(c) >= 0;
    }

    /** Fibonacci hashing: the top bits of the product spread neighbouring characters (一二三, 0-9) apart. */
    private int slotOf(char c) {
        return (c * 0x9E3779B1) >>> shift;
    }
}
