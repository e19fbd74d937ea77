package io.github.cnstats;

import java.util.List;
import java.util.Objects;

/**
 * Where each part of one {@link Measurement} is written in the original text, as {@link Span}s of the same text
 * as {@link Measurement#span()}: for showing a measurement in its text, part by part (the command line's
 * {@code --format html} marks them). A part the measurement does not have, or whose place cannot be told, is
 * {@code null} (an empty list for the subject): a part is never placed where it was not read.
 *
 * <p>The subject, quantity and change lie inside the measurement's span. The period and the region usually
 * stand before it, at the head of the sentence or clause (<code>今年前三季度,全市…</code>), and are shared by the
 * measurements that follow them; a change phrase that states two changes at once (同比分别上升12.4%和31.7%) is
 * the change part of both.
 *
 * @param subject  where the subject is written: one span, or two when the subject wraps the number
 *                 ({@code 破获2.9万起电诈案件}); empty if the measurement has no subject
 * @param quantity the phrase of the quantity (approximation words, number, unit), or {@code null} if the
 *                 measurement has no quantity
 * @param change   the phrase of the change (basis, direction, amount), or {@code null} if the measurement has no
 *                 change or its phrase cannot be told (a change taken over from another figure)
 * @param period   where its period is written, or {@code null} if the measurement has none
 * @param region   where its region is written, or {@code null} if the measurement has none
 */
public record MeasurementParts(List<Span> subject, Span quantity, Span change, Span period, Span region) {

    /**
     * Makes the parts of a measurement.
     *
     * @param subject  where the subject is written, in text order; empty if there is none
     * @param quantity the quantity's phrase, or {@code null} if there is none
     * @param change   the change's phrase, or {@code null} if there is none or it cannot be told
     * @param period   the period, or {@code null} if there is none
     * @param region   the region, or {@code null} if there is none
     * @throws NullPointerException if {@code subject} or one of its spans is null
     */
    public MeasurementParts {
        subject = List.copyOf(Objects.requireNonNull(subject, "subject"));
    }

    /**
     * @param by how far to move
     * @return these parts moved {@code by} characters further into a longer text
     */
    public MeasurementParts shifted(int by) {
        if (by == 0) {
            return this;
        }
        return new MeasurementParts(subject.stream().map(s -> shift(s, by)).toList(), shift(quantity, by),
                shift(change, by), shift(period, by), shift(region, by));
    }

    private static Span shift(Span span, int by) {
        return span == null ? null : new Span(span.start() + by, span.end() + by);
    }
}
