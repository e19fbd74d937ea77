package io.github.cnstats.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cnstats.Change;
import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.Quantity;
import io.github.cnstats.Unit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probe sets: sentences of our own in the evaluation files' form ({@code src/test/resources/probes/*.jsonl}; the
 * spec's "Evaluation files"), each with what a statistician reads from it. {@code numbers.jsonl} holds a sentence or
 * more for every number form (field {@code form}), {@code mainland.jsonl} mainland publishers the dev sets do not
 * hold (field {@code family}), {@code hktw.jsonl} Hong Kong, Macau and Taiwan police, statistics and customs releases.
 *
 * <p>Every file is scored as {@code ../shared/eval/score.py score} scores the command line's {@code extract --lines}
 * output for it, to the same figures, and each figure is held to its floor in {@code probes/floors.tsv}: a ratchet,
 * raised as families are read, never lowered without saying why. A failure lists the misreads, grouped by the row's
 * {@code form} or {@code family} where it has one.
 */
class ProbeScoresTest {

    private static final Path PROBES = Path.of("src", "test", "resources", "probes");

    /** The figures, in score.py's order; {@code sentences} guards against a file cut short. */
    private static final List<String> FIGURES = List.of("sentences", "numbers", "quantity", "change", "subject",
            "approx", "link", "distractorFP");

    /** The one figure that is a ceiling, not a floor. */
    private static final String CEILING = "distractorFP";

    private static final MeasurementParser PARSER = Cnstats.parser();

    @Test
    void everyProbeSetHasFloorsForEveryFigure() throws IOException {
        Map<String, Map<String, Double>> floors = floors();
        assertEquals(new TreeSet<>(probeSets()), floors.keySet(), "probe sets and the files named in floors.tsv");
        floors.forEach((file, figures) -> assertEquals(new HashSet<>(FIGURES), figures.keySet(), file));
    }

    @TestFactory
    Stream<DynamicTest> everyProbeSetScoresAtOrAboveItsFloors() throws IOException {
        Map<String, Map<String, Double>> floors = floors();
        return probeSets().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            Score score = score(PROBES.resolve(file));
            Map<String, Double> floor = floors.getOrDefault(file, Map.of());
            List<String> failing = new ArrayList<>();
            score.figures().forEach((name, value) -> {
                Double limit = floor.get(name);
                if (limit != null && (name.equals(CEILING) ? value > limit : value < limit)) {
                    failing.add(String.format("%s %.3f %s %.3f", name, value, name.equals(CEILING) ? ">" : "<", limit));
                }
            });
            assertTrue(failing.isEmpty(), () -> file + ": " + String.join("; ", failing) + "\n" + score);
        }));
    }

    private static List<String> probeSets() throws IOException {
        try (Stream<Path> files = Files.list(PROBES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonl")).sorted().toList();
        }
    }

    /** {@code floors.tsv}: a header, then file, figure, floor a line; {@code #} starts a comment. */
    private static Map<String, Map<String, Double>> floors() throws IOException {
        Map<String, Map<String, Double>> floors = new TreeMap<>();
        for (String line : Files.readAllLines(PROBES.resolve("floors.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (!line.isBlank() && !line.startsWith("#") && !cells[0].equals("file")) {
                floors.computeIfAbsent(cells[0], f -> new HashMap<>()).put(cells[1], Double.parseDouble(cells[2]));
            }
        }
        return floors;
    }

    /**
     * A measurement as score.py compares it: the subject, the quantity's key (value, high, unit) and approximation,
     * the change's key (basis, direction, amount, unit). Matching goes by position, never by equality.
     */
    private record Item(String subject, List<String> quantity, String approx, List<String> change) {

        /** score.py's numbers(): the value, high end and amount there are, whatever their role. */
        List<String> numbers() {
            List<String> out = new ArrayList<>();
            if (quantity != null) {
                out.add(quantity.get(0));
                out.add(quantity.get(1));
            }
            if (change != null) {
                out.add(change.get(2));
            }
            out.removeIf(Objects::isNull);
            return out;
        }

        @Override
        public String toString() { // score.py's short()
            List<String> parts = new ArrayList<>();
            if (subject != null && !subject.isEmpty()) {
                parts.add(subject);
            }
            if (quantity != null) {
                parts.add(quantity.get(0) + (quantity.get(1) == null ? "" : "~" + quantity.get(1)) + quantity.get(2)
                        + " " + approx);
            }
            if (change != null) {
                parts.add(change.get(0) + " " + change.get(1) + " " + change.get(2) + change.get(3));
            }
            return String.join(" | ", parts);
        }
    }

    /** score.py's counts and notes for one file. */
    private static final class Score {
        final Map<String, Integer> t = new HashMap<>();
        final Map<String, List<String>> misreads = new TreeMap<>();
        int sentences;

        void add(String count, int n) {
            t.merge(count, n, Integer::sum);
        }

        int get(String count) {
            return t.getOrDefault(count, 0);
        }

        double f1(String kind) {
            int tp = get(kind + ".tp");
            double p = tp + get(kind + ".fp") == 0 ? 1 : (double) tp / (tp + get(kind + ".fp"));
            double r = tp + get(kind + ".fn") == 0 ? 1 : (double) tp / (tp + get(kind + ".fn"));
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double ratio(String ok, String n) {
            return get(n) == 0 ? 1 : (double) get(ok) / get(n);
        }

        Map<String, Double> figures() {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("sentences", (double) sentences);
            for (String kind : List.of("numbers", "quantity", "change")) {
                f.put(kind, f1(kind));
            }
            int subjectN = get("quantity.subject.n") + get("change.subject.n");
            f.put("subject", subjectN == 0 ? 1 : (double) (get("quantity.subject.ok") + get("change.subject.ok"))
                    / subjectN);
            f.put("approx", ratio("approx.ok", "approx.n"));
            f.put("link", ratio("link.ok", "link.n"));
            f.put("distractorFP", (double) get("distractorFP"));
            return f;
        }

        @Override
        public String toString() {
            Map<String, Double> f = figures();
            StringBuilder out = new StringBuilder(String.format("%d sentences: numbersF1=%.3f quantityF1=%.3f "
                    + "changeF1=%.3f subject=%.3f approx=%.3f link=%.3f distractorFP=%d%n", sentences,
                    f.get("numbers"), f.get("quantity"), f.get("change"), f.get("subject"), f.get("approx"),
                    f.get("link"), get("distractorFP")));
            misreads.forEach((group, rows) -> out.append(group.isEmpty() ? "" : group + ":\n")
                    .append(String.join("\n", rows)).append('\n'));
            return out.toString();
        }
    }

    /** Scores a probe file as score.py scores the command line's output for it. */
    private static Score score(Path file) throws IOException {
        Score s = new Score();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            s.sentences++;
            Map<?, ?> row = (Map<?, ?>) json(line);
            String text = (String) row.get("text");
            List<Item> want = new ArrayList<>();
            List<Item> maybe = new ArrayList<>();
            for (Object m : (List<?>) row.get("measurements")) {
                (Boolean.TRUE.equals(((Map<?, ?>) m).get("optional")) ? maybe : want).add(gold((Map<?, ?>) m));
            }
            List<Item> got = PARSER.parse(text.replace('\n', ' ').replace('\r', ' ')).stream()
                    .map(ProbeScoresTest::found).toList();
            List<String> notes = new ArrayList<>();
            for (String kind : List.of("quantity", "change")) {
                Function<Item, Object> key = kind.equals("quantity") ? i -> i.quantity : i -> i.change;
                Match<Item> m = match(keyed(want, key), keyed(got, key), key, (g, p) -> dice(g.subject, p.subject));
                List<Item> extra = match(keyed(maybe, key), m.extra, key, null).extra;
                s.add(kind + ".tp", m.pairs.size());
                s.add(kind + ".fn", m.missed.size());
                s.add(kind + ".fp", extra.size());
                m.missed.forEach(i -> notes.add("missed " + kind + ": " + i));
                extra.forEach(i -> notes.add("extra  " + kind + ": " + i));
                if ("distractor".equals(row.get("kind"))) {
                    s.add("distractorFP", extra.size());
                }
                for (Pair<Item> pair : m.pairs) {
                    Item g = pair.gold();
                    Item p = pair.found();
                    boolean subjectOk = dice(g.subject, p.subject) >= 0.6;
                    s.add(kind + ".subject.n", 1);
                    s.add(kind + ".subject.ok", subjectOk ? 1 : 0);
                    if (!subjectOk) {
                        notes.add("subject: want " + g.subject + " got " + p.subject);
                    }
                    if (kind.equals("quantity")) {
                        boolean approxOk = g.approx.equals(p.approx);
                        boolean linkOk = Objects.equals(g.change, p.change);
                        s.add("approx.n", 1);
                        s.add("approx.ok", approxOk ? 1 : 0);
                        s.add("link.n", 1);
                        s.add("link.ok", linkOk ? 1 : 0);
                        if (!approxOk) {
                            notes.add("approx: want " + g.approx + " got " + p.approx);
                        }
                        if (!linkOk) {
                            notes.add("link: " + g + " came with change " + p.change);
                        }
                    }
                }
            }
            Function<String, Object> same = n -> n;
            Match<String> n = match(numbers(want), numbers(got), same, null);
            List<String> extraNumbers = match(numbers(maybe), n.extra, same, null).extra;
            s.add("numbers.tp", n.pairs.size());
            s.add("numbers.fn", n.missed.size());
            s.add("numbers.fp", extraNumbers.size());
            if (!notes.isEmpty()) {
                Object group = row.get("form") != null ? row.get("form") : row.get("family");
                s.misreads.computeIfAbsent(group == null ? "" : group.toString(), g -> new ArrayList<>())
                        .add("  [" + row.get("id") + "] " + text + "\n    " + String.join("\n    ", notes));
            }
        }
        return s;
    }

    private static List<Item> keyed(List<Item> items, Function<Item, Object> key) {
        return items.stream().filter(i -> key.apply(i) != null).toList();
    }

    private static List<String> numbers(List<Item> items) {
        return items.stream().flatMap(i -> i.numbers().stream()).toList();
    }

    private record Pair<T>(T gold, T found) {
    }

    private record Match<T>(List<Pair<T>> pairs, List<T> missed, List<T> extra) {
    }

    /**
     * score.py's one-to-one matching on equal keys. Where several gold items share a key with several found ones,
     * {@code prefer} decides: the pairing with the most pairs at 0.6 or more, then the highest total, the first in
     * order on a tie (all permutations up to 8, best pairs first above); with no {@code prefer}, greedy in order.
     */
    private static <T> Match<T> match(List<T> gold, List<T> pred, Function<T, Object> key,
                                      ToDoubleBiFunction<T, T> prefer) {
        Map<Object, List<List<Integer>>> groups = new LinkedHashMap<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            groups.computeIfAbsent(key.apply(gold.get(gi)), k -> List.of(new ArrayList<>(), new ArrayList<>()))
                    .get(0).add(gi);
        }
        for (int pi = 0; pi < pred.size(); pi++) {
            List<List<Integer>> group = groups.get(key.apply(pred.get(pi)));
            if (group != null) {
                group.get(1).add(pi);
            }
        }
        Map<Integer, Integer> gToP = new HashMap<>();
        for (List<List<Integer>> group : groups.values()) {
            List<Integer> gis = group.get(0);
            List<Integer> pis = group.get(1);
            int n = Math.min(gis.size(), pis.size());
            if (n == 0) {
                continue;
            }
            if (prefer == null || (gis.size() == 1 && pis.size() == 1)) {
                for (int i = 0; i < n; i++) {
                    gToP.put(gis.get(i), pis.get(i));
                }
                continue;
            }
            Map<List<Integer>, Double> scoreOf = new HashMap<>();
            for (int gi : gis) {
                for (int pi : pis) {
                    scoreOf.put(List.of(gi, pi), prefer.applyAsDouble(gold.get(gi), pred.get(pi)));
                }
            }
            List<List<Integer>> best = new ArrayList<>();
            if (Math.max(gis.size(), pis.size()) <= 8) {
                boolean fewerGold = gis.size() <= pis.size();
                double[] bestVal = null;
                for (List<Integer> perm : permutations(fewerGold ? pis : gis, n)) {
                    List<List<Integer>> option = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        option.add(fewerGold ? List.of(gis.get(i), perm.get(i)) : List.of(perm.get(i), pis.get(i)));
                    }
                    double good = option.stream().filter(x -> scoreOf.get(x) >= 0.6).count();
                    double total = BigDecimal.valueOf(option.stream().mapToDouble(scoreOf::get).sum())
                            .setScale(9, RoundingMode.HALF_EVEN).doubleValue();
                    if (bestVal == null || good > bestVal[0] || (good == bestVal[0] && total > bestVal[1])) {
                        best = option;
                        bestVal = new double[] {good, total};
                    }
                }
            } else { // large groups: best pairs first
                Set<Integer> usedG = new HashSet<>();
                Set<Integer> usedP = new HashSet<>();
                List<List<Integer>> byScore = new ArrayList<>(scoreOf.keySet());
                byScore.sort(Comparator.<List<Integer>>comparingDouble(x -> -scoreOf.get(x))
                        .thenComparing(x -> x.get(0)).thenComparing(x -> x.get(1)));
                for (List<Integer> x : byScore) {
                    if (!usedG.contains(x.get(0)) && !usedP.contains(x.get(1))) {
                        usedG.add(x.get(0));
                        usedP.add(x.get(1));
                        best.add(x);
                    }
                }
            }
            best.forEach(x -> gToP.put(x.get(0), x.get(1)));
        }
        List<Pair<T>> pairs = new ArrayList<>();
        List<T> missed = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            if (gToP.containsKey(gi)) {
                pairs.add(new Pair<>(gold.get(gi), pred.get(gToP.get(gi))));
            } else {
                missed.add(gold.get(gi));
            }
        }
        List<T> extra = new ArrayList<>();
        for (int pi = 0; pi < pred.size(); pi++) {
            if (!gToP.containsValue(pi)) {
                extra.add(pred.get(pi));
            }
        }
        return new Match<>(pairs, missed, extra);
    }

    /** The permutations of {@code n} of {@code items}, in the order of Python's itertools.permutations. */
    private static List<List<Integer>> permutations(List<Integer> items, int n) {
        List<List<Integer>> out = new ArrayList<>();
        permute(items, n, new ArrayList<>(), new boolean[items.size()], out);
        return out;
    }

    private static void permute(List<Integer> items, int n, List<Integer> prefix, boolean[] used,
                                List<List<Integer>> out) {
        if (prefix.size() == n) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!used[i]) {
                used[i] = true;
                prefix.add(items.get(i));
                permute(items, n, prefix, used, out);
                prefix.remove(prefix.size() - 1);
                used[i] = false;
            }
        }
    }

    private static Item gold(Map<?, ?> m) {
        Map<?, ?> q = (Map<?, ?>) m.get("quantity");
        Map<?, ?> c = (Map<?, ?>) m.get("change");
        return new Item((String) m.get("subject"),
                q == null ? null : Arrays.asList(dec(q.get("value")), dec(q.get("high")), (String) q.get("unit")),
                q == null || q.get("approx") == null ? "EXACT" : (String) q.get("approx"),
                c == null ? null : Arrays.asList((String) c.get("basis"), (String) c.get("direction"),
                        dec(c.get("amount")), (String) c.get("amountUnit")));
    }

    private static Item found(Measurement m) {
        Quantity q = m.quantity();
        Change c = m.change();
        return new Item(m.subject(),
                q == null ? null : Arrays.asList(dec(q.value()), dec(q.high()), text(q.unit())),
                q == null ? "EXACT" : q.approx().name(),
                c == null ? null : Arrays.asList(c.basis().name(), c.direction().name(), dec(c.amount()),
                        text(c.amountUnit())));
    }

    private static String text(Unit unit) {
        return unit == null ? null : unit.text();
    }

    /** score.py's dec(): a number as a plain decimal without trailing zeros; what is no number, marked with ?. */
    private static String dec(Object value) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return "?" + value;
        }
    }

    private static final String PUNCT = " \t\u3000,，、。;；:：“”\"'‘’()（）《》";

    /** The pinyin glosses some mirrors insert (萬(wàn)), which score.py leaves out of subjects. */
    private static final Pattern GLOSS = Pattern.compile("\\([a-zA-Z\u00c0-\u024f\u1e00-\u1eff]+\\)");

    /** score.py's subject measure: the Dice coefficient of the characters, glosses and punctuation left out. */
    private static double dice(String a, String b) {
        Map<Integer, Integer> x = chars(a);
        Map<Integer, Integer> y = chars(b);
        int nx = x.values().stream().mapToInt(Integer::intValue).sum();
        int ny = y.values().stream().mapToInt(Integer::intValue).sum();
        if (nx == 0 || ny == 0) {
            return nx == ny ? 1 : 0;
        }
        int common = 0;
        for (Map.Entry<Integer, Integer> e : x.entrySet()) {
            common += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / (nx + ny);
    }

    private static Map<Integer, Integer> chars(String s) {
        Map<Integer, Integer> counts = new HashMap<>();
        if (s != null) {
            GLOSS.matcher(s).replaceAll("").codePoints().filter(c -> PUNCT.indexOf(c) < 0)
                    .forEach(c -> counts.merge(c, 1, Integer::sum));
        }
        return counts;
    }

    private static final JsonFactory JSON = new JsonFactory();

    private static Object json(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            p.nextToken();
            return value(p);
        }
    }

    /** The JSON value at the parser's current token, as maps, lists, strings, booleans and nulls. */
    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_NULL -> {
                return null;
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return t == JsonToken.VALUE_TRUE;
            }
            default -> {
                return p.getText();
            }
        }
    }
}
