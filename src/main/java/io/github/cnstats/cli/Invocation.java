package io.github.cnstats.cli;

/** What a command line asks for. */
sealed interface Invocation {

    /** {@code --help}, {@code -h} or {@code help}: the full help on standard output. */
    record Help() implements Invocation {
    }

    /** {@code --version}: the version on standard output. */
    record Version() implements Invocation {
    }

    /**
     * {@code extract}: read the inputs and write their measurements.
     *
     * @param options how
     */
    record Extract(ExtractOptions options) implements Invocation {
    }
}
