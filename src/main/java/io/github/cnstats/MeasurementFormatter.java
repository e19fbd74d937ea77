package io.github.cnstats;

import io.github.cnstats.internal.format.NumberText;
import io.github.cnstats.internal.format.PhraseText;
import io.github.cnstats.internal.format.TraditionalScript;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Writes measurements, quantities, changes and numbers as canonical Chinese text, the inverse of
 * {@link MeasurementParser}: {@code 受理消费者投诉2.4万件,同比下降6.2%}.
 *
 * <pre>{@code
 * MeasurementFormatter traditional = MeasurementFormatter.builder()
 *         .numerals(MeasurementFormatter.Numerals.CHINESE)
 *         .script(MeasurementFormatter.Script.TRADITIONAL)
 *         .build();
 * traditional.formatNumber(new BigDecimal("391000"));   // 三十九點一萬
 * }</pre>
 *
 * <p><b>Round trip.</b> For a measurement {@code m} with a subject, a non-negative quantity with a unit, and
 * a formatter without {@link Builder#maxFractionDigits(int) rounding}, parsing {@code format(m)} gives one
 * measurement equal to {@code m} in subject, quantity, change, period and region; its span is that of the
 * subject, quantity and change in the written text. In Traditional script, subject, region, period and
 * reference come back as written, that is in Traditional characters. The exact domain that the tests check is
 * stated in the project's docs/LIBRARY.md.
 *
 * <p>A formatter is immutable and thread-safe.
 */
public final class MeasurementFormatter {

    /** How large numbers are scaled. */
    public enum Magnitudes {
        /** One magnitude of 万, 亿 or 万亿 from 10^4 on, as official text writes: {@code 39.1万}. */
        GROUPED,
        /** No scaling: {@code 391000}, or {@code 三十九万一千} in Chinese numerals. */
        PLAIN
    }

    /** Which digits numbers are written in. */
    public enum Numerals {
        /** Arabic digits: {@code 39.1万}. */
        ARABIC,
        /** Chinese numerals, 点 for the point, 百分之 for a percentage: {@code 三十九点一万}, {@code 百分之五点七}. */
        CHINESE
    }

    /** Which characters the text is written in. */
    public enum Script {
        /** Simplified characters, as written in mainland China. */
        SIMPLIFIED,
        /** Traditional characters, as written in Hong Kong, Macao and Taiwan ({@code 億元}, {@code 萬}). */
        TRADITIONAL
    }

    private static final MeasurementFormatter STANDARD = builder().build();

    private final Magnitudes magnitudes;
    private final Numerals numerals;
    private final Script script;
    private final int maxFractionDigits;
    private final PhraseText phrases;
    private final NumberText numbers;

    private MeasurementFormatter(Builder builder) {
        this.magnitudes = builder.magnitudes;
        this.numerals = builder.numerals;
        this.script = builder.script;
        this.maxFractionDigits = builder.maxFractionDigits;
        this.numbers = new NumberText(magnitudes == Magnitudes.GROUPED, numerals == Numerals.CHINESE,
                maxFractionDigits);
        this.phrases = new PhraseText(numbers, numerals == Numerals.CHINESE);
    }

    /**
     * The formatter with the defaults: grouped magnitudes, Arabic digits, Simplified script, no rounding.
     *
     * @return the standard formatter
     */
    public static MeasurementFormatter standard() {
        return STANDARD;
    }

    /**
     * A builder that starts from the defaults of {@link #standard()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes a measurement: period, region, subject, quantity and change, such as
     * {@code 2024年,全国破获案件8163起,同比上升5.7%}. Its span and text play no part.
     *
     * @param measurement the measurement
     * @return its text
     * @throws IllegalArgumentException if a number cannot be written with these options (see
     *                                  {@link #formatNumber(BigDecimal)})
     */
    public String format(Measurement measurement) {
        return inScript(phrases.measurement(Objects.requireNonNull(measurement, "measurement")));
    }

    /**
     * Writes a quantity: {@code 39.1万起}, {@code 超1.8万人}, {@code 6至8个}.
     *
     * @param quantity the quantity
     * @return its text
     * @throws IllegalArgumentException if a number cannot be written with these options
     */
    public String format(Quantity quantity) {
        return inScript(phrases.quantity(Objects.requireNonNull(quantity, "quantity")));
    }

    /**
     * Writes a change: {@code 同比上升5.7%}, {@code 高于全国平均水平4.6个百分点}, {@code 连续7个月环比下降}.
     *
     * @param change the change
     * @return its text
     * @throws IllegalArgumentException if a number cannot be written with these options
     */
    public String format(Change change) {
        return inScript(phrases.change(Objects.requireNonNull(change, "change")));
    }

    /**
     * Writes a plain number: 391000 gives {@code 39.1万}, {@code 391000} or {@code 三十九万一千}, depending on the
     * options. Rounding is half up ({@code 四舍五入}) on the digits as written.
     *
     * @param value the number
     * @return its text
     * @throws IllegalArgumentException if the value cannot be written with these options: in Chinese numerals a
     *                                  negative value, or a plain one of 10^16 or more; grouped, a value above
     *                                  10^24 or with more than 64 digits after the point
     */
    public String formatNumber(BigDecimal value) {
        return inScript(numbers.write(Objects.requireNonNull(value, "value")));
    }

    /** @return how large numbers are scaled */
    public Magnitudes magnitudes() {
        return magnitudes;
    }

    /** @return which digits numbers are written in */
    public Numerals numerals() {
        return numerals;
    }

    /** @return which characters the text is written in */
    public Script script() {
        return script;
    }

    /** @return the digits kept after the point, or empty where numbers are written exactly */
    public OptionalInt maxFractionDigits() {
        return maxFractionDigits < 0 ? OptionalInt.empty() : OptionalInt.of(maxFractionDigits);
    }

    private String inScript(String simplified) {
        return script == Script.TRADITIONAL ? TraditionalScript.of(simplified) : simplified;
    }

    @Override
    public String toString() {
        return "MeasurementFormatter[" + magnitudes + ", " + numerals + ", " + script
                + (maxFractionDigits < 0 ? "" : ", " + maxFractionDigits + " fraction digits") + "]";
    }

    /** Options for a {@link MeasurementFormatter}. A builder is not thread-safe; the formatter it builds is. */
    public static final class Builder {

        private Magnitudes magnitudes = Magnitudes.GROUPED;
        private Numerals numerals = Numerals.ARABIC;
        private Script script = Script.SIMPLIFIED;
        private int maxFractionDigits = -1;

        private Builder() {
        }

        /**
         * @param magnitudes how large numbers are scaled; {@link Magnitudes#GROUPED} by default
         * @return this builder
         */
        public Builder magnitudes(Magnitudes magnitudes) {
            this.magnitudes = Objects.requireNonNull(magnitudes, "magnitudes");
            return this;
        }

        /**
         * @param numerals which digits numbers are written in; {@link Numerals#ARABIC} by default
         * @return this builder
         */
        public Builder numerals(Numerals numerals) {
            this.numerals = Objects.requireNonNull(numerals, "numerals");
            return this;
        }

        /**
         * @param script which characters the text is written in; {@link Script#SIMPLIFIED} by default
         * @return this builder
         */
        public Builder script(Script script) {
            this.script = Objects.requireNonNull(script, "script");
            return this;
        }

        /**
         * Rounds every number half up to at most this many digits after the point, counted as written (the
         * 1 of {@code 39.1万}). A rounded number reads back as the rounded value, not the original one. By
         * default numbers are written exactly.
         *
         * @param digits digits after the point, 0 to 64
         * @return this builder
         * @throws IllegalArgumentException if {@code digits} is out of that range
         */
        public Builder maxFractionDigits(int digits) {
            if (digits < 0 || digits > 64) {
                throw new IllegalArgumentException("fraction digits must be 0 to 64, not " + digits);
            }
            this.maxFractionDigits = digits;
            return this;
        }

        /**
         * Writes numbers exactly, undoing {@link #maxFractionDigits(int)}.
         *
         * @return this builder
         */
        public Builder exact() {
            this.maxFractionDigits = -1;
            return this;
        }

        /** @return a formatter with these options */
        public MeasurementFormatter build() {
            return new MeasurementFormatter(this);
        }
    }
}
