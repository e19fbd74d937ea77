package io.github.cnstats.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A probe set of our own sentences, written in the style of mainland publishers that the shared dev sets do not
 * hold (the central bank's financial statistics, the finance ministry, commerce, transport, tourism, postal, MIIT,
 * procuratorates and courts, provincial and city statistics bureaus, and wire summaries of them), with what a
 * statistician reads from each (issue 18). It is scored as {@code ../shared/eval/score.py} scores the dev sets:
 * quantities (value, high, unit) and changes (basis, direction, amount, unit) matched one to one per sentence,
 * optional measurements neither rewarded nor punished; subjects right when their characters overlap by a Dice of
 * 0.6; a quantity's link right when it came with the gold change. Each sentence is a document of its own, as with
 * {@code extract --lines}. The floors are the figures as last measured, rounded down: raise them as they rise.
 */
class MainlandProbesTest {

    private static final double MIN_QUANTITY_F1 = 0.99;
    private static final double MIN_CHANGE_F1 = 0.99;
    private static final double MIN_SUBJECT = 0.99;
    private static final double MIN_LINK = 1.00;
    private static final int MAX_DISTRACTOR_FP = 0;

    @Test
    void mainlandPublishersProbeSetStaysAboveItsFloors() throws IOException {
        Score s = score(load("/probes/mainland.jsonl"));
        String figures = s.toString();
        assertTrue(s.f1(s.qTp, s.qFp, s.qFn) >= MIN_QUANTITY_F1, figures);
        assertTrue(s.f1(s.cTp, s.cFp, s.cFn) >= MIN_CHANGE_F1, figures);
        assertTrue(s.ratio(s.subjectOk, s.subjectN) >= MIN_SUBJECT, figures);
        assertTrue(s.ratio(s.linkOk, s.linkN) >= MIN_LINK, figures);
        assertTrue(s.distractorFp <= MAX_DISTRACTOR_FP, figures);
    }

    /** The counts of a run over the probe set. */
    static final class Score {
        int qTp, qFp, qFn, cTp, cFp, cFn, subjectOk, subjectN, linkOk, linkN, distractorFp;
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
            return String.format("quantity F1 %.3f, change F1 %.3f, subject %.3f, link %.3f, distractor FP %d%n%s",
                    f1(qTp, qFp, qFn), f1(cTp, cFp, cFn), ratio(subjectOk, subjectN), ratio(linkOk, linkN),
                    distractorFp, String.join("\n", notes));
        }
    }

    /** A measurement of either side, as keys: what the scorer compares. Equal only to itself. */
    private static final class Item {
        private final String subject;
        private final List<String> quantity;
        private final List<String> change;

        Item(String subject, List<String> quantity, List<String> change) {
            this.subject = subject;
            this.quantity = quantity;
            this.change = change;
        }

        String subject() {
            return subject;
        }

        List<String> quantity() {
            return quantity;
        }

        List<String> change() {
            return change;
        }

        @Override
        public String toString() {
            return subject + " " + quantity + " " + change;
        }
    }

    private static Score score(List<Map<String, Object>> rows) {
        MeasurementParser parser = Cnstats.parser();
        Score s = new Score();
        for (Map<String, Object> row : rows) {
            String text = (String) row.get("text");
            boolean distractor = "distractor".equals(row.get("kind"));
            List<Item> want = new ArrayList<>();
            List<Item> maybe = new ArrayList<>();
            for (Object o : (List<?>) row.get("measurements")) {
                Map<?, ?> m = (Map<?, ?>) o;
                Item item = goldItem(m);
                (Boolean.TRUE.equals(m.get("optional")) ? maybe : want).add(item);
            }
            List<Item> got = new ArrayList<>();
            for (Measurement m : parser.parse(text)) {
                got.add(new Item(m.subject(), m.quantity() == null ? null : List.of(dec(m.quantity().value()),
                        dec(m.quantity().high()), unit(m.quantity().unit())), m.change() == null ? null
                        : List.of(m.change().basis().name(), m.change().direction().name(), dec(m.change().amount()),
                        unit(m.change().amountUnit()))));
            }
            for (boolean quantities : new boolean[] {true, false}) {
                List<Item> w = want.stream().filter(i -> key(i, quantities) != null).toList();
                List<Item> p = got.stream().filter(i -> key(i, quantities) != null).toList();
                Map<Item, Item> pairs = match(w, p, quantities, true);
                List<Item> extra = new ArrayList<>(p);
                extra.removeAll(pairs.values());
                List<Item> optional = maybe.stream().filter(i -> key(i, quantities) != null).toList();
                extra.removeAll(match(optional, extra, quantities, false).values());
                int missed = w.size() - pairs.size();
                if (quantities) {
                    s.qTp += pairs.size();
                    s.qFn += missed;
                    s.qFp += extra.size();
                } else {
                    s.cTp += pairs.size();
                    s.cFn += missed;
                    s.cFp += extra.size();
                }
                if (distractor) {
                    s.distractorFp += extra.size();
                }
                for (Item e : extra) {
                    s.notes.add("extra " + e + " in " + text);
                }
                for (Item g : w) {
                    Item pm = pairs.get(g);
                    if (pm == null) {
                        s.notes.add("missed " + g + " in " + text);
                        continue;
                    }
                    s.subjectN++;
                    if (dice(g.subject(), pm.subject()) >= 0.6) {
                        s.subjectOk++;
                    } else {
                        s.notes.add("subject " + pm.subject() + " for " + g + " in " + text);
                    }
                    if (quantities) {
                        s.linkN++;
                        if (Objects.equals(g.change(), pm.change())) {
                            s.linkOk++;
                        } else {
                            s.notes.add("link " + pm + " for " + g + " in " + text);
                        }
                    }
                }
            }
        }
        return s;
    }

    private static List<String> key(Item i, boolean quantity) {
        return quantity ? i.quantity() : i.change();
    }

    /** One to one on equal keys; among several with one key, the pairs whose subjects overlap most go first. */
    private static Map<Item, Item> match(List<Item> gold, List<Item> pred, boolean quantities, boolean bySubject) {
        List<Item[]> candidates = new ArrayList<>();
        for (Item g : gold) {
            for (Item p : pred) {
                if (key(g, quantities).equals(key(p, quantities))) {
                    candidates.add(new Item[] {g, p});
                }
            }
        }
        if (bySubject) {
            candidates.sort((a, b) -> Double.compare(dice(b[0].subject(), b[1].subject()),
                    dice(a[0].subject(), a[1].subject())));
        }
        Map<Item, Item> pairs = new LinkedHashMap<>(); // Item is equal only to itself
        List<Item> taken = new ArrayList<>();
        for (Item[] c : candidates) {
            if (!pairs.containsKey(c[0]) && !taken.contains(c[1])) {
                pairs.put(c[0], c[1]);
                taken.add(c[1]);
            }
        }
        return pairs;
    }

    private static Item goldItem(Map<?, ?> m) {
        Map<?, ?> q = (Map<?, ?>) m.get("quantity");
        Map<?, ?> c = (Map<?, ?>) m.get("change");
        return new Item((String) m.get("subject"),
                q == null ? null : List.of(dec((String) q.get("value")), dec((String) q.get("high")),
                        String.valueOf(q.get("unit"))),
                c == null ? null : List.of((String) c.get("basis"), (String) c.get("direction"),
                        dec((String) c.get("amount")), String.valueOf(c.get("amountUnit"))));
    }

    private static String dec(String s) {
        return s == null ? "null" : dec(new BigDecimal(s));
    }

    private static String dec(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }

    private static String unit(io.github.cnstats.Unit u) {
        return u == null ? "null" : u.text();
    }

    private static final String PUNCT = " \t\u3000,，、。;；:：“”\"'‘’()（）《》";

    /** Dice overlap of the characters of two subjects, punctuation left out, as score.py computes it. */
    static double dice(String a, String b) {
        Map<Integer, Integer> ca = chars(a);
        Map<Integer, Integer> cb = chars(b);
        int na = ca.values().stream().mapToInt(Integer::intValue).sum();
        int nb = cb.values().stream().mapToInt(Integer::intValue).sum();
        if (na == 0 && nb == 0) {
            return 1;
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        int common = 0;
        for (Map.Entry<Integer, Integer> e : ca.entrySet()) {
            common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / (na + nb);
    }

    private static Map<Integer, Integer> chars(String s) {
        Map<Integer, Integer> counts = new HashMap<>();
        if (s != null) {
            s.codePoints().filter(c -> PUNCT.indexOf(c) < 0).forEach(c -> counts.merge(c, 1, Integer::sum));
        }
        return counts;
    }

    private static List<Map<String, Object>> load(String resource) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        JsonFactory json = new JsonFactory();
        try (InputStream in = MainlandProbesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonParser p = json.createParser(line)) {
                    p.nextToken();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> row = (Map<String, Object>) value(p);
                    rows.add(row);
                }
            }
        }
        assertTrue(rows.size() >= 100, "the probe set holds " + rows.size() + " sentences");
        return rows;
    }

    /** The JSON value at the parser's current token, as maps, lists, strings, booleans and nulls. */
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
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        return p.getText();
    }
}
