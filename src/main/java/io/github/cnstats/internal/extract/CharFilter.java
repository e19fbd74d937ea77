package io.github.cnstats.internal.extract;

/**
 * Whether a character may be one of a fixed set, answered by one array read: the set's characters are hashed
 * into 1024 bits by their low ten bits. A character of the set always passes; another passes only where it shares
 * those bits with one of the set (about one in fifty for a set of twenty), so a caller that compares exactly after
 * a pass finds what it would find comparing at every character. Immutable; shared by all parsers.
 */
final class CharFilter {

    private final long[] bits = new long[16];

    /** @param chars the characters of the set, repeats allowed */
    CharFilter(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            bits[(c >>> 6) & 15] |= 1L << c; // a shift of a long takes the low six bits of c
        }
    }

    /** @return false only if {@code c} is not in the set */
    boolean mayHold(char c) {
        return (bits[(c >>> 6) & 15] & (1L << c)) != 0;
    }
}
