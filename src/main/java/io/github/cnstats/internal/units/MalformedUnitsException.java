package io.github.cnstats.internal.units;

/**
 * A line of a units file that cannot be read: its message starts with the line number, so that the person who
 * edits the file can find it.
 */
public final class MalformedUnitsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The 1-based number of the offending line. */
    private final int line;

    /**
     * @param line   the 1-based number of the offending line
     * @param reason what is wrong with it
     */
    public MalformedUnitsException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    /**
     * @return the 1-based number of the offending line
     */
    public int line() {
        return line;
    }
}
