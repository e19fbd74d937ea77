/**
 * Reads the statistics in Chinese official text and returns them as typed {@link io.github.cnstats.Measurement}s.
 *
 * <p>{@link io.github.cnstats.Cnstats#parser()} gives the parser, and {@link io.github.cnstats.Cnstats#parserBuilder()}
 * one that also reads units and counters of one's own; everything they return is an immutable record
 * or an enum of this package. A measurement has a {@link io.github.cnstats.Quantity} (an exact
 * {@link java.math.BigDecimal} value or range, a {@link io.github.cnstats.Unit} with its
 * {@link io.github.cnstats.UnitKind}, and an {@link io.github.cnstats.Approximation}), a
 * {@link io.github.cnstats.Change} (basis, direction, amount), the subject that was counted, a
 * {@link io.github.cnstats.Period}, a region, and a {@link io.github.cnstats.Span} into the text exactly as it
 * was given, before any normalisation.
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
 *         String text = args.length > 0 ? String.join(" ", args) : "全国共破获电信网络诈骗案件39.1万起,同比上升5.7%";
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
 *             line.append(" region=").append(m.region())
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
 * subject=破获电信网络诈骗案件 quantity=391000起 approx=EXACT change=YEAR_ON_YEAR,UP,5.7% region=全国 span=3-28
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
 * <h2>Packaging</h2>
 *
 * <p>The jar is the module {@code io.github.cnstats}, which exports this package only and requires
 * {@code com.ibm.icu}. ICU4J is its one dependency: the ANTLR runtime it parses with is relocated inside the jar,
 * so an application may carry any other ANTLR version.
 */
package io.github.cnstats;
