package io.github.cnstats.cli;

import java.io.IOException;

/** Input that is not well-formed in its encoding, with the byte offset of its first bad sequence. */
final class UndecodableInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    /** @param byteOffset the 0-based offset in the input of the first byte of the first ill-formed UTF-8 sequence */
    UndecodableInputException(long byteOffset) {
        this("UTF-8", byteOffset);
    }

    /**
     * @param encoding   the name of the encoding the bytes were read in
     * @param byteOffset the 0-based offset in the input of the first byte of the first ill-formed sequence
     */
    UndecodableInputException(String encoding, long byteOffset) {
        super("invalid " + encoding + " at byte " + byteOffset);
        this.byteOffset = byteOffset;
    }

    /** The same error with more said after it (how to read the input). */
    UndecodableInputException(String message) {
        super(message);
        this.byteOffset = -1;
    }

    /** @return the 0-based offset in the input of the first byte of the first ill-formed sequence */
    long byteOffset() {
        return byteOffset;
    }
}
