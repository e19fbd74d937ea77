package io.github.cnstats.cli;

import io.github.cnstats.Approximation;
import io.github.cnstats.Baseline;
import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.DateRange;
import io.github.cnstats.Direction;
import io.github.cnstats.Measurement;
import io.github.cnstats.Period;
import io.github.cnstats.Quantity;
import io.github.cnstats.Region;
import io.github.cnstats.Span;
import io.github.cnstats.Streak;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one field model: JSON Lines, CSV and the table show the same fields, in the same order. */
class MeasurementFieldsTest {

    private static final String TEXT = "办理案件约1.2万件，同比下降3个百分点";

    private static LocatedMeasurement full() {
        Measurement m = new Measurement("办理案件",
                new Quantity(new BigDecimal(12000), null, new Unit("件", UnitKind.CASES), Approximation.ABOUT),
                new Change(ChangeBasis.YEAR_ON_YEAR, Direction.DOWN, new BigDecimal(3), Unit.PERCENTAGE_POINT, null,
                        new Streak(2, new Unit("年", UnitKind.TIME))),
                new Period("2024年", Period.Kind.YEAR), new Region("本市"), new Span(0, TEXT.length()), TEXT)
                .withResolved(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), "上海市",
                        new Baseline(new BigDecimal(12400), new Unit("件", UnitKind.CASES), Approximation.ABOUT,
                                Baseline.Derivation.RATIO, 100));
        return new LocatedMeasurement("x", 1, 0, TEXT.length(), TEXT, m);
    }

    /** The paths of a JSON object's members, nested names joined by {@code _}, in order. */
    private static List<String> jsonPaths(String json) {
        List<String> paths = new ArrayList<>();
        List<String> stack = new ArrayList<>();
        Matcher member = Pattern.compile("\"(\\w+)\":(\\{)?|(\\})").matcher(json.substring(1));
        while (member.find()) {
            if (member.group(3) != null) {
                if (!stack.isEmpty()) {
                    stack.remove(stack.size() - 1);
                }
            } else if (member.group(2) != null) {
                stack.add(member.group(1));
            } else {
                stack.add(member.group(1));
                paths.add(String.join("_", stack));
                stack.remove(stack.size() - 1);
            }
        }
        return paths;
    }

    @Test
    void csvColumnsAreTheJsonMembersFlattenedInTheirOrder() {
        String json = JsonLinesWriter.format(full());
        assertEquals(MeasurementFields.columns(), jsonPaths(json));
    }

    @Test
    void valuesAreThoseOfJson() {
        List<Object> values = MeasurementFields.values(full());
        assertEquals(MeasurementFields.FIELDS.size(), values.size());
        assertEquals(Arrays.asList("x", 1L, 0L, (long) TEXT.length(), TEXT, "办理案件", "12000", null, "件", "ABOUT",
                "YEAR_ON_YEAR", "DOWN", "3", "个百分点", null, 2L, "年", "2024年", "本市", "YEAR", "2024-01-01", "2024-12-31",
                "上海市", "12400", "件", "ABOUT", "RATIO", 100L), values);
    }

    @Test
    void theTableShowsTheRowFieldsWithAWidthAndEachGroupAsOneColumn() {
        assertEquals(List.of("line", "text", "subject", "quantity", "change", "period", "region", "periodRange",
                        "regionResolved", "baseline"),
                MeasurementFields.tableColumns().stream().map(MeasurementFields.TableColumn::header).toList());
        assertEquals(List.of("1", TEXT, "办理案件", "约1.2万件", "连续2年同比下降3个百分点", "2024年", "本市",
                        "2024-01-01~2024-12-31", "上海市", "约12400件"),
                MeasurementFields.tableColumns().stream().map(c -> c.cell().apply(full())).toList());
    }
}
