/**
 * Reads the statistics in Chinese official text and returns them as typed {@link io.github.cnstats.Measurement}s.
 *
 * <p>{@link io.github.cnstats.Cnstats#parser()} gives the parser, and {@link io.github.cnstats.Cnstats#parserBuilder()}
 * one that also reads units and counters of one's own; everything they return is an immutable record
 * or an enum of this package. A measurement has a {@link io.github.cnstats.Quantity} (an exact
 * {@link java.math.BigDecimal} value or range, a {@link io.github.cnstats.Unit} with its
 * {@link io.github.cnstats.UnitKind}, and an {@link io.github.cnstats.Approximation}), a
 * {@link io.github.cnstats.Change} (basis, direction, amount), the subject that was counted, a
 * {@link io.github.cnstats.Period}, a {@link io.github.cnstats.Region}, and a {@link io.github.cnstats.Span} into
 * the text exactly as it was given, before any normalisation.
 *
 * <h2>Example</h2>
 *
 * <p>A complete program (it is {@code examples/consumer} in the source repository, built and run by its CI):
 *
 * <pre>{@code
 * import io.github.cnstats.Change;
 * import io.github.cnstats.Cnstats;
 * import io.github.cnstats.Measurement;
 * import io.github.cnstats.Quantity;
 *
 * public final class PrintMeasurements {
 *     public static void main(String[] args) {
 *         String text = args.length > 0 ? String.join(" ", args) : "今年前三季度,全市共受理消费者投诉2.4万件,同比下降6.2%";
 *         for (Measurement m : Cnstats.parser().parse(text)) {
 *             StringBuilder line = new StringBuilder("subject=").append(m.subject());
 *             if (m.hasQuantity()) {
 *                 Quantity q = m.quantity();
 *                 line.append(" quantity=").append(q.value().toPlainString())
 *                         .append(q.unit() == null ? "" : q.unit().text())
 *                         .append(" approx=").append(q.approx());
 *             }
 *             if (m.hasChange()) {
 *                 Change c = m.change();
 *                 line.append(" change=").append(c.basis()).append(',').append(c.direction());
 *                 if (c.hasAmount()) {
 *                     line.append(',').append(c.amount().toPlainString()).append(c.amountUnit().text());
 *                 }
 *             }
 *             line.append(" region=").append(m.region() == null ? null : m.region().text())
 *                     .append(" span=").append(m.span().start()).append('-').append(m.span().end());
 *             System.out.println(line);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>It prints:
 *
 * <pre>
 * subject=受理消费者投诉 quantity=24000件 approx=EXACT change=YEAR_ON_YEAR,DOWN,6.2% region=全市 span=10-31
 * </pre>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The parser is thread-safe and reusable, never throws on any string (a {@code null} argument gets a
 *       {@link java.lang.NullPointerException}) and never prints.</li>
 *   <li>For a measurement {@code m} found in {@code text},
 *       {@code text.substring(m.span().start(), m.span().end())} equals {@code m.text()}.</li>
 *   <li>Quantities compare by numeric value: {@code 1.5万人} equals {@code 15000人}.</li>
 * </ul>
 *
 * <h2>Absent values</h2>
 *
 * <p>One rule holds for the whole API. A record component that the text may not give is {@code null} when it
 * is absent, and its documentation says so in the same words, "or {@code null} if …". These are all of them:
 * the subject, quantity, change, period and region of a {@link io.github.cnstats.Measurement}, and what the
 * document context resolves for it (its period range, resolved region and baseline); the high end and
 * the unit of a {@link io.github.cnstats.Quantity}; the amount with its unit, the reference and the streak of a
 * {@link io.github.cnstats.Change}; the unit and rounding of a {@link io.github.cnstats.Baseline}; the places of
 * the quantity, change, period and region in {@link io.github.cnstats.MeasurementParts}. Nothing else is ever
 * null: every other component is always there (its
 * constructor throws {@link java.lang.NullPointerException} on a null), a collection is empty rather than null,
 * and a method that computes a value that may not exist returns an {@link java.util.Optional} or
 * {@link java.util.OptionalInt} ({@link io.github.cnstats.Change#signedRatio()},
 * {@link io.github.cnstats.MeasurementFormatter#maxFractionDigits()}).
 *
 * <p>Why {@code null}, not {@code Optional}, for components: a record's accessor returns its component's own
 * type, so {@code Optional} accessors would mean {@code Optional} components, that is {@code Optional} fields and
 * {@code Optional} constructor parameters, which {@code Optional} was not made for (it is a return type), and
 * every construction, {@code equals} and record pattern would wrap and unwrap. Kept plain, the records stay
 * transparent: an accessor gives back exactly what the constructor was given, and record patterns match plain
 * values. The common questions have methods of their own ({@link io.github.cnstats.Measurement#hasQuantity()},
 * {@link io.github.cnstats.Measurement#hasChange()}, {@link io.github.cnstats.Change#hasAmount()},
 * {@link io.github.cnstats.Quantity#isRange()}). A computed result has no component to keep transparent, so
 * there {@code Optional} says in the type that it may be empty.
 *
 * <h2>Packaging</h2>
 *
 * <p>The jar is the module {@code io.github.cnstats}, which exports this package only and requires
 * {@code com.ibm.icu}. The packages {@code io.github.cnstats.internal.*} are not exported: some of their classes
 * are public only so that the library's own packages can reach them, and they may change in any release. ICU4J is its one dependency: the ANTLR runtime it parses with is relocated inside the jar,
 * so an application may carry any other ANTLR version.
 */
package io.github.cnstats;
