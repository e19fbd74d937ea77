package io.github.cnstats.internal.numeral;

/**
 * Thrown when a numeral is refused because it breaks one of the limits that keep parsing cheap on hostile
 * input: it is longer than {@link Numerals#MAX_NUMERAL_LENGTH} characters, or its value would exceed
 * 10^{@value Numerals#MAX_EXPONENT}.
 *
 * <p>It extends {@link NumberFormatException} so that callers that only care whether the text was a usable
 * number can catch one type; callers that want to tell "too big" from "not a number" ask {@link #limit()}.
 */
public final class NumeralLimitException extends NumberFormatException {

    private static final long serialVersionUID = 1L;

    /** Which limit a numeral broke. */
    public enum Limit {
        /** The numeral has more than {@link Numerals#MAX_NUMERAL_LENGTH} characters. */
        LENGTH,
        /** The numeral's value would be larger than 10^{@value Numerals#MAX_EXPONENT}. */
        MAGNITUDE
    }

    /** The limit that was broken. */
    private final Limit limit;

    /**
     * @param limit   the limit that was broken
     * @param message what was refused and which limit it broke
     */
    public NumeralLimitException(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    /** @return the limit that was broken */
    public Limit limit() {
        return limit;
    }
}
