package io.github.cnstats;

import java.util.Objects;

/**
 * A statistic stated in text: a quantity, a change, or both, bound to what was counted, when and where.
 *
 * <p>Contract: for a measurement found in {@code input}, {@code input.substring(span().start(), span().end())}
 * equals {@link #text()}: the measurement as written, before any normalisation. At least one of
 * {@link #quantity()} and {@link #change()} is present.
 *
 * @param subject  what was counted, as written ({@code 破获电信网络诈骗案件}), or {@code null} if the text does
 *                 not say
 * @param quantity the amount, or {@code null} if the measurement is a change only ({@code 立案数同比下降17.3%})
 * @param change   the change, or {@code null} if the text states none
 * @param period   the time it holds for, or {@code null} if the text does not say
 * @param region   the place it holds for ({@code 全国}, {@code 山东}), or {@code null} if the text does not say
 * @param span     where the measurement stands in the original text
 * @param text     the original text of {@code span}
 */
public record Measurement(String subject, Quantity quantity, Change change, Period period, Region region,
                          Span span, String text) {

    /**
     * Makes a measurement, checking that it states something and that its text fits its span.
     *
     * @param subject  what was counted, as written, or {@code null} if the text does not say
     * @param quantity the amount, or {@code null} if the measurement is a change only
     * @param change   the change, or {@code null} if the text states none
     * @param period   the time it holds for, or {@code null} if the text does not say
     * @param region   the place it holds for, or {@code null} if the text does not say
     * @param span     where the measurement stands in the original text
     * @param text     the original text of {@code span}
     * @throws IllegalArgumentException if neither a quantity nor a change is given, or {@code text} does not
     *                                  have the span's length
     * @throws NullPointerException     if {@code span} or {@code text} is null
     */
    public Measurement {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (quantity == null && change == null) {
            throw new IllegalArgumentException("a measurement needs a quantity or a change");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text length " + text.length() + " differs from span " + span);
        }
    }

    /** @return whether this measurement has a quantity */
    public boolean hasQuantity() {
        return quantity != null;
    }

    /** @return whether this measurement has a change */
    public boolean hasChange() {
        return change != null;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(subject == null ? "?" : subject);
        if (quantity != null) {
            out.append(" | ").append(quantity);
        }
        if (change != null) {
            out.append(" | ").append(change);
        }
        if (period != null) {
            out.append(" | ").append(period.text());
        }
        if (region != null) {
            out.append(" @ ").append(region);
        }
        return out.append(" [").append(span.start()).append(',').append(span.end()).append(')').toString();
    }
}
