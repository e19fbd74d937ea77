package io.github.cnstats.cli;

/** A command line that cannot be run as written: an unknown option, a bad value, no command. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, in words for the user */
    UsageException(String message) {
        super(message);
    }
}
