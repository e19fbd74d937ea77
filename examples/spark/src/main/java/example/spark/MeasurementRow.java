package example.spark;

import io.github.cnstats.Change;
import io.github.cnstats.Measurement;
import io.github.cnstats.Quantity;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One measurement as a flat row, for {@link Encoders#bean(Class)}: the fields of the command line's JSON Lines
 * output (docs/OUTPUT.md), with the quantity and the change spread into columns. A field the text does not give
 * is {@code null}, as in the library.
 *
 * <p>Numbers ({@code value}, {@code high}, {@code amount}) are strings in plain decimal form ({@code "320000000"},
 * {@code "4.5"}), exactly the library's {@code BigDecimal}. A {@code decimal(38,4)} column would round a value with
 * more than four decimals ({@code 0.00005} becomes {@code 0.0001}) and cannot hold one of 35 digits or more, which
 * the parser reads (numerals up to 64 characters, magnitudes up to 10^24); a wrong number is worse than a string.
 * To aggregate, cast where the values are known to fit: {@code CAST(value AS DECIMAL(38,4))} (Spark rounds
 * further decimals, and gives null for a value too large unless ANSI mode is on).
 *
 * <p>Spark orders a bean's columns by name; {@link #COLUMNS} is the order to select for output.
 */
public class MeasurementRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The columns in output order, from the document to the region. */
    public static final List<String> COLUMNS = List.of("doc", "start", "end", "text", "subject", "value", "high",
            "unit", "unitKind", "approx", "basis", "direction", "amount", "amountUnit", "reference", "period", "periodKind",
            "region");

    /** The encoder of this bean; with it, {@code Dataset<MeasurementRow>} is typed. */
    public static final Encoder<MeasurementRow> ENCODER = Encoders.bean(MeasurementRow.class);

    private String doc;
    private int start;
    private int end;
    private String text;
    private String subject;
    private String value;
    private String high;
    private String unit;
    private String unitKind;
    private String approx;
    private String basis;
    private String direction;
    private String amount;
    private String amountUnit;
    private String reference;
    private String period;
    private String periodKind;
    private String region;

    /** An empty row, for the encoder. */
    public MeasurementRow() {
    }

    /**
     * @param doc the document the measurement was found in (its path)
     * @param m   the measurement
     * @return the row of {@code m}
     */
    public static MeasurementRow of(String doc, Measurement m) {
        MeasurementRow row = new MeasurementRow();
        row.doc = doc;
        row.start = m.span().start();
        row.end = m.span().end();
        row.text = m.text();
        row.subject = m.subject();
        Quantity q = m.quantity();
        if (q != null) {
            row.value = plain(q.value());
            row.high = plain(q.high());
            if (q.unit() != null) {
                row.unit = q.unit().text();
                row.unitKind = q.unit().kind().name();
            }
            row.approx = q.approx().name();
        }
        Change c = m.change();
        if (c != null) {
            row.basis = c.basis().name();
            row.direction = c.direction().name();
            row.amount = plain(c.amount());
            row.amountUnit = c.amountUnit() == null ? null : c.amountUnit().text();
            row.reference = c.reference();
        }
        if (m.period() != null) {
            row.period = m.period().text();
            row.periodKind = m.period().kind().name();
        }
        row.region = m.region() == null ? null : m.region().text();
        return row;
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    /** @return the document the measurement was found in */
    public String getDoc() {
        return doc;
    }

    /** @param doc the document */
    public void setDoc(String doc) {
        this.doc = doc;
    }

    /** @return where the measurement starts in the document, in UTF-16 units */
    public int getStart() {
        return start;
    }

    /** @param start the start */
    public void setStart(int start) {
        this.start = start;
    }

    /** @return where the measurement ends in the document, exclusive */
    public int getEnd() {
        return end;
    }

    /** @param end the end */
    public void setEnd(int end) {
        this.end = end;
    }

    /** @return the measurement as written */
    public String getText() {
        return text;
    }

    /** @param text the text */
    public void setText(String text) {
        this.text = text;
    }

    /** @return what was counted, or null */
    public String getSubject() {
        return subject;
    }

    /** @param subject the subject */
    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** @return the quantity's value (the low end of a range), or null without a quantity */
    public String getValue() {
        return value;
    }

    /** @param value the value */
    public void setValue(String value) {
        this.value = value;
    }

    /** @return the high end of a range, or null */
    public String getHigh() {
        return high;
    }

    /** @param high the high end */
    public void setHigh(String high) {
        this.high = high;
    }

    /** @return the quantity's unit after magnitudes are applied ({@code 元} for 3.2亿元), or null */
    public String getUnit() {
        return unit;
    }

    /** @param unit the unit */
    public void setUnit(String unit) {
        this.unit = unit;
    }

    /** @return the kind of the unit ({@code MONEY}, {@code PERSONS}, {@code PERCENT}...), or null */
    public String getUnitKind() {
        return unitKind;
    }

    /** @param unitKind the unit's kind */
    public void setUnitKind(String unitKind) {
        this.unitKind = unitKind;
    }

    /** @return the approximation ({@code EXACT}, {@code ABOUT}, {@code MORE_THAN}...), or null without a quantity */
    public String getApprox() {
        return approx;
    }

    /** @param approx the approximation */
    public void setApprox(String approx) {
        this.approx = approx;
    }

    /** @return the change's basis ({@code YEAR_ON_YEAR}...), or null without a change */
    public String getBasis() {
        return basis;
    }

    /** @param basis the basis */
    public void setBasis(String basis) {
        this.basis = basis;
    }

    /** @return the change's direction ({@code UP}, {@code DOWN}, {@code FLAT}), or null without a change */
    public String getDirection() {
        return direction;
    }

    /** @param direction the direction */
    public void setDirection(String direction) {
        this.direction = direction;
    }

    /** @return the change's amount, or null */
    public String getAmount() {
        return amount;
    }

    /** @param amount the amount */
    public void setAmount(String amount) {
        this.amount = amount;
    }

    /** @return the unit of the change's amount ({@code %}, {@code 个百分点}, {@code 倍}...), or null */
    public String getAmountUnit() {
        return amountUnit;
    }

    /** @param amountUnit the amount's unit */
    public void setAmountUnit(String amountUnit) {
        this.amountUnit = amountUnit;
    }

    /** @return what the change is measured against when the text names it, or null */
    public String getReference() {
        return reference;
    }

    /** @param reference the reference */
    public void setReference(String reference) {
        this.reference = reference;
    }

    /** @return the period as written, or null */
    public String getPeriod() {
        return period;
    }

    /** @param period the period */
    public void setPeriod(String period) {
        this.period = period;
    }

    /** @return the period's kind ({@code YEAR}, {@code MONTHS}, {@code UP_TO}...), or null */
    public String getPeriodKind() {
        return periodKind;
    }

    /** @param periodKind the period's kind */
    public void setPeriodKind(String periodKind) {
        this.periodKind = periodKind;
    }

    /** @return the region as written, or null */
    public String getRegion() {
        return region;
    }

    /** @param region the region */
    public void setRegion(String region) {
        this.region = region;
    }
}
