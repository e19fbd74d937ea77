package io.github.cnstats.cli;

import java.io.IOException;

/** Input that is not well-formed UTF-8, with the byte offset of its first bad sequence. */
final class InvalidUtf8Exception extends IOException {

    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    /** @param byteOffset the 0-based offset in the input of the first byte of the first ill-formed sequence */
    InvalidUtf8Exception(long byteOffset) {
        super("invalid UTF-8 at byte " + byteOffset);
        this.byteOffset = byteOffset;
    }

    /** @return the 0-based offset in the input of the first byte of the first ill-formed sequence */
    long byteOffset() {
        return byteOffset;
    }
}
