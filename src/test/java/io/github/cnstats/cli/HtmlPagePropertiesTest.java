package io.github.cnstats.cli;

import io.github.cnstats.Cnstats;
import io.github.cnstats.MeasurementParser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whatever the text, the page of {@code extract --format html} shows it whole, and marks every measurement and
 * every part over the text at its offsets (read back by {@link MarkedHtml}; the browser test checks a page in
 * Chromium).
 */
class HtmlPagePropertiesTest {

    private static final MeasurementParser PARSER = Cnstats.parser();

    /** Pieces of statistics text, Simplified and Traditional, with what HTML would change or read as markup. */
    private static final List<String> PIECES = List.of("2025年,", "全省", "截至9月底，", "本市", "受理投诉", "2.4万件",
            ",同比下降6.2%", "。", "\r\n", "\n", "\r", "小麦产量和玉米产量", "分别增长2.3%和5.6%", "增至3.2亿吨",
            "累計發放貸款", "3.2萬億元", "，較上年同期增長8.4%", "<b>", "</pre>", "&amp;", "\"", "😀", "\u0001", "\t",
            "挽回经济损失", "1800余万元", ";", "其中");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(24).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 200)
    void theTextIsShownWholeWithEveryMarkAtItsOffsets(@ForAll("texts") String text) {
        Run run = Run.of(PARSER, text.getBytes(StandardCharsets.UTF_8), "extract", "--format", "html", "-");
        assertEquals(0, run.status(), run.err());
        assertEquals(text, HtmlPageTest.shownText(run.out()));
        HtmlPageTest.checkMarks(run.out(), text, PARSER.explain(text));
    }
}
