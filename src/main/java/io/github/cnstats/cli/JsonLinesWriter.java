package io.github.cnstats.cli;

import io.github.cnstats.Baseline;
import io.github.cnstats.Change;
import io.github.cnstats.DateRange;
import io.github.cnstats.Measurement;
import io.github.cnstats.Quantity;
import io.github.cnstats.Unit;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes measurements as JSON Lines, one object a line, as the section "JSON Lines output of the command line"
 * of the measurement spec lays down:
 *
 * <pre>{@code
 * {"doc":…,"line":…,"start":…,"end":…,"text":…,"subject":…,
 *  "quantity":{"value":…,"high":…,"unit":…,"approx":…},
 *  "change":{"basis":…,"direction":…,"amount":…,"amountUnit":…,"reference":…[,"streak":{"count":…,"unit":…}]},
 *  "period":…,"region":…,"periodKind":…}
 * }</pre>
 *
 * Numbers of the measurement are strings in plain decimal form ({@link BigDecimal#toPlainString()} of the
 * values, which the records store without trailing zeros); offsets and line numbers are JSON numbers; anything
 * absent is {@code null}. {@code streak} and {@code periodKind} are extra fields that the spec allows.
 */
final class JsonLinesWriter implements MeasurementWriter {

    private final Writer out;

    /** @param out where the lines go; it decides the encoding, which should be UTF-8 */
    JsonLinesWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void beginDocument(String doc) {
        // Each line names its document: nothing to write here.
    }

    @Override
    public void write(LocatedMeasurement measurement) throws IOException {
        out.write(format(measurement));
        out.write('\n');
    }

    @Override
    public void endDocument() {
        // Nothing is held back.
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * @param located a measurement in its document
     * @return its JSON object, without a line end
     */
    static String format(LocatedMeasurement located) {
        Measurement m = located.measurement();
        JsonBuilder json = new JsonBuilder().beginObject()
                .member("doc", located.doc())
                .member("line", located.line())
                .member("start", located.start())
                .member("end", located.end())
                .member("text", located.text())
                .member("subject", m.subject());
        Quantity quantity = m.quantity();
        if (quantity == null) {
            json.nullMember("quantity");
        } else {
            json.name("quantity").beginObject()
                    .member("value", plain(quantity.value()))
                    .member("high", plain(quantity.high()))
                    .member("unit", unitText(quantity.unit()))
                    .member("approx", quantity.approx().name())
                    .endObject();
        }
        Change change = m.change();
        if (change == null) {
            json.nullMember("change");
        } else {
            json.name("change").beginObject()
                    .member("basis", change.basis().name())
                    .member("direction", change.direction().name())
                    .member("amount", plain(change.amount()))
                    .member("amountUnit", unitText(change.amountUnit()))
                    .member("reference", change.reference());
            if (change.streak() != null) {
                json.name("streak").beginObject()
                        .member("count", change.streak().count())
                        .member("unit", change.streak().unit().text())
                        .endObject();
            }
            json.endObject();
        }
        json.member("period", m.period() == null ? null : m.period().text())
                .member("region", m.region() == null ? null : m.region().text())
                .member("periodKind", m.period() == null ? null : m.period().kind().name());
        resolved(json, m);
        return json.endObject().toString();
    }

    /** The fields the document context resolves: {@code periodRange}, {@code regionResolved}, {@code baseline}. */
    private static void resolved(JsonBuilder json, Measurement m) {
        DateRange range = m.periodRange();
        if (range == null) {
            json.nullMember("periodRange");
        } else {
            json.name("periodRange").beginObject()
                    .member("from", range.from().toString())
                    .member("to", range.to().toString())
                    .endObject();
        }
        json.member("regionResolved", m.regionResolved());
        Baseline b = m.baseline();
        if (b == null) {
            json.nullMember("baseline");
        } else {
            json.name("baseline").beginObject()
                    .member("value", plain(b.value()))
                    .member("unit", unitText(b.unit()))
                    .member("approx", b.approx().name())
                    .member("derived", b.derived().name());
            if (b.roundedTo() == null) {
                json.nullMember("roundedTo");
            } else {
                json.member("roundedTo", b.roundedTo());
            }
            json.endObject();
        }
    }

    /** A value as the records keep it, without trailing zeros, so its plain string is the spec's normal form. */
    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private static String unitText(Unit unit) {
        return unit == null ? null : unit.text();
    }
}
