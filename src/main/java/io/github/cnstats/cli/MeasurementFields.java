package io.github.cnstats.cli;

import io.github.cnstats.Baseline;
import io.github.cnstats.Change;
import io.github.cnstats.MeasurementFormatter;
import io.github.cnstats.Quantity;
import io.github.cnstats.Unit;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fields of a measurement row, in their order: the one list that JSON Lines, CSV and the table are written
 * from. A field added here appears in every format: as a member of its object in JSON, as a column named by its
 * path ({@code quantity_value}) in CSV, and, if it has a table width, as a table column.
 *
 * <p>Fields are grouped as JSON nests them: {@link #QUANTITY}, {@link #CHANGE} and, inside it, {@link #STREAK};
 * {@link #PERIOD_RANGE} and {@link #BASELINE}.
 * A group that is absent is written as {@code null} in JSON, or left out if it is {@link Group#omittedWhenAbsent()
 * omitted when absent} (the streak); in CSV its columns are empty. In the table a group is one column, written
 * as people write it ({@code 39.1万起}, {@code 同比上升5.7%}) by the library's {@link MeasurementFormatter}.
 */
final class MeasurementFields {

    /** What a field's value is. */
    enum Kind {
        /** A string, or null. */
        STRING,
        /** A whole number ({@link Long}), or null. */
        NUMBER
    }

    /**
     * A group of fields, an object in JSON.
     *
     * @param name              the member's name in its parent object; null for the row itself
     * @param parent            the group it stands in; null for the row itself
     * @param present           whether the group has a value in a row
     * @param omittedWhenAbsent whether an absent group is left out of JSON rather than written as null
     * @param tableWidth        the columns of the group's table cell; 0 for none
     * @param tableCell         the group's table cell, as people write it; only called when present
     */
    record Group(String name, Group parent, Predicate<LocatedMeasurement> present, boolean omittedWhenAbsent,
                 int tableWidth, Function<LocatedMeasurement, String> tableCell) {

        /** @return whether this group is {@code other} or stands inside it */
        boolean within(Group other) {
            for (Group g = this; g != null; g = g.parent) {
                if (g == other) {
                    return true;
                }
            }
            return false;
        }

        /** @return the name of a CSV column of this group's field {@code field} */
        String column(String field) {
            return parent == null ? field : parent.column(name) + "_" + field;
        }

        /** @return the group directly inside {@code outer} that holds this one, or this one */
        Group childOf(Group outer) {
            Group g = this;
            while (g.parent != outer) {
                g = g.parent;
            }
            return g;
        }
    }

    /**
     * A field.
     *
     * @param group      the group it stands in
     * @param name       its name in JSON
     * @param kind       what its value is
     * @param value      its value in a row (its group present)
     * @param tableWidth the columns of its table cell, for a field of the row itself; 0 for none
     */
    record Field(Group group, String name, Kind kind, Function<LocatedMeasurement, Object> value, int tableWidth) {

        /** @return its name in CSV: the names of its groups and its own, joined by {@code _} */
        String column() {
            return group.column(name);
        }
    }

    /** A column of the table: a field of the row, or a whole group in one cell. */
    record TableColumn(String header, int width, boolean rightAligned, Function<LocatedMeasurement, String> cell) {
    }

    private static final MeasurementFormatter FORMATTER = MeasurementFormatter.standard();

    /** The row itself. */
    static final Group ROW = new Group(null, null, m -> true, false, 0, m -> null);
    /** {@code quantity}. */
    static final Group QUANTITY = new Group("quantity", ROW, m -> m.measurement().quantity() != null, false, 14,
            m -> quantityText(m.measurement().quantity()));
    /** {@code change}. */
    static final Group CHANGE = new Group("change", ROW, m -> m.measurement().change() != null, false, 20,
            m -> changeText(m.measurement().change()));
    /** {@code change.streak}, left out of JSON when there is none. */
    static final Group STREAK = new Group("streak", CHANGE, m -> m.measurement().change().streak() != null, true,
            0, m -> null);

    /** {@code periodRange}: the period as a range of dates, where the document context resolves it. */
    static final Group PERIOD_RANGE = new Group("periodRange", ROW, m -> m.measurement().periodRange() != null,
            false, 21, m -> m.measurement().periodRange().from() + "~" + m.measurement().periodRange().to());
    /** {@code baseline}: the figure the quantity and its change imply for the period compared with. */
    static final Group BASELINE = new Group("baseline", ROW, m -> m.measurement().baseline() != null, false, 14,
            m -> baselineText(m.measurement().baseline()));

    /** Every field, in the order of the JSON object and of the CSV columns. */
    static final List<Field> FIELDS = List.of(
            new Field(ROW, "doc", Kind.STRING, LocatedMeasurement::doc, 0),
            new Field(ROW, "line", Kind.NUMBER, LocatedMeasurement::line, 6),
            new Field(ROW, "start", Kind.NUMBER, LocatedMeasurement::start, 0),
            new Field(ROW, "end", Kind.NUMBER, LocatedMeasurement::end, 0),
            new Field(ROW, "text", Kind.STRING, LocatedMeasurement::text, 24),
            new Field(ROW, "subject", Kind.STRING, m -> m.measurement().subject(), 16),
            new Field(QUANTITY, "value", Kind.STRING, m -> plain(quantity(m).value()), 0),
            new Field(QUANTITY, "high", Kind.STRING, m -> plain(quantity(m).high()), 0),
            new Field(QUANTITY, "unit", Kind.STRING, m -> unitText(quantity(m).unit()), 0),
            new Field(QUANTITY, "approx", Kind.STRING, m -> quantity(m).approx().name(), 0),
            new Field(CHANGE, "basis", Kind.STRING, m -> change(m).basis().name(), 0),
            new Field(CHANGE, "direction", Kind.STRING, m -> change(m).direction().name(), 0),
            new Field(CHANGE, "amount", Kind.STRING, m -> plain(change(m).amount()), 0),
            new Field(CHANGE, "amountUnit", Kind.STRING, m -> unitText(change(m).amountUnit()), 0),
            new Field(CHANGE, "reference", Kind.STRING, m -> change(m).reference(), 0),
            new Field(STREAK, "count", Kind.NUMBER, m -> (long) change(m).streak().count(), 0),
            new Field(STREAK, "unit", Kind.STRING, m -> change(m).streak().unit().text(), 0),
            new Field(ROW, "period", Kind.STRING,
                    m -> m.measurement().period() == null ? null : m.measurement().period().text(), 14),
            new Field(ROW, "region", Kind.STRING,
                    m -> m.measurement().region() == null ? null : m.measurement().region().text(), 8),
            new Field(ROW, "periodKind", Kind.STRING,
                    m -> m.measurement().period() == null ? null : m.measurement().period().kind().name(), 0),
            new Field(PERIOD_RANGE, "from", Kind.STRING, m -> m.measurement().periodRange().from().toString(), 0),
            new Field(PERIOD_RANGE, "to", Kind.STRING, m -> m.measurement().periodRange().to().toString(), 0),
            new Field(ROW, "regionResolved", Kind.STRING, m -> m.measurement().regionResolved(), 14),
            new Field(BASELINE, "value", Kind.STRING, m -> plain(baseline(m).value()), 0),
            new Field(BASELINE, "unit", Kind.STRING, m -> unitText(baseline(m).unit()), 0),
            new Field(BASELINE, "approx", Kind.STRING, m -> baseline(m).approx().name(), 0),
            new Field(BASELINE, "derived", Kind.STRING, m -> baseline(m).derived().name(), 0),
            new Field(BASELINE, "roundedTo", Kind.NUMBER,
                    m -> baseline(m).roundedTo() == null ? null : (long) baseline(m).roundedTo(), 0));

    private MeasurementFields() {
    }

    /** @return the CSV header: every field's column name, in order */
    static List<String> columns() {
        return FIELDS.stream().map(Field::column).toList();
    }

    /**
     * @param row a measurement in its document
     * @return every field's value in order, null where the field or its group is absent
     */
    static List<Object> values(LocatedMeasurement row) {
        List<Object> values = new ArrayList<>(FIELDS.size());
        for (Field field : FIELDS) {
            values.add(present(field.group(), row) ? field.value().apply(row) : null);
        }
        return values;
    }

    /** Whether a group and every group it stands in are present, asked from the outside in. */
    private static boolean present(Group group, LocatedMeasurement row) {
        return group.parent() == null || present(group.parent(), row) && group.present().test(row);
    }

    /** @return the table's columns: the row's fields with a width, and each group with a width as one column */
    static List<TableColumn> tableColumns() {
        List<TableColumn> columns = new ArrayList<>();
        Group last = null;
        for (Field field : FIELDS) {
            if (field.group() == ROW) {
                if (field.tableWidth() > 0) {
                    Function<LocatedMeasurement, Object> value = field.value();
                    columns.add(new TableColumn(field.name(), field.tableWidth(), field.kind() == Kind.NUMBER,
                            m -> Objects.toString(value.apply(m), null)));
                }
                last = null;
            } else {
                Group group = field.group().childOf(ROW);
                if (group != last && group.tableWidth() > 0) {
                    columns.add(new TableColumn(group.name(), group.tableWidth(), false,
                            m -> group.present().test(m) ? group.tableCell().apply(m) : null));
                }
                last = group;
            }
        }
        return columns;
    }

    /** Receives a row's fields in order, as nested objects: what a JSON writer needs. */
    interface ObjectVisitor<E extends Exception> {
        /** A group starts. */
        void beginGroup(String name) throws E;

        /** An absent group that is written as null. */
        void nullGroup(String name) throws E;

        /** A group ends. */
        void endGroup() throws E;

        /** A field of the current group. */
        void field(Field field, Object value) throws E;
    }

    /**
     * Walks a row's fields in order, opening and closing groups as they nest.
     *
     * @param row     the measurement in its document
     * @param visitor receives the fields
     * @param <E>     what the visitor may throw
     * @throws E if the visitor does
     */
    static <E extends Exception> void visit(LocatedMeasurement row, ObjectVisitor<E> visitor) throws E {
        Deque<Group> open = new ArrayDeque<>();
        open.push(ROW);
        Group skipped = null;
        for (Field field : FIELDS) {
            Group group = field.group();
            while (!group.within(open.peek())) {
                open.pop();
                visitor.endGroup();
            }
            if (skipped != null && group.within(skipped)) {
                continue;
            }
            skipped = null;
            while (open.peek() != group) {
                Group next = group.childOf(open.peek());
                if (!next.present().test(row)) {
                    if (!next.omittedWhenAbsent()) {
                        visitor.nullGroup(next.name());
                    }
                    skipped = next;
                    break;
                }
                visitor.beginGroup(next.name());
                open.push(next);
            }
            if (skipped == null) {
                visitor.field(field, field.value().apply(row));
            }
        }
        while (open.peek() != ROW) {
            open.pop();
            visitor.endGroup();
        }
    }

    private static Quantity quantity(LocatedMeasurement m) {
        return m.measurement().quantity();
    }

    private static Baseline baseline(LocatedMeasurement m) {
        return m.measurement().baseline();
    }

    private static Change change(LocatedMeasurement m) {
        return m.measurement().change();
    }

    /** A value as the records keep it, without trailing zeros, so its plain string is the spec's normal form. */
    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private static String unitText(Unit unit) {
        return unit == null ? null : unit.text();
    }

    /** {@code 39.1万起}, {@code 约6至8个}: as the formatter writes it, or the plain number if it cannot. */
    static String quantityText(Quantity q) {
        try {
            return FORMATTER.format(q);
        } catch (IllegalArgumentException e) {
            StringBuilder out = new StringBuilder(q.approx().word()).append(q.value().toPlainString());
            if (q.high() != null) {
                out.append('~').append(q.high().toPlainString());
            }
            return q.unit() == null ? out.toString() : out.append(q.unit().text()).toString();
        }
    }

    /** {@code 约369915起}: the implied figure as people write it, with its approximation, and how it was derived. */
    static String baselineText(Baseline b) {
        String unit = b.unit() == null ? "" : b.unit().text();
        return b.approx().word() + b.value().toPlainString() + unit;
    }

    /** {@code 同比上升5.7%}, {@code 连续7个月环比下降}: as the formatter writes it, or plainly if it cannot. */
    static String changeText(Change ch) {
        try {
            return FORMATTER.format(ch);
        } catch (IllegalArgumentException e) {
            String amount = ch.amount() == null ? "" : ch.amount().toPlainString() + ch.amountUnit().text();
            return ch.basis() + " " + ch.direction() + " " + amount;
        }
    }
}
