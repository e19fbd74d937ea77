package io.github.cnstats.internal.normalize;

/**
 * A char array per thread that {@link TextNormalizer} normalises in, kept from one call to the next, so that a
 * call allocates only the string it returns and not a working copy of the same size as well (that copy was a
 * third of what normalising allocated).
 *
 * <p>Only arrays of up to {@link #MAX_KEPT} characters are kept, so a thread holds at most 128 KB between
 * calls however long a document it once read; a longer document gets an array of its own, as before. The
 * {@code ThreadLocal} belongs to the normaliser instance, so a normaliser (and a parser) that is no longer used
 * lets go of its arrays. A call must be done with the array before the same thread asks again, which holds
 * since normalising never calls itself.
 */
final class WorkBuffer {

    /** The longest array kept between calls, in characters: several times a long news article. */
    static final int MAX_KEPT = 1 << 16;

    /** The smallest array kept, so that a thread reading short texts does not grow its array many times. */
    private static final int MIN_KEPT = 1 << 10;

    private final ThreadLocal<char[]> kept = new ThreadLocal<>();

    /**
     * @param length how many characters the caller needs
     * @return an array of at least {@code length} characters, with arbitrary contents, for this thread's use
     *         until its next call
     */
    char[] atLeast(int length) {
        if (length > MAX_KEPT) {
            return new char[length];
        }
        char[] buffer = kept.get();
        if (buffer == null || buffer.length < length) {
            // The next power of two, so that texts of slowly growing lengths grow the array only a few times.
            buffer = new char[Math.max(MIN_KEPT, Integer.highestOneBit(Math.max(1, length - 1)) << 1)];
            kept.set(buffer);
        }
        return buffer;
    }
}
