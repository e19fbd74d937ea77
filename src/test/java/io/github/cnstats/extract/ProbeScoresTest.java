package io.github.cnstats.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
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
import java.util.Objects;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Probe sets of our own: sentences written in the style of publishers that the dev sets hold little of, each with
 * what a statistician reads from it, in the evaluation files' form ({@code src/test/resources/probes/*.jsonl}, see
 * the spec's "Evaluation files"). They are scored as {@code ../shared/eval/score.py} scores (quantity and change
 * F1 on value, unit, basis, direction and amount; subject, approximation and link on the pairs; false positives on
 * distractors), and each figure must stay at or above its floor: a ratchet, raised as families are read, never
 * lowered without saying why.
 *
 * <p>{@code hktw.jsonl}: Hong Kong police, Census and Statistics Department, Customs and Immigration; Macau DSEC
 * and PSP; Taiwan's DGBAS, National Police Agency, Ministry of the Interior, FSC and customs (issue 18's held-out
 * publishers), and some of the same phrasing in Simplified.
 */
class ProbeScoresTest {

    private static final Path HKTW = Path.of("src", "test", "resources", "probes", "hktw.jsonl");

    /**
     * Floors of hktw.jsonl: quantity F1, change F1, subject, approx, link, distractor false positives (at most). First
     * measured at 0.944, 0.846, 0.929, 0.992, 0.882 and 1; raised by the heldtw branch after 或, 上月底, 同月, 实质,
     * 成长率, notes in brackets, ranks, currencies and percent lists were read.
     */
    private static final double[] HKTW_FLOORS = {0.97, 0.99, 0.96, 0.99, 0.99};
    private static final int HKTW_MAX_FP = 0;

    @Test
    void hongKongMacauAndTaiwanProbesScoreAtOrAboveTheirFloors() throws IOException {
        Scores s = score(HKTW);
        String summary = s.toString();
        assertTrue(s.f1(s.qTp, s.qFp, s.qFn) >= HKTW_FLOORS[0], "quantity: " + summary);
        assertTrue(s.f1(s.cTp, s.cFp, s.cFn) >= HKTW_FLOORS[1], "change: " + summary);
        assertTrue(s.ratio(s.subjectOk, s.subjectN) >= HKTW_FLOORS[2], "subject: " + summary);
        assertTrue(s.ratio(s.approxOk, s.approxN) >= HKTW_FLOORS[3], "approx: " + summary);
        assertTrue(s.ratio(s.linkOk, s.linkN) >= HKTW_FLOORS[4], "link: " + summary);
        assertTrue(s.distractorFp <= HKTW_MAX_FP, "distractor false positives: " + summary);
    }

    /** The counts score.py keeps. */
    static final class Scores {
        int qTp, qFp, qFn, cTp, cFp, cFn, subjectOk, subjectN, approxOk, approxN, linkOk, linkN, distractorFp;
        final List<String> notes = new ArrayList<>();

        double f1(int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double ratio(int ok, int n) {
            return n == 0 ? 1 : (double) ok / n;
        }

        @Override
        public String toString() {
            return String.format("quantityF1=%.3f changeF1=%.3f subject=%.3f approx=%.3f link=%.3f distractorFP=%d%n%s",
                    f1(qTp, qFp, qFn), f1(cTp, cFp, cFn), ratio(subjectOk, subjectN), ratio(approxOk, approxN),
                    ratio(linkOk, linkN), distractorFp, String.join("\n", notes));
        }
    }

    static Scores score(Path gold) throws IOException {
        MeasurementParser parser = Cnstats.parser();
        Scores s = new Scores();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> row = (Map<String, Object>) readJson(line);
            String text = (String) row.get("text");
            boolean distractor = "distractor".equals(row.get("kind"));
            List<Map<String, Object>> want = new ArrayList<>();
            List<Map<String, Object>> maybe = new ArrayList<>();
            for (Object o : (List<?>) row.get("measurements")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) o;
                (Boolean.TRUE.equals(m.get("optional")) ? maybe : want).add(m);
            }
            List<Map<String, Object>> got = parser.parse(text).stream().map(ProbeScoresTest::asGold).toList();
            for (boolean quantities : new boolean[] {true, false}) {
                Function<Map<String, Object>, List<String>> key = quantities ? ProbeScoresTest::qkey
                        : ProbeScoresTest::ckey;
                List<Map<String, Object>> w = want.stream().filter(m -> key.apply(m) != null).toList();
                List<Map<String, Object>> extra = new ArrayList<>(got.stream().filter(m -> key.apply(m) != null).toList());
                int tp = 0;
                int fn = 0;
                for (Map<String, Object> g : w) {
                    Map<String, Object> best = null;
                    for (Map<String, Object> p : extra) {
                        if (key.apply(p).equals(key.apply(g)) && (best == null
                                || dice(g.get("subject"), p.get("subject")) > dice(g.get("subject"), best.get("subject")))) {
                            best = p;
                        }
                    }
                    if (best == null) {
                        fn++;
                        s.notes.add(row.get("id") + " missed " + key.apply(g));
                        continue;
                    }
                    extra.remove(best);
                    tp++;
                    s.subjectN++;
                    if (dice(g.get("subject"), best.get("subject")) >= 0.6) {
                        s.subjectOk++;
                    } else {
                        s.notes.add(row.get("id") + " subject " + best.get("subject") + " for " + g.get("subject"));
                    }
                    if (quantities) {
                        s.approxN++;
                        s.linkN++;
                        if (Objects.equals(approx(g), approx(best))) {
                            s.approxOk++;
                        }
                        if (Objects.equals(ckey(g), ckey(best))) {
                            s.linkOk++;
                        } else {
                            s.notes.add(row.get("id") + " link " + key.apply(g) + " with " + ckey(best));
                        }
                    }
                }
                for (Map<String, Object> m : maybe) {
                    List<String> k = key.apply(m);
                    if (k != null) {
                        extra.stream().filter(p -> key.apply(p).equals(k)).findFirst().ifPresent(extra::remove);
                    }
                }
                extra.forEach(p -> s.notes.add(row.get("id") + " extra " + key.apply(p)));
                if (distractor) {
                    s.distractorFp += extra.size();
                }
                if (quantities) {
                    s.qTp += tp;
                    s.qFn += fn;
                    s.qFp += extra.size();
                } else {
                    s.cTp += tp;
                    s.cFn += fn;
                    s.cFp += extra.size();
                }
            }
        }
        return s;
    }

    private static Map<String, Object> asGold(Measurement m) {
        Map<String, Object> out = new HashMap<>();
        out.put("subject", m.subject());
        if (m.quantity() != null) {
            Map<String, Object> q = new HashMap<>();
            q.put("value", plain(m.quantity().value()));
            q.put("high", plain(m.quantity().high()));
            q.put("unit", m.quantity().unit() == null ? null : m.quantity().unit().text());
            q.put("approx", m.quantity().approx().name());
            out.put("quantity", q);
        }
        if (m.change() != null) {
            Map<String, Object> c = new HashMap<>();
            c.put("basis", m.change().basis().name());
            c.put("direction", m.change().direction().name());
            c.put("amount", plain(m.change().amount()));
            c.put("amountUnit", m.change().amountUnit() == null ? null : m.change().amountUnit().text());
            out.put("change", c);
        }
        return out;
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    private static String plain(Object o) {
        return o == null ? null : plain(new BigDecimal(o.toString()));
    }

    private static Object approx(Map<String, Object> m) {
        Object a = ((Map<?, ?>) m.get("quantity")).get("approx");
        return a == null ? "EXACT" : a;
    }

    private static List<String> qkey(Map<String, Object> m) {
        Map<?, ?> q = (Map<?, ?>) m.get("quantity");
        return q == null ? null : java.util.Arrays.asList(plain(q.get("value")), plain(q.get("high")),
                (String) q.get("unit"));
    }

    private static List<String> ckey(Map<String, Object> m) {
        Map<?, ?> c = (Map<?, ?>) m.get("change");
        return c == null ? null : java.util.Arrays.asList((String) c.get("basis"), (String) c.get("direction"),
                plain(c.get("amount")), (String) c.get("amountUnit"));
    }

    /** score.py's subject measure: the Dice coefficient of the characters, punctuation left out. */
    static double dice(Object a, Object b) {
        List<Integer> x = chars((String) a);
        List<Integer> y = chars((String) b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        x.forEach(c -> counts.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : y) {
            if (counts.getOrDefault(c, 0) > 0) {
                counts.merge(c, -1, Integer::sum);
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static final String PUNCT = " \t\u3000,，、。;；:：“”\"'‘’()（）《》";

    private static List<Integer> chars(String s) {
        List<Integer> out = new ArrayList<>();
        if (s != null) {
            s.codePoints().filter(c -> PUNCT.indexOf(c) < 0).forEach(out::add);
        }
        return out;
    }

    private static final JsonFactory JSON = new JsonFactory();

    static Object readJson(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, value(p));
            }
            return map;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p));
            }
            return list;
        }
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> p.getText();
        };
    }
}
