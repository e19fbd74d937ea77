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
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Probe sentences for every number form ({@code src/test/resources/probes/numbers.jsonl}, written for this project):
 * Arabic with separators and full-width digits, decimals, magnitudes, Chinese and mixed numerals, 百分之 and 千分之,
 * 成, 倍 and 翻番, fractions, signs, approximation words, ranges, vague counts, currencies and units, and numbers that
 * are no statistic (ordinals, codes, hotlines, names). Each line holds a sentence, its {@code form} and the
 * measurements a statistician reads in it, in the evaluation files' format ({@code kind} {@code distractor} for a
 * sentence with none); a form the parser cannot read right has none, so that declining it scores.
 *
 * <p>Scored as the evaluation files are: quantities match on value, high end and unit, changes on basis, direction,
 * amount and unit, a measurement marked {@code optional} neither counts nor costs. The floors are the figures as
 * last measured, rounded down: raise them when the figures rise, never lower one without saying why. A failure lists
 * every misread by form.
 */
class NumberProbesTest {

    private static final Path PROBES = Path.of("src", "test", "resources", "probes", "numbers.jsonl");

    private static final double QUANTITY_F1_FLOOR = 0.99;
    private static final double CHANGE_F1_FLOOR = 0.99;
    private static final double APPROX_FLOOR = 0.99;

    @Test
    void everyNumberFormReadsAsAStatisticianReadsIt() throws IOException {
        MeasurementParser parser = Cnstats.parser();
        int[] quantity = new int[3]; // tp, fp, fn
        int[] change = new int[3];
        int approxRight = 0;
        int distractorFalsePositives = 0;
        int sentences = 0;
        Map<String, List<String>> misreadsByForm = new TreeMap<>();
        for (String line : Files.readAllLines(PROBES, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            sentences++;
            @SuppressWarnings("unchecked")
            Map<String, Object> row = (Map<String, Object>) json(line);
            String text = (String) row.get("text");
            List<Measurement> found = parser.parse(text);
            List<String> notes = new ArrayList<>();
            List<String> wantQ = new ArrayList<>();
            List<String> maybeQ = new ArrayList<>();
            List<String> wantC = new ArrayList<>();
            List<String> maybeC = new ArrayList<>();
            Map<String, String> approxOf = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> gold = (List<Map<String, Object>>) row.get("measurements");
            for (Map<String, Object> m : gold) {
                boolean optional = Boolean.TRUE.equals(m.get("optional"));
                @SuppressWarnings("unchecked")
                Map<String, Object> q = (Map<String, Object>) m.get("quantity");
                @SuppressWarnings("unchecked")
                Map<String, Object> c = (Map<String, Object>) m.get("change");
                if (q != null) {
                    String key = key(plain(q.get("value")), plain(q.get("high")), q.get("unit"));
                    (optional ? maybeQ : wantQ).add(key);
                    approxOf.put(key, (String) q.get("approx"));
                }
                if (c != null) {
                    (optional ? maybeC : wantC).add(key(c.get("basis"), c.get("direction"), plain(c.get("amount")),
                            c.get("amountUnit")));
                }
            }
            List<String> gotQ = new ArrayList<>();
            List<String> gotC = new ArrayList<>();
            Map<String, String> gotApprox = new HashMap<>();
            for (Measurement m : found) {
                Quantity q = m.quantity();
                if (q != null) {
                    String key = key(plain(q.value()), plain(q.high()), unit(q.unit()));
                    gotQ.add(key);
                    gotApprox.put(key, q.approx().name());
                }
                Change c = m.change();
                if (c != null) {
                    gotC.add(key(c.basis().name(), c.direction().name(), plain(c.amount()), unit(c.amountUnit())));
                }
            }
            for (String key : score(wantQ, maybeQ, gotQ, quantity, "quantity", notes)) {
                if (approxOf.get(key).equals(gotApprox.get(key))) {
                    approxRight++;
                } else {
                    notes.add("approx of " + key + ": want " + approxOf.get(key) + ", got " + gotApprox.get(key));
                }
            }
            score(wantC, maybeC, gotC, change, "change", notes);
            if ("distractor".equals(row.get("kind"))) {
                distractorFalsePositives += found.size();
            }
            if (!notes.isEmpty()) {
                misreadsByForm.computeIfAbsent((String) row.get("form"), f -> new ArrayList<>())
                        .add(text + "\n      " + String.join("\n      ", notes));
            }
        }
        double quantityF1 = f1(quantity);
        double changeF1 = f1(change);
        double approx = quantity[0] == 0 ? 1 : (double) approxRight / quantity[0];
        StringBuilder report = new StringBuilder(String.format(
                "%d probe sentences: quantity F1 %.3f, change F1 %.3f, approx %.3f, distractor false positives %d%n",
                sentences, quantityF1, changeF1, approx, distractorFalsePositives));
        misreadsByForm.forEach((form, misreads) -> report.append("  ").append(form).append(":\n    ")
                .append(String.join("\n    ", misreads)).append('\n'));
        assertTrue(sentences >= 150, "too few probe sentences: " + sentences);
        assertTrue(quantityF1 >= QUANTITY_F1_FLOOR && changeF1 >= CHANGE_F1_FLOOR && approx >= APPROX_FLOOR
                && distractorFalsePositives == 0, report.toString());
    }

    /** Matches gold keys with found ones as multisets; returns the matched keys. */
    private static List<String> score(List<String> want, List<String> maybe, List<String> got, int[] counts,
                                      String kind, List<String> notes) {
        List<String> left = new ArrayList<>(got);
        List<String> matched = new ArrayList<>();
        for (String key : want) {
            if (left.remove(key)) {
                counts[0]++;
                matched.add(key);
            } else {
                counts[2]++;
                notes.add("missed " + kind + " " + key);
            }
        }
        for (String key : left) {
            if (!maybe.remove(key)) {
                counts[1]++;
                notes.add("extra " + kind + " " + key);
            }
        }
        return matched;
    }

    private static double f1(int[] counts) {
        int tp = counts[0];
        return tp == 0 ? (counts[1] + counts[2] == 0 ? 1 : 0) : 2.0 * tp / (2 * tp + counts[1] + counts[2]);
    }

    private static String key(Object... parts) {
        List<String> texts = new ArrayList<>();
        for (Object part : parts) {
            texts.add(String.valueOf(part));
        }
        return String.join(" ", texts);
    }

    private static String unit(Unit unit) {
        return unit == null ? null : unit.text();
    }

    /** A value as a plain decimal with no trailing zeros, from the parser's BigDecimal or the file's string. */
    private static String plain(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    private static final JsonFactory JSON = new JsonFactory();

    private static Object json(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            p.nextToken();
            return value(p);
        }
    }

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
