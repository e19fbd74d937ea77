package io.github.cnstats;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The rule for absent values that the package documentation states: a record component that the text may not
 * give is {@code null} when absent; every other component is never null, and its constructor refuses a null.
 */
class AbsentValuesTest {

    /**
     * The components that may be absent, in the groups that are absent together (a change's amount and its
     * unit). It is the list of the package documentation; a record component that is in neither this list nor
     * refused when null fails the test, so that a new component has to be given its place in the rule.
     */
    private static final Map<Class<?>, List<Set<String>>> NULLABLE = Map.of(
            Measurement.class, List.of(Set.of("subject"), Set.of("quantity"), Set.of("change"), Set.of("period"),
                    Set.of("region"), Set.of("periodRange"), Set.of("regionResolved"), Set.of("baseline")),
            Baseline.class, List.of(Set.of("unit"), Set.of("roundedTo")),
            Quantity.class, List.of(Set.of("high"), Set.of("unit")),
            Change.class, List.of(Set.of("amount", "amountUnit"), Set.of("reference"), Set.of("streak")),
            MeasurementParts.class, List.of(Set.of("quantity"), Set.of("change"), Set.of("period"),
                    Set.of("region")));

    /** A valid value of each component type, so that every record can be built with one component changed. */
    private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(String.class, "全"),
            Map.entry(int.class, 1),
            Map.entry(BigDecimal.class, BigDecimal.ONE),
            Map.entry(Unit.class, new Unit("年", UnitKind.TIME)),
            Map.entry(Quantity.class, Quantity.of(BigDecimal.TEN, Unit.PERCENT)),
            Map.entry(Change.class, Change.of(ChangeBasis.YEAR_ON_YEAR, Direction.UP, BigDecimal.ONE, Unit.PERCENT)),
            Map.entry(Period.class, new Period("今年", Period.Kind.YEAR)),
            Map.entry(Region.class, new Region("全国")),
            Map.entry(Streak.class, new Streak(3, new Unit("个月", UnitKind.TIME))),
            Map.entry(Span.class, new Span(0, 1)),
            Map.entry(List.class, List.of()),
            Map.entry(Integer.class, 0),
            Map.entry(java.time.LocalDate.class, java.time.LocalDate.of(2024, 5, 27)),
            Map.entry(DateRange.class, DateRange.day(java.time.LocalDate.of(2024, 5, 27))),
            Map.entry(DocumentContext.class, DocumentContext.findInText()),
            Map.entry(Baseline.class, new Baseline(BigDecimal.ONE, null, Approximation.ABOUT,
                    Baseline.Derivation.RATIO, 0)));

    @TestFactory
    Stream<DynamicTest> everyComponentIsEitherNullableOrRefusesNull() throws IOException, URISyntaxException {
        List<Class<?>> records = publicRecords();
        assertTrue(records.containsAll(NULLABLE.keySet()), () -> "records found: " + records);
        return records.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> checkRule(type)));
    }

    private static void checkRule(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(
                Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object[] valid = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            valid[i] = sample(components[i]);
        }
        canonical.newInstance(valid);
        List<Set<String>> nullable = NULLABLE.getOrDefault(type, List.of());
        for (Set<String> group : nullable) {
            Object[] args = valid.clone();
            for (int i = 0; i < components.length; i++) {
                if (group.contains(components[i].getName())) {
                    args[i] = null;
                }
            }
            Object made = canonical.newInstance(args);
            for (RecordComponent component : components) {
                if (group.contains(component.getName())) {
                    assertNull(component.getAccessor().invoke(made), type.getSimpleName() + "." + component.getName());
                }
            }
        }
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (components[i].getType().isPrimitive() || nullable.stream().anyMatch(g -> g.contains(name))) {
                continue;
            }
            Object[] args = valid.clone();
            args[i] = null;
            try {
                canonical.newInstance(args);
                fail(type.getSimpleName() + "." + name + " took a null but is not documented as nullable");
            } catch (InvocationTargetException e) {
                assertInstanceOf(NullPointerException.class, e.getCause(), type.getSimpleName() + "." + name);
            }
        }
    }

    private static Object sample(RecordComponent component) {
        if (component.getType().isEnum()) {
            return component.getType().getEnumConstants()[0];
        }
        Object sample = SAMPLES.get(component.getType());
        if (sample == null) {
            throw new AssertionError("no sample of " + component.getType() + " for " + component);
        }
        return sample;
    }

    /** The public records of the API package, read from the directory its classes were compiled to. */
    private static List<Class<?>> publicRecords() throws IOException, URISyntaxException {
        Path dir = Path.of(Measurement.class.getResource("Measurement.class").toURI()).getParent();
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
                    continue;
                }
                Class<?> type = load(name.substring(0, name.length() - ".class".length()));
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName(Measurement.class.getPackageName() + "." + simpleName, false,
                    AbsentValuesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aChangeAloneHasNoSubjectQuantityPeriodOrRegion() {
        List<Measurement> found = Cnstats.parser().parse("同比增长6.3%");
        assertEquals(1, found.size(), found::toString);
        Measurement m = found.get(0);
        assertNull(m.subject());
        assertNull(m.quantity());
        assertNull(m.period());
        assertNull(m.region());
        assertFalse(m.hasQuantity());
        assertEquals(new BigDecimal("6.3"), m.change().amount());
        assertNull(m.change().streak());
        assertNull(m.change().reference());
    }

    @Test
    void aCountAloneHasNoChangeAndItsQuantityNoRange() {
        Measurement m = Cnstats.parser().parse("新增就业岗位1.2万个").get(0);
        assertNull(m.change());
        assertNull(m.quantity().high());
        assertNull(m.period());
        assertNull(m.region());
    }

    @Test
    void collectionsAreEmptyNotNull() {
        ParseResult nothing = Cnstats.parser().explain("今天天气不错");
        assertEquals(List.of(), nothing.measurements());
        assertEquals(List.of(), nothing.diagnostics());
        assertEquals(List.of(), Cnstats.parser().parse(""));
    }

    @Test
    void regionsAreEqualWhenTheirTextsAre() {
        Region first = Cnstats.parser().parse("全省新增就业岗位1.2万个").get(0).region();
        Region second = Cnstats.parser().parse("截至6月底，全省登记市场主体80万户").get(0).region();
        assertEquals(new Region("全省"), first);
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertFalse(first.equals(new Region("全市")));
        assertEquals("全省", first.toString());
    }

    @Test
    void aStreakCountsOnlyPeriodsOfTime() {
        assertThrows(IllegalArgumentException.class, () -> new Streak(3, new Unit("起", UnitKind.CASES)));
        assertThrows(IllegalArgumentException.class, () -> new Streak(0, new Unit("年", UnitKind.TIME)));
        assertEquals(new Streak(2, new Unit("年", UnitKind.TIME)), new Streak(2, new Unit("年", UnitKind.TIME)));
    }
}
