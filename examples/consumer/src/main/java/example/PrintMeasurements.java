package example;

import io.github.cnstats.Change;
import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.Quantity;

/**
 * Prints each measurement that cnstats finds in its arguments, or in an example sentence when there are none.
 * The package documentation of {@code io.github.cnstats} shows this class as its example.
 */
public final class PrintMeasurements {

    private PrintMeasurements() {
    }

    /**
     * @param args the text to read, joined by spaces; none for the example sentence
     */
    public static void main(String[] args) {
        String text = args.length > 0 ? String.join(" ", args) : "今年前三季度,全市共受理消费者投诉2.4万件,同比下降6.2%";
        for (Measurement m : Cnstats.parser().parse(text)) {
            StringBuilder line = new StringBuilder("subject=").append(m.subject());
            if (m.hasQuantity()) {
                Quantity q = m.quantity();
                line.append(" quantity=").append(q.value().toPlainString())
                        .append(q.unit() == null ? "" : q.unit().text())
                        .append(" approx=").append(q.approx());
            }
            if (m.hasChange()) {
                Change c = m.change();
                line.append(" change=").append(c.basis()).append(',').append(c.direction());
                if (c.hasAmount()) {
                    line.append(',').append(c.amount().toPlainString()).append(c.amountUnit().text());
                }
            }
            line.append(" region=").append(m.region() == null ? null : m.region().text())
                    .append(" span=").append(m.span().start()).append('-').append(m.span().end());
            System.out.println(line);
        }
    }
}
