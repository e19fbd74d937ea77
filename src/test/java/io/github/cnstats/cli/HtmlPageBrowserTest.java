package io.github.cnstats.cli;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementFormatter;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.MeasurementParts;
import io.github.cnstats.ParseResult;
import io.github.cnstats.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code extract --format html} in a real browser: the page is loaded in headless Chromium, its DOM is checked
 * against what the parser found (one mark per measurement and per part, each over the text at its offsets, a card
 * for each), the cards are shown by the keyboard (Tab), the mouse and the table's links, and screenshots go to
 * {@code target/html-view/} to be looked at. Skipped, saying why, where {@code /usr/bin/chromium} is missing;
 * {@code .ci/run} installs it.
 */
@Tag("browser")
@EnabledIf(value = "browserPresent", disabledReason = "skipped: no headless browser at /usr/bin/chromium"
        + " or -Dcnstats.chromium=PATH (apt-get install chromium, as .ci/run does when it is missing)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HtmlPageBrowserTest {

    private static final MeasurementParser PARSER = Cnstats.parser();
    private static final Path SHOTS = Path.of("target", "html-view");

    /**
     * Sentences written for this test: Simplified and Traditional, a period and region shared by several
     * measurements, a 分别 list whose change crosses two measurements, a level inside its change (增至), markup,
     * CR LF, a control character, a character outside the BMP.
     */
    static final String TEXT = "2025年,全省小麦产量和玉米产量分别增长2.3%和5.6%,其中稻谷产量增至3.2亿吨。\r\n"
            + "截至9月底，本市累計發放貸款3.2萬億元，較上年同期增長8.4%。😀<script>document.title='x'</script>\r\n"
            + "去年全县破获刑事案件120余起,同比上升5.7%;\u0001挽回经济损失1800余万元。\u0085\n"
            + "&amp; 今年前三季度,全市共受理消费者投诉2.4万件,同比下降6.2%。\n";

    private static final String SEP = "\u001F";

    private HeadlessChromium browser;
    private ParseResult expected;

    @BeforeAll
    void load() throws Exception {
        Path dir = Files.createTempDirectory("cnstats-html");
        Path input = dir.resolve("report.txt");
        Files.writeString(input, TEXT, StandardCharsets.UTF_8);
        Run run = Run.of(PARSER, "extract", "--format", "html", input.toString());
        assertEquals(0, run.status(), run.err());
        Path page = dir.resolve("report.html");
        Files.writeString(page, run.out(), StandardCharsets.UTF_8);
        expected = PARSER.explain(TEXT);
        browser = HeadlessChromium.open(dir.resolve("profile"), page, 1000, 760);
        browser.awaitLoad();
    }

    static boolean browserPresent() {
        return Files.isExecutable(HeadlessChromium.BINARY);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** What the page shows, read by a script in it: blocks of text, mark pieces joined by key, cards. */
    private static final String PROBE = """
            (function () {
              var out = [], seen = {}, order = [];
              document.querySelectorAll('section.doc pre.text').forEach(function (pre) {
                out.push(['pre', pre.dataset.offset, pre.textContent].join(SEP));
              });
              document.querySelectorAll('section.doc mark[data-key]').forEach(function (m) {
                var k = m.dataset.key;
                if (!seen[k]) { seen[k] = { first: m, text: '' }; order.push(k); }
                seen[k].text += m.textContent;
              });
              order.forEach(function (k) {
                var f = seen[k].first, pre = f.closest('pre'), before = document.createRange();
                before.setStart(pre, 0);
                before.setEndBefore(f);
                out.push(['mark', k, f.id, f.dataset.part || 'measurement', f.dataset.start, f.dataset.end,
                    Number(pre.dataset.offset) + before.toString().length, seen[k].text, f.dataset.of || '',
                    f.getAttribute('aria-describedby') || '', f.tabIndex].join(SEP));
              });
              document.querySelectorAll('[role=tooltip]').forEach(function (c) {
                out.push(['card', c.id, c.dataset.for, c.hidden, c.textContent].join(SEP));
              });
              out.push(['page', document.scripts.length, performance.getEntriesByType('resource').length,
                  document.title, document.querySelectorAll('table.list a[href^="#d1-m"]').length].join(SEP));
              return out.join('\\u001E');
            })()
            """.replace("SEP", "'\\u001F'");

    @Test
    @Order(1)
    void theTextIsShownWholeAndEveryPartIsMarkedAtItsOffsets() throws Exception {
        String[] lines = browser.eval(PROBE).split("\u001E");
        StringBuilder shown = new StringBuilder();
        Map<String, String[]> marks = new HashMap<>();
        Map<String, String[]> cards = new HashMap<>();
        String[] page = null;
        for (String line : lines) {
            String[] f = line.split(SEP, -1);
            switch (f[0]) {
                case "pre" -> {
                    assertEquals(shown.length(), Integer.parseInt(f[1]), "blocks follow one another");
                    shown.append(f[2]);
                }
                case "mark" -> marks.put(f[1], f);
                case "card" -> cards.put(f[1], f);
                default -> page = f;
            }
        }
        assertEquals(TEXT, shown.toString(), "the DOM holds the text unit for unit (CR LF, controls, emoji)");
        assertEquals(List.of("1", "0", "cnstats: measurements", Integer.toString(expected.measurements().size())),
                List.of(page[1], page[2], page[3], page[4]),
                "one script (the page's own: the text's is text), no resource loaded, one link a measurement");

        MeasurementFormatter formatter = MeasurementFormatter.standard();
        List<Measurement> found = expected.measurements();
        assertTrue(found.size() >= 6, "the sentences give their measurements: " + found);
        Set<String> parts = new HashSet<>();
        Map<String, Set<String>> owners = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Measurement m = found.get(i);
            String key = "d1-m" + (i + 1);
            String[] mark = marks.get(key);
            assertTrue(mark != null, "a mark for " + m);
            assertEquals(List.of(key, "measurement", Integer.toString(m.span().start()),
                            Integer.toString(m.span().end()), Integer.toString(m.span().start()), m.text(), "0"),
                    List.of(mark[2], mark[3], mark[4], mark[5], mark[6], mark[7], mark[10]),
                    "id, kind, offsets, place in the text, text, focusable");
            String[] card = cards.get(mark[9]);
            assertTrue(card != null, "a card for " + key);
            assertEquals(key, card[2]);
            assertEquals("true", card[3], "hidden until asked for");
            assertTrue(card[4].contains(formatter.format(m)), card[4]);
            MeasurementParts p = expected.parts().get(i);
            for (Span s : p.subject()) {
                parts.add(owned(owners, "subject", s, key));
            }
            for (Object[] part : new Object[][] {{"quantity", p.quantity()}, {"change", p.change()},
                    {"period", p.period()}, {"region", p.region()}}) {
                if (part[1] != null) {
                    parts.add(owned(owners, (String) part[0], (Span) part[1], key));
                }
            }
        }
        Set<String> marked = new HashSet<>();
        for (String[] mark : marks.values()) {
            if (mark[3].equals("measurement")) {
                continue;
            }
            String part = mark[3] + " " + mark[4] + " " + mark[5];
            assertTrue(marked.add(part), "one mark for " + part);
            int start = Integer.parseInt(mark[4]);
            assertEquals(Integer.toString(start), mark[6], "placed at its start: " + part);
            assertEquals(TEXT.substring(start, Integer.parseInt(mark[5])), mark[7], part);
            assertEquals(owners.get(part), Set.of(mark[8].split(" ")), "the measurements of " + part);
        }
        assertEquals(parts, marked, "one mark per part");
        assertTrue(owners.values().stream().anyMatch(o -> o.size() > 1), "some part is shared");
    }

    private static String owned(Map<String, Set<String>> owners, String kind, Span span, String key) {
        String part = kind + " " + span.start() + " " + span.end();
        owners.computeIfAbsent(part, k -> new HashSet<>()).add(key);
        return part;
    }

    /** Which card is shown, and whether it sits below its mark. */
    private static final String SHOWN = """
            (function () {
              var shown = Array.from(document.querySelectorAll('[role=tooltip]')).filter(function (c) {
                return !c.hidden && c.offsetHeight > 0;
              });
              if (shown.length !== 1) { return shown.length + ' cards shown'; }
              var c = shown[0], m = document.getElementById(c.dataset.for);
              var below = c.getBoundingClientRect().top >= m.getBoundingClientRect().bottom;
              return c.id + (below ? '' : ' not below its mark') + ' focus=' + (document.activeElement.id || '-');
            })()
            """;

    @Test
    @Order(2)
    void theKeyboardMovesFromMarkToMarkAndShowsEachCard() throws Exception {
        browser.press("Tab", 9);
        assertEquals("d1-c1 focus=d1-m1", browser.eval(SHOWN));
        browser.press("Tab", 9);
        assertEquals("d1-c2 focus=d1-m2", browser.eval(SHOWN));
        browser.screenshot(SHOTS.resolve("focus.png"));
        browser.press("Escape", 27);
        assertEquals("0 cards shown", browser.eval(SHOWN));
    }

    @Test
    @Order(3)
    void theMouseShowsTheCardOfTheMarkUnderIt() throws Exception {
        String[] centre = browser.eval("""
                (function () { var r = document.getElementById('d1-m4').getBoundingClientRect();
                  return (r.left + 4) + ' ' + (r.top + r.height / 2); })()""").split(" ");
        browser.moveMouse(Double.parseDouble(centre[0]), Double.parseDouble(centre[1]));
        assertTrue(browser.eval(SHOWN).startsWith("d1-c4"), browser.eval(SHOWN));
        browser.screenshot(SHOTS.resolve("hover.png"));
    }

    @Test
    @Order(4)
    void theMouseOverAPeriodOutlinesTheMeasurementsItHoldsFor() throws Exception {
        String[] at = browser.eval("""
                (function () { document.activeElement.blur(); // a reader with the mouse only
                  var p = document.querySelector('section.doc mark.p.period');
                  var r = p.getBoundingClientRect();
                  return (r.left + 4) + ' ' + (r.top + r.height / 2) + ' ' + p.getAttribute('data-of'); })()""")
                .split(" ", 3);
        browser.moveMouse(Double.parseDouble(at[0]), Double.parseDouble(at[1]));
        assertEquals(at[2], browser.eval("""
                Array.from(document.querySelectorAll('mark.m.related')).map(function (m) { return m.id; }).join(' ')"""));
        assertEquals("0 cards shown", browser.eval(SHOWN));
    }

    @Test
    @Order(5)
    void aLinkOfTheTableLeadsToItsMark() throws Exception {
        browser.moveMouse(1, 1);
        String link = browser.eval("""
                (function () { var a = document.querySelector('table.list a[href="#d1-m6"]'); a.click();
                  return a.textContent; })()""");
        assertEquals("6", link);
        Thread.sleep(100); // the hashchange event
        assertTrue(browser.eval(SHOWN).startsWith("d1-c6"), browser.eval(SHOWN));
        assertFalse(browser.eval("String(window.scrollY)").isEmpty());
    }
}
