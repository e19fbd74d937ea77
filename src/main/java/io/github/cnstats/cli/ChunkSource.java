package io.github.cnstats.cli;

import java.io.IOException;

/** The chunks of one input, in order, that together cover every character of it exactly once. */
interface ChunkSource {

    /**
     * @return the next chunk, or {@code null} after the last
     * @throws IOException if reading or decoding the input fails
     */
    Chunk next() throws IOException;
}
