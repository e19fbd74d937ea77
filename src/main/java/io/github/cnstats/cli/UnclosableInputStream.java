package io.github.cnstats.cli;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Standard input as a stream whose {@code close} does nothing: it belongs to the caller, and may be named twice. */
final class UnclosableInputStream extends FilterInputStream {

    /** @param in the stream to read */
    UnclosableInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // Left open on purpose.
    }
}
