package io.github.cnstats.cli;

import io.github.cnstats.Change;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementFormatter;
import io.github.cnstats.MeasurementParts;
import io.github.cnstats.Quantity;
import io.github.cnstats.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code --format html}: one self-contained page (inline style and a few lines of inline script, no request
 * of any kind, which its Content-Security-Policy also forbids) with the text of each input and every measurement
 * marked in it.
 *
 * <ul>
 *   <li>Each document is a {@code <section class="doc">} with its name as a heading. Its text is written as it is
 *       read, one {@code <pre class="text">} per chunk (a line with {@code --lines}), whose
 *       {@code data-offset} is the offset of its first character in the document: the offsets of JSON Lines,
 *       UTF-16 units of the decoded input (see {@link HtmlMarks} for how the text is escaped so that the DOM
 *       holds it unit for unit).</li>
 *   <li>Each measurement is a {@code <mark class="m">} over its span, focusable, with {@code data-start} and
 *       {@code data-end}, described ({@code aria-describedby}) by its card: a {@code role="tooltip"} element
 *       holding the typed values and the phrase of {@link MeasurementFormatter}, shown on hover and on keyboard
 *       focus. Its parts are {@code <mark class="p KIND">}, KIND one of subject, quantity, change, period and
 *       region, with {@code data-of} naming the measurements they belong to: measurements that share a period
 *       or a subject share one mark.</li>
 *   <li>Below the text, a table lists the measurements, each linking to its mark; it is written every
 *       {@value #BLOCK_ROWS} rows and at the end of a document, so memory stays bounded on long inputs.</li>
 * </ul>
 */
final class HtmlPage implements MeasurementWriter {

    /** Most table rows held back before they are written. */
    static final int BLOCK_ROWS = 1000;

    /** The kinds of part, in the order they are shown; also their CSS class and {@code data-part}. */
    static final List<String> PART_KINDS = List.of("subject", "quantity", "change", "period", "region");

    private final Writer out;
    private final MeasurementFormatter formatter = MeasurementFormatter.standard();

    private int docNumber;
    private String docId;
    private int measurements;
    private int parts;

    private Chunk chunk;
    private List<MeasurementParts> chunkParts = List.of();
    private final List<LocatedMeasurement> chunkFound = new ArrayList<>();

    private final StringBuilder rows = new StringBuilder();
    private int rowCount;

    /**
     * Starts the page, so that a run that reads no document (an empty directory, inputs that all fail) still
     * writes one.
     *
     * @param out where the page goes, as UTF-8
     * @throws UncheckedIOException if the head cannot be written
     */
    HtmlPage(Writer out) {
        this.out = out;
        try {
            out.write(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beginDocument(String doc) throws IOException {
        docNumber++;
        docId = "d" + docNumber;
        measurements = 0;
        parts = 0;
        out.write("<section class=\"doc\" id=\"" + docId + "\" aria-labelledby=\"" + docId + "-h\">\n<h2 id=\""
                + docId + "-h\">" + HtmlMarks.escape(doc) + "</h2>\n");
    }

    @Override
    public void text(Chunk next) throws IOException {
        writeChunk();
        chunk = next;
    }

    @Override
    public void parts(List<MeasurementParts> found) {
        chunkParts = found;
    }

    @Override
    public void write(LocatedMeasurement measurement) {
        chunkFound.add(measurement);
    }

    @Override
    public void endDocument() throws IOException {
        writeChunk();
        writeRows();
        if (measurements == 0) {
            out.write("<p class=\"none\">No measurements.</p>\n");
        }
        out.write("</section>\n");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** The text of the chunk at hand with its marks, its cards, and its rows for the table. */
    private void writeChunk() throws IOException {
        if (chunk == null) {
            return;
        }
        StringBuilder html = new StringBuilder(chunk.text().length() * 2 + 256);
        StringBuilder cards = new StringBuilder();
        List<HtmlMarks.Mark> marks = new ArrayList<>();
        // Parts of the same kind and range are one mark, shared by the measurements it belongs to.
        Map<Part, List<String>> owners = new LinkedHashMap<>();
        boolean withParts = chunkParts.size() == chunkFound.size();
        for (int i = 0; i < chunkFound.size(); i++) {
            LocatedMeasurement located = chunkFound.get(i);
            String id = docId + "-m" + (++measurements);
            int start = (int) (located.start() - chunk.offset());
            int end = (int) (located.end() - chunk.offset());
            String cardId = docId + "-c" + measurements;
            String common = " data-key=\"" + id + "\" data-start=\"" + located.start() + "\" data-end=\""
                    + located.end() + "\"";
            marks.add(new HtmlMarks.Mark(start, end, 0,
                    "<mark class=\"m\" id=\"" + id + "\"" + common + " tabindex=\"0\" aria-describedby=\"" + cardId
                            + "\">",
                    "<mark class=\"m\"" + common + " data-cont=\"\">"));
            cards.append(card(cardId, id, located));
            row(id, located);
            if (withParts) {
                MeasurementParts p = chunkParts.get(i);
                for (Span s : p.subject()) {
                    own(owners, "subject", s, id);
                }
                own(owners, "quantity", p.quantity(), id);
                own(owners, "change", p.change(), id);
                own(owners, "period", p.period(), id);
                own(owners, "region", p.region(), id);
            }
        }
        for (Map.Entry<Part, List<String>> owned : owners.entrySet()) {
            Part part = owned.getKey();
            String kind = part.kind();
            String key = docId + "-p" + (++parts);
            String common = " data-key=\"" + key + "\" data-part=\"" + kind + "\" data-of=\""
                    + String.join(" ", owned.getValue()) + "\" data-start=\"" + (chunk.offset() + part.start())
                    + "\" data-end=\"" + (chunk.offset() + part.end()) + "\"";
            marks.add(new HtmlMarks.Mark(part.start(), part.end(), 1 + PART_KINDS.indexOf(kind),
                    "<mark class=\"p " + kind + "\" id=\"" + key + "\"" + common + ">",
                    "<mark class=\"p " + kind + "\"" + common + " data-cont=\"\">"));
        }
        html.append("<pre class=\"text\" lang=\"zh\" data-offset=\"").append(chunk.offset()).append("\" data-line=\"")
                .append(chunk.firstLine()).append("\">");
        HtmlMarks.write(chunk.text(), marks, html);
        html.append("</pre>\n");
        if (!cards.isEmpty()) {
            html.append("<div class=\"cards\">").append(cards).append("</div>\n");
        }
        out.write(html.toString());
        chunk = null;
        chunkParts = List.of();
        chunkFound.clear();
        if (rowCount >= BLOCK_ROWS) {
            writeRows();
        }
    }

    /** A part as marked: its kind and its range in the chunk. */
    private record Part(String kind, int start, int end) {
    }

    /** Notes that part {@code kind} of measurement {@code id} is written at {@code span} of the chunk. */
    private void own(Map<Part, List<String>> owners, String kind, Span span, String id) {
        if (span == null || span.end() <= span.start() || span.end() > chunk.text().length()) {
            return; // not placed, or not in this chunk: the card still shows it
        }
        owners.computeIfAbsent(new Part(kind, span.start(), span.end()), k -> new ArrayList<>()).add(id);
    }

    /** The card of a measurement: its typed values, hidden until its mark is hovered or focused. */
    private String card(String cardId, String markId, LocatedMeasurement located) {
        Measurement m = located.measurement();
        StringBuilder card = new StringBuilder(512);
        card.append("<div class=\"card\" role=\"tooltip\" id=\"").append(cardId).append("\" data-for=\"")
                .append(markId).append("\" hidden>");
        String phrase = phrase(m);
        if (phrase != null) {
            card.append("<p class=\"phrase\" lang=\"zh\">").append(HtmlMarks.escape(phrase)).append("</p>");
        }
        card.append("<dl>");
        entry(card, "subject", m.subject() == null ? null : HtmlMarks.escape(m.subject()));
        entry(card, "quantity", m.quantity() == null ? null : quantity(m.quantity()));
        entry(card, "change", m.change() == null ? null : change(m.change()));
        entry(card, "period", m.period() == null ? null
                : HtmlMarks.escape(m.period().text()) + " <small>" + m.period().kind() + "</small>");
        entry(card, "region", m.region() == null ? null : HtmlMarks.escape(m.region().text()));
        entry(card, "period range", m.periodRange() == null ? null
                : m.periodRange().from() + " – " + m.periodRange().to());
        entry(card, "region resolved", m.regionResolved() == null ? null : HtmlMarks.escape(m.regionResolved()));
        entry(card, "baseline", m.baseline() == null ? null
                : HtmlMarks.escape(MeasurementFields.baselineText(m.baseline())));
        entry(card, "where", "line " + located.line() + ", " + located.start() + "–" + located.end());
        return card.append("</dl></div>").toString();
    }

    private static void entry(StringBuilder card, String name, String html) {
        card.append("<dt>").append(name).append("</dt><dd>").append(html == null ? "—" : html).append("</dd>");
    }

    /** The formatter's phrase, or null for a number it cannot write. */
    private String phrase(Measurement m) {
        try {
            return formatter.format(m);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code value 24000 · unit 件 · EXACT}, with the high end of a range. */
    private static String quantity(Quantity q) {
        StringBuilder s = new StringBuilder();
        s.append("<span class=\"v\">").append(q.value().toPlainString());
        if (q.high() != null) {
            s.append("–").append(q.high().toPlainString());
        }
        s.append("</span>");
        if (q.unit() != null) {
            s.append(" <span class=\"u\">").append(HtmlMarks.escape(q.unit().text())).append("</span>");
        }
        return s.append(" <small>").append(q.approx()).append("</small>").toString();
    }

    /** {@code YEAR_ON_YEAR DOWN 6.2 %}, with the reference and the streak where there are. */
    private static String change(Change c) {
        StringBuilder s = new StringBuilder();
        s.append("<small>").append(c.basis()).append("</small> ").append(c.direction());
        if (c.amount() != null) {
            s.append(" <span class=\"v\">").append(c.amount().toPlainString()).append("</span>");
            if (c.amountUnit() != null) {
                s.append(" <span class=\"u\">").append(HtmlMarks.escape(c.amountUnit().text())).append("</span>");
            }
        }
        if (c.reference() != null) {
            s.append(" <small>against</small> ").append(HtmlMarks.escape(c.reference()));
        }
        if (c.streak() != null) {
            s.append(" <small>streak</small> ").append(c.streak().count())
                    .append(HtmlMarks.escape(c.streak().unit().text()));
        }
        return s.toString();
    }

    /** One row of the table: a link to the mark, then what the table of {@code --format table} shows. */
    private void row(String id, LocatedMeasurement located) {
        Measurement m = located.measurement();
        String number = id.substring(id.indexOf('m') + 1);
        rows.append("<tr><td><a href=\"#").append(id).append("\" aria-label=\"measurement ").append(number)
                .append(" in the text\">").append(number).append("</a></td><td class=\"num\">").append(located.line()).append("</td><td lang=\"zh\">")
                .append(HtmlMarks.escape(located.text())).append("</td>");
        cell(m.subject());
        cell(m.quantity() == null ? null : MeasurementFields.quantityText(m.quantity()));
        cell(m.change() == null ? null : MeasurementFields.changeText(m.change()));
        cell(m.period() == null ? null : m.period().text());
        cell(m.region() == null ? null : m.region().text());
        cell(phrase(m));
        rows.append("</tr>\n");
        rowCount++;
    }

    private void cell(String text) {
        rows.append("<td lang=\"zh\">").append(text == null ? "—" : HtmlMarks.escape(text)).append("</td>");
    }

    private void writeRows() throws IOException {
        if (rowCount == 0) {
            return;
        }
        out.write("<table class=\"list\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">line</th>"
                + "<th scope=\"col\">text</th><th scope=\"col\">subject</th><th scope=\"col\">quantity</th>"
                + "<th scope=\"col\">change</th><th scope=\"col\">period</th><th scope=\"col\">region</th>"
                + "<th scope=\"col\">phrase</th></tr></thead>\n<tbody>\n");
        out.write(rows.toString());
        out.write("</tbody></table>\n");
        rows.setLength(0);
        rowCount = 0;
    }

    /**
     * The head of the page and its legend. The script only shows and places cards: everything it shows is in the
     * DOM without it. {@code </body>} and {@code </html>} may be left out in HTML, so a page is whole after any
     * document, also when the run is stopped.
     */
    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            script-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="cnstats extract --format html">
            <title>cnstats: measurements</title>
            <style>
            body { font: 15px/1.6 system-ui, sans-serif; margin: 1.5em; color: #1b1b1b; background: #fff; }
            h1 { font-size: 1.3em; margin: 0 0 .3em; }
            h2 { font-size: 1.1em; margin: 1.6em 0 .4em; border-bottom: 1px solid #ccc; }
            pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; line-height: 2.1; margin: 0; }
            pre.text:empty { min-height: 1em; }
            mark { background: none; color: inherit; padding: 1px 0; }
            mark.m { border-bottom: 2px solid #666; background: #f3f3f3; border-radius: 2px; }
            mark.m:focus, mark.m.active, mark.m:target { outline: 2px solid #0b57d0; outline-offset: 1px; }
            mark.p.subject { background: #d6e4ff; }
            mark.p.quantity { background: #ffd8a8; font-weight: 600; }
            mark.p.change { background: #c9f2c7; }
            mark.p.period { background: #ecd9ff; box-shadow: inset 0 -2px #8e44ad; }
            mark.p.region { background: #c7f0ee; box-shadow: inset 0 -2px #16877f; }
            mark.p.related, mark.m.related { outline: 1px dashed #444; }
            .legend mark { padding: 0 .4em; margin-right: .3em; }
            .card { position: absolute; z-index: 10; max-width: 28em; background: #fffef5; border: 1px solid #999;
              border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.25); padding: .4em .7em; font-size: 14px; }
            .card[hidden] { display: none; }
            .card .phrase { margin: 0 0 .3em; font-weight: 600; }
            .card dl { display: grid; grid-template-columns: auto 1fr; gap: 0 .8em; margin: 0; }
            .card dt { color: #555; } .card dd { margin: 0; }
            small { color: #555; font-size: .8em; }
            table.list { border-collapse: collapse; margin: 1em 0; font-size: 14px; }
            table.list th, table.list td { border: 1px solid #ddd; padding: .2em .5em; text-align: left;
              vertical-align: top; }
            table.list td.num { text-align: right; }
            table.list tbody tr:nth-child(even) { background: #fafafa; }
            p.none { color: #555; font-style: italic; }
            </style>
            <script>
            (function () {
              var shown = null, lit = [];
              function cardOf(mark) {
                var id = mark && mark.getAttribute('aria-describedby');
                return id ? document.getElementById(id) : null;
              }
              function lead(el) {
                var m = el.closest && el.closest('mark.m');
                return m ? document.getElementById(m.getAttribute('data-key')) : null;
              }
              function hide() {
                if (shown) { shown.card.hidden = true; shown = null; }
                lit.forEach(function (p) { p.classList.remove('related', 'active'); });
                lit = [];
              }
              function show(mark) {
                var card = cardOf(mark);
                if (!card || (shown && shown.mark === mark)) { return; }
                hide();
                card.hidden = false;
                var r = mark.getBoundingClientRect();
                var left = Math.max(4, Math.min(window.scrollX + r.left,
                    window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8));
                card.style.left = left + 'px';
                card.style.top = (window.scrollY + r.bottom + 6) + 'px';
                shown = { mark: mark, card: card };
                document.querySelectorAll('mark.m, mark.p').forEach(function (p) {
                  if (p.getAttribute('data-key') === mark.id) {
                    p.classList.add('active'); lit.push(p);
                  } else if ((' ' + p.getAttribute('data-of') + ' ').indexOf(' ' + mark.id + ' ') >= 0) {
                    p.classList.add('related'); lit.push(p);
                  }
                });
              }
              document.addEventListener('focusin', function (e) { var m = lead(e.target); if (m) { show(m); } });
              document.addEventListener('focusout', function () { hide(); });
              document.addEventListener('mouseover', function (e) {
                var m = lead(e.target);
                if (m) { show(m); return; }
                if (document.activeElement && lead(document.activeElement)) { return; }
                hide();
                var part = e.target.closest && e.target.closest('mark.p[data-of]');
                if (part) { // a period or region before its measurements: outline them
                  part.getAttribute('data-of').split(' ').forEach(function (id) {
                    var owner = document.getElementById(id);
                    if (owner) { owner.classList.add('related'); lit.push(owner); }
                  });
                }
              });
              document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });
              function toTarget() {
                var m = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
                if (m && m.matches('mark.m')) { m.focus(); }
              }
              window.addEventListener('hashchange', toTarget);
              document.addEventListener('DOMContentLoaded', toTarget);
            })();
            </script>
            </head>
            <body>
            <h1>cnstats: measurements</h1>
            <p class="legend">Each measurement is underlined; hover over it or move to it with Tab for its values. \
            Parts: <mark class="p subject">subject</mark><mark class="p quantity">quantity</mark>\
            <mark class="p change">change</mark><mark class="p period">period</mark>\
            <mark class="p region">region</mark></p>
            """;
}
