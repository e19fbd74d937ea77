package io.github.cnstats.cli;

/**
 * A piece of an input that is given to the parser in one call: a whole line with {@code --lines}, else a run of
 * paragraphs. It knows where it stands in the input, so that spans found in it can be turned into offsets and
 * line numbers of the whole input.
 *
 * @param text      the characters, as decoded
 * @param offset    the UTF-16 offset of the first character in the whole input
 * @param firstLine the 1-based number of the line the first character stands on
 */
record Chunk(String text, long offset, long firstLine) {

    /** @return the line index of this chunk, built on each call: keep it while it is needed */
    LineIndex lineIndex() {
        return LineIndex.of(text, firstLine);
    }
}
