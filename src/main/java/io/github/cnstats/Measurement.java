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
 * @param quantity the amount, or {@code null} if the measurement is a change only ({@code 立案数同比下降12.6%})
 * @param change   the change, or {@code null} if the text states none
 * @param period   the time it holds for, or {@code null} if the text does not say
 * @param region   the place it holds for ({@code 全国}, {@code 山东}), or {@code null} if the text does not say
 * @param span     where the measurement stands in the original text
 * @param text     the original text of {@code span}
 * @param periodRange    the period resolved to the calendar, both ends inclusive, or {@code null} when it cannot be
 *                       resolved: no period, a relative one without a document date, or a year nothing gives
 *                       (see {@link DocumentContext})
 * @param regionResolved the region by name: a relative one ({@code 全省}, {@code 本港}, {@code 全国}) resolved
 *                       through the document's region, a named one ({@code 山东}) as written; {@code null} when
 *                       there is no region or a relative one cannot be resolved
 * @param baseline       the figure the change implies for what the quantity is compared with, or {@code null}
 *                       (see {@link Baseline})
 */
public record Measurement(String subject, Quantity quantity, Change change, Period period, Region region,
                          Span span, String text, DateRange periodRange, String regionResolved, Baseline baseline) {

    /**
     * Makes a measurement with nothing resolved: no period range, resolved region or baseline.
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
    public Measurement(String subject, Quantity quantity, Change change, Period period, Region region,
                       Span span, String text) {
        this(subject, quantity, change, period, region, span, text, null, null, null);
    }

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
     * @param periodRange    the period resolved to the calendar, or {@code null}
     * @param regionResolved the region by name, or {@code null}
     * @param baseline       the figure the change implies for the compared period, or {@code null}
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

    /**
     * @param periodRange    the period resolved to the calendar, or {@code null}
     * @param regionResolved the region by name, or {@code null}
     * @param baseline       the implied baseline, or {@code null}
     * @return a copy of this measurement with these resolved
     */
    public Measurement withResolved(DateRange periodRange, String regionResolved, Baseline baseline) {
        return new Measurement(subject, quantity, change, period, region, span, text, periodRange, regionResolved,
                baseline);
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
