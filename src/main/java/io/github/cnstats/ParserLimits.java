package io.github.cnstats;

/**
 * The limits that keep one parse cheap whatever the input, in the manner of Jackson's
 * {@code StreamReadConstraints}. Immutable; build one with {@link #builder()} and pass it to
 * {@link Cnstats#parser(ParserLimits)}.
 *
 * <p>Text beyond a limit is never a measurement, and never an exception: {@link MeasurementParser#explain}
 * reports it as a {@link Diagnostic}.
 *
 * <ul>
 *   <li>{@link #maxNumeralLength()}: the longest numeral read, in characters (default
 *       {@value #DEFAULT_MAX_NUMERAL_LENGTH}, at most {@value #CEILING_MAX_NUMERAL_LENGTH}). A longer one is
 *       {@link Diagnostic.Kind#NUMERAL_TOO_LONG}.</li>
 *   <li>{@link #maxMagnitudeExponent()}: the largest value read is 10 to this power (default and at most
 *       {@value #CEILING_MAX_MAGNITUDE_EXPONENT}, 一亿亿亿). A larger one, such as 万亿亿亿亿, is
 *       {@link Diagnostic.Kind#MAGNITUDE_TOO_LARGE}; its value is refused from its exponent before it is built.</li>
 *   <li>{@link #maxInputLength()}: the most characters read in one window (default
 *       {@value #DEFAULT_MAX_INPUT_LENGTH}). A longer text is read whole, window after window, each ending after
 *       the last sentence end (。！？!? or a line end) in its second half, or at the limit if there is none; spans
 *       still index the whole text. Nothing is left unread, and the memory a call holds beyond the text itself
 *       is bounded by the window. Only a measurement astride a cut with no sentence end near it is lost.</li>
 * </ul>
 *
 * <p>The two numeral limits have ceilings because the numeral arithmetic is only proved cheap up to them: they
 * can be lowered, never raised beyond the ceiling.
 */
public final class ParserLimits {

    /** The default of {@link #maxNumeralLength()}. */
    public static final int DEFAULT_MAX_NUMERAL_LENGTH = 64;

    /** The highest {@link #maxNumeralLength()} allowed. */
    public static final int CEILING_MAX_NUMERAL_LENGTH = 64;

    /** The default of {@link #maxMagnitudeExponent()}. */
    public static final int DEFAULT_MAX_MAGNITUDE_EXPONENT = 24;

    /** The highest {@link #maxMagnitudeExponent()} allowed. */
    public static final int CEILING_MAX_MAGNITUDE_EXPONENT = 24;

    /** The default of {@link #maxInputLength()}: 8 Mi characters, about 24 MB of UTF-8 Chinese. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 8 << 20;

    private static final ParserLimits DEFAULTS = new Builder().build();

    private final int maxNumeralLength;
    private final int maxMagnitudeExponent;
    private final int maxInputLength;

    private ParserLimits(Builder b) {
        this.maxNumeralLength = b.maxNumeralLength;
        this.maxMagnitudeExponent = b.maxMagnitudeExponent;
        this.maxInputLength = b.maxInputLength;
    }

    /**
     * The limits {@link Cnstats#parser()} uses.
     *
     * @return the default limits
     */
    public static ParserLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A builder that starts from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from these limits.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().maxNumeralLength(maxNumeralLength).maxMagnitudeExponent(maxMagnitudeExponent)
                .maxInputLength(maxInputLength);
    }

    /**
     * The longest numeral that is read, in characters of the normalised text.
     *
     * @return the limit, between 1 and {@value #CEILING_MAX_NUMERAL_LENGTH}
     */
    public int maxNumeralLength() {
        return maxNumeralLength;
    }

    /**
     * The exponent of ten of the largest absolute value a numeral may have.
     *
     * @return the limit, between 0 and {@value #CEILING_MAX_MAGNITUDE_EXPONENT}
     */
    public int maxMagnitudeExponent() {
        return maxMagnitudeExponent;
    }

    /**
     * The most UTF-16 characters of one text that a call reads.
     *
     * @return the limit, at least 1
     */
    public int maxInputLength() {
        return maxInputLength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParserLimits other && other.maxNumeralLength == maxNumeralLength
                && other.maxMagnitudeExponent == maxMagnitudeExponent && other.maxInputLength == maxInputLength;
    }

    @Override
    public int hashCode() {
        return (maxNumeralLength * 31 + maxMagnitudeExponent) * 31 + maxInputLength;
    }

    @Override
    public String toString() {
        return "ParserLimits[maxNumeralLength=" + maxNumeralLength + ", maxMagnitudeExponent=" + maxMagnitudeExponent
                + ", maxInputLength=" + maxInputLength + "]";
    }

    /** Builds {@link ParserLimits}; every setter checks its value at once. Not thread-safe. */
    public static final class Builder {

        private int maxNumeralLength = DEFAULT_MAX_NUMERAL_LENGTH;
        private int maxMagnitudeExponent = DEFAULT_MAX_MAGNITUDE_EXPONENT;
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;

        private Builder() {
        }

        /**
         * Sets {@link ParserLimits#maxNumeralLength()}.
         *
         * @param characters between 1 and {@value ParserLimits#CEILING_MAX_NUMERAL_LENGTH}
         * @return this builder
         * @throws IllegalArgumentException if out of that range
         */
        public Builder maxNumeralLength(int characters) {
            this.maxNumeralLength = checked("maxNumeralLength", characters, 1, CEILING_MAX_NUMERAL_LENGTH);
            return this;
        }

        /**
         * Sets {@link ParserLimits#maxMagnitudeExponent()}.
         *
         * @param exponent between 0 and {@value ParserLimits#CEILING_MAX_MAGNITUDE_EXPONENT}
         * @return this builder
         * @throws IllegalArgumentException if out of that range
         */
        public Builder maxMagnitudeExponent(int exponent) {
            this.maxMagnitudeExponent = checked("maxMagnitudeExponent", exponent, 0, CEILING_MAX_MAGNITUDE_EXPONENT);
            return this;
        }

        /**
         * Sets {@link ParserLimits#maxInputLength()}.
         *
         * @param characters at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxInputLength(int characters) {
            this.maxInputLength = checked("maxInputLength", characters, 1, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Makes the limits.
         *
         * @return the limits set so far
         */
        public ParserLimits build() {
            return new ParserLimits(this);
        }

        private static int checked(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
            }
            return value;
        }
    }
}
