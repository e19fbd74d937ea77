package io.github.cnstats.cli;

/**
 * How large a chunk of a whole-file document may grow before {@link TextChunker} cuts it.
 *
 * @param threshold once a chunk holds this many UTF-16 characters, it is cut at the next sentence or paragraph
 *                  end
 * @param hardLimit a chunk is cut at this many characters wherever it stands
 */
record ChunkLimits(int threshold, int hardLimit) {

    /** 1 MiB of characters: far above any paragraph, far below any memory limit. */
    static final int DEFAULT_THRESHOLD = 1 << 20;

    /** 4 MiB of characters: the most one chunk may hold when the text has no sentence ends at all. */
    static final int DEFAULT_HARD_LIMIT = 4 << 20;

    /** The limits the command line uses. */
    static final ChunkLimits DEFAULT = new ChunkLimits(DEFAULT_THRESHOLD, DEFAULT_HARD_LIMIT);

    /** @throws IllegalArgumentException unless {@code 0 < threshold <= hardLimit} */
    ChunkLimits {
        if (threshold <= 0 || hardLimit < threshold) {
            throw new IllegalArgumentException("need 0 < threshold <= hardLimit: " + threshold + ", " + hardLimit);
        }
    }
}
