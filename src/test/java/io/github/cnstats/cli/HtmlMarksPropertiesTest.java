package io.github.cnstats.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link HtmlMarks}: whatever the text and however the ranges nest, share or cross, the DOM text is the input
 * unit for unit and each range's pieces join to its text.
 */
class HtmlMarksPropertiesTest {

    /** Characters that HTML changes or drops unless escaped, beside ordinary text. */
    private static final List<String> PIECES = List.of("全年", "破获", "1.2万起", "<", ">", "&", "\"", "'", "\r", "\n",
            "\r\n", "\t", "\0", "\u0001", "\u007F", "\u0085", "\u0096", "😀", "\uD800", "\uDC00", "&amp;", "<script>",
            " ", "\u00A0", "\uFEFF", "營收");

    record Case(String text, List<int[]> ranges) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> texts = Arbitraries.of(PIECES).list().ofMaxSize(30).map(p -> String.join("", p));
        return texts.flatMap(text -> {
            // Spans never cut a surrogate pair: a place inside one is moved to its start.
            Arbitrary<Integer> at = Arbitraries.integers().between(0, text.length())
                    .map(i -> i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                            && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i);
            Arbitrary<int[]> range = Combinators.combine(at, at).as((a, b) -> new int[] {Math.min(a, b), Math.max(a, b)});
            return range.list().ofMaxSize(12).map(ranges -> new Case(text, ranges));
        });
    }

    @Property(tries = 500)
    void theTextStaysWholeAndEveryRangeIsItsPiecesJoined(@ForAll("cases") Case c) {
        List<HtmlMarks.Mark> marks = new ArrayList<>();
        for (int i = 0; i < c.ranges().size(); i++) {
            int[] r = c.ranges().get(i);
            String key = "k" + i;
            marks.add(new HtmlMarks.Mark(r[0], r[1], i % 3, "<mark id=\"" + key + "\" data-key=\"" + key + "\">",
                    "<mark data-key=\"" + key + "\" data-cont=\"\">"));
        }
        StringBuilder html = new StringBuilder();
        HtmlMarks.write(c.text(), marks, html);
        MarkedHtml read = MarkedHtml.read(html.toString());
        String dom = asParsed(c.text());
        assertEquals(dom, read.text());
        for (int i = 0; i < c.ranges().size(); i++) {
            int[] r = c.ranges().get(i);
            String key = "k" + i;
            if (r[1] <= r[0]) {
                assertTrue(!read.pieces().containsKey(key), "an empty range is not marked");
                continue;
            }
            assertEquals(dom.substring(r[0], r[1]), read.joined(key));
            assertEquals(r[0], read.start(key));
            assertTrue(read.firsts().get(key).contains("id=\"" + key + "\""), "the first piece has the id");
        }
    }

    @Example
    void crossingRangesAreWrittenInPieces() {
        StringBuilder html = new StringBuilder();
        HtmlMarks.write("甲乙丙丁", List.of(
                new HtmlMarks.Mark(0, 3, 0, "<mark data-key=\"a\">", "<mark data-key=\"a\" data-cont=\"\">"),
                new HtmlMarks.Mark(1, 4, 0, "<mark data-key=\"b\">", "<mark data-key=\"b\" data-cont=\"\">")), html);
        assertEquals("<mark data-key=\"a\">甲<mark data-key=\"b\">乙丙</mark></mark>"
                + "<mark data-key=\"b\" data-cont=\"\">丁</mark>", html.toString());
    }

    @Example
    void aLongerRangeGoesOutsideAndEqualRangesGoByRank() {
        StringBuilder html = new StringBuilder();
        HtmlMarks.write("增至3亿吨", List.of(
                new HtmlMarks.Mark(2, 5, 2, "<q>", "<q>"),
                new HtmlMarks.Mark(0, 5, 1, "<c>", "<c>"),
                new HtmlMarks.Mark(0, 5, 0, "<m>", "<m>")), html);
        assertEquals("<m><c>增至<q>3亿吨</mark></mark></mark>", html.toString());
    }

    @Example
    void markupInTheTextIsText() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;amp;",
                HtmlMarks.escape("<script>alert(\"x\")</script> &amp;"));
        assertEquals("a&#13;\nb\uFFFDc&#1;", HtmlMarks.escape("a\r\nb\0c\u0001"));
    }

    /** The text as the DOM holds it: the two characters that cannot stand in it are U+FFFD, one unit each. */
    private static String asParsed(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                s.append(c).append(text.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                s.append('\uFFFD');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
