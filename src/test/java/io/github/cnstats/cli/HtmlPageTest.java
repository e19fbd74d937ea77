package io.github.cnstats.cli;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code extract --format html} read back without a browser ({@link MarkedHtml}); {@link HtmlPageBrowserTest}
 * loads the same kind of page in Chromium.
 */
class HtmlPageTest {

    private static final MeasurementParser PARSER = Cnstats.parser();

    @TempDir
    Path dir;

    private static final Pattern PRE = Pattern.compile(
            "<pre class=\"text\" lang=\"zh\" data-offset=\"(\\d+)\" data-line=\"(\\d+)\">(.*?)</pre>", Pattern.DOTALL);

    /** The DOM text of each {@code <pre>} of a page, placed at its offset, joined into the documents' texts. */
    static String shownText(String page) {
        StringBuilder text = new StringBuilder();
        Matcher m = PRE.matcher(page);
        while (m.find()) {
            int offset = Integer.parseInt(m.group(1));
            while (text.length() < offset) {
                text.append('\n'); // a line end that --lines does not show
            }
            text.append(MarkedHtml.read(m.group(3)).text());
        }
        return text.toString();
    }

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void markupInTheTextIsShownAsText() throws IOException {
        String text = "全年破获案件120起<script>alert('x')</script>,同比下降5%。<img src=x onerror=alert(1)>&amp;\n";
        Run run = Run.of(PARSER, "extract", "--format", "html", file("a.txt", text).toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(1, count(run.out(), "<script"), "only the page's own script");
        assertFalse(run.out().contains("<img"), "no element from the text");
        assertTrue(run.out().contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
        assertTrue(run.out().contains("&amp;amp;"));
        assertEquals(text, shownText(run.out()));
    }

    @Test
    void thePageAsksForNothingOutsideItself() throws IOException {
        Run run = Run.of(PARSER, "extract", "--format", "html",
                file("a.txt", "今年前三季度,全市共受理消费者投诉2.4万件,同比下降6.2%。").toString());
        String page = run.out().toLowerCase(Locale.ROOT);
        for (String reference : List.of("http:", "https:", "//", "src=", "href=\"http", "url(", "@import", "<link",
                "@font-face")) {
            if (reference.equals("//")) {
                assertFalse(Pattern.compile("[\"'(]//").matcher(page).find(), "a scheme-relative reference");
                continue;
            }
            assertFalse(page.contains(reference), reference);
        }
        assertTrue(page.contains("content-security-policy\" content=\"default-src 'none'"));
    }

    @Test
    void everyMeasurementAndPartIsMarkedAtItsOffsets() throws IOException {
        String text = "2025年,全省小麦产量和玉米产量分别增长2.3%和5.6%,其中稻谷产量增至3.2亿吨。\r\n"
                + "截至9月底，本市累計發放貸款3.2萬億元，較上年同期增長8.4%。😀\r\n"
                + "去年全县破获刑事案件120余起,同比上升5.7%。";
        Run run = Run.of(PARSER, "extract", "--format", "html", file("a.txt", text).toString());
        assertEquals(text, shownText(run.out()));
        checkMarks(run.out(), text, PARSER.explain(text));
    }

    @Test
    void withLinesEachLineIsShownAtItsOffset() throws IOException {
        String text = "全年破获案件120起。\r\n\n受理投诉2.4万件,同比下降6.2%。\r受理举报300件。\n";
        Run run = Run.of(PARSER, "extract", "--format", "html", "--lines", file("a.txt", text).toString());
        assertEquals(0, run.status(), run.err());
        Matcher pre = PRE.matcher(run.out());
        List<String> lines = new java.util.ArrayList<>();
        while (pre.find()) {
            int offset = Integer.parseInt(pre.group(1));
            String line = MarkedHtml.read(pre.group(3)).text();
            assertEquals(text.substring(offset, offset + line.length()), line);
            assertEquals(lines.size() + 1, Integer.parseInt(pre.group(2)), "its line number");
            lines.add(line);
        }
        assertEquals(List.of("全年破获案件120起。", "", "受理投诉2.4万件,同比下降6.2%。", "受理举报300件。"), lines,
                "one block a line, the empty one too");
        MarkedHtml all = MarkedHtml.read(between(run.out()));
        assertTrue(all.pieces().containsKey("d1-m3"), "the measurements of all lines, numbered in the document");
    }

    @Test
    void eachInputIsASectionAndOneWithoutMeasurementsSaysSo() throws IOException {
        Run run = Run.of(PARSER, "extract", "--format", "html", file("a.txt", "全年破获案件120起。").toString(),
                file("b.txt", "今天天气不错。").toString());
        assertEquals(2, count(run.out(), "<section class=\"doc\""));
        assertEquals(1, count(run.out(), "No measurements."));
        assertTrue(run.out().contains("<h2 id=\"d2-h\">" + dir.resolve("b.txt") + "</h2>"));
    }

    @Test
    void aRunThatReadsNoDocumentStillWritesAPage() throws IOException {
        Run run = Run.of(PARSER, "extract", "--format", "html", dir.resolve("missing.txt").toString());
        assertEquals(Main.EXIT_INPUT_FAILED, run.status());
        assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertTrue(Run.of(PARSER, "extract", "--format", "html", empty.toString()).out().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void aLongDocumentIsShownChunkByChunkWithItsTableWrittenAsItGoes() throws IOException {
        String text = "全年受理投诉1.5万件,同比下降3.1%。\n".repeat(2500);
        Run run = Run.of(PARSER, new byte[0], new ChunkLimits(20_000, 40_000), "extract", "--format", "html",
                file("a.txt", text).toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(count(run.out(), "<pre class=\"text\"") > 1);
        assertTrue(count(run.out(), "<table class=\"list\">") > 1, "written once 1000 rows are held, and at the end");
        assertEquals(2500, count(run.out(), "<tr><td><a href=\"#d1-m"));
        assertEquals(text, shownText(run.out()));
        assertEquals(2500, count(run.out(), "role=\"tooltip\""));
    }

    /**
     * The marks of a page against what the parser found: one mark per measurement, one per part (shared by the
     * measurements that share it), each over the text at its offsets.
     */
    static void checkMarks(String page, String text, ParseResult result) {
        MarkedHtml html = MarkedHtml.read(between(page));
        for (int i = 0; i < result.measurements().size(); i++) {
            Measurement m = result.measurements().get(i);
            String key = "d1-m" + (i + 1);
            assertEquals(m.text(), html.joined(key), key);
            assertTrue(html.firsts().get(key).contains("data-start=\"" + m.span().start() + "\" data-end=\""
                    + m.span().end() + "\""), html.firsts().get(key));
            assertTrue(page.contains("id=\"d1-c" + (i + 1) + "\" data-for=\"" + key + "\" hidden>"), "a card");
        }
        assertFalse(html.pieces().containsKey("d1-m" + (result.measurements().size() + 1)));
        long parts = html.pieces().keySet().stream().filter(k -> k.startsWith("d1-p")).count();
        long expected = result.parts().stream().flatMap(p -> java.util.stream.Stream.concat(
                        p.subject().stream().map(s -> "subject " + s),
                        java.util.stream.Stream.of(tagged("quantity", p.quantity()), tagged("change", p.change()),
                                tagged("period", p.period()), tagged("region", p.region()))))
                .filter(s -> s != null).distinct().count();
        assertEquals(expected, parts, "one mark a part");
        for (String key : html.pieces().keySet()) {
            Matcher range = Pattern.compile("data-start=\"(\\d+)\" data-end=\"(\\d+)\"").matcher(html.firsts().get(key));
            assertTrue(range.find(), key);
            assertEquals(text.substring(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))),
                    html.joined(key), key);
        }
    }

    private static String tagged(String kind, io.github.cnstats.Span span) {
        return span == null ? null : kind + " " + span;
    }

    /** Everything inside the {@code <pre>} blocks of the first document, as one run of marked text. */
    private static String between(String page) {
        StringBuilder s = new StringBuilder();
        Matcher m = PRE.matcher(page);
        while (m.find()) {
            s.append(m.group(3));
        }
        return s.toString();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
