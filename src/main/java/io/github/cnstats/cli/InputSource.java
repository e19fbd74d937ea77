package io.github.cnstats.cli;

import java.nio.file.Path;

/** One document to read, named as the user will see it in the output and in error messages. */
sealed interface InputSource {

    /** The name for stdin: a lone dash, as on most command lines. */
    String STDIN_NAME = "-";

    /** @return the document's name */
    String name();

    /** Standard input. */
    record Stdin() implements InputSource {
        @Override
        public String name() {
            return STDIN_NAME;
        }
    }

    /**
     * A file named on the command line or found in a directory.
     *
     * @param name   the path as given, or as built from the directory given
     * @param path   the file
     * @param walked whether it was found in a directory, where a binary file is skipped rather than read
     */
    record File(String name, Path path, boolean walked) implements InputSource {

        /** A file named on the command line. */
        File(String name, Path path) {
            this(name, path, false);
        }
    }

    /**
     * A file or directory that a directory walk passed over (a hidden one), said with {@code --explain}.
     *
     * @param name   the path, as built from the directory given
     * @param reason why it was skipped
     */
    record Skipped(String name, String reason) implements InputSource {
    }

    /**
     * An input that cannot be read at all, found out while listing the inputs (a missing file, a directory that
     * cannot be listed). It is reported in its turn.
     *
     * @param name   the path
     * @param reason why it cannot be read
     */
    record Unreadable(String name, String reason) implements InputSource {
    }
}
