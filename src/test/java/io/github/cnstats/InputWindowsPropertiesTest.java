package io.github.cnstats;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever {@link ParserLimits#maxInputLength()} is, a parser reads the whole text and places what it finds in it. */
class InputWindowsPropertiesTest {

    private static final List<String> PIECES = List.of("全年破获案件", "120起", "。", "同比下降", "5.3%", "，",
            "抓獲嫌疑人", "300人", "\n", "\r\n", "𠀀", "全市新建公园", "12个", "！", "搭建帐篷", "30顶", "年末", "3.2万亿元");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 300)
    void everyWindowIsReadAndSpansIndexTheWholeText(@ForAll("texts") String text,
                                                    @ForAll @IntRange(min = 1, max = 80) int limit) {
        MeasurementParser parser = Cnstats.parser(ParserLimits.builder().maxInputLength(limit).build());
        ParseResult result = parser.explain(text);
        assertEquals(result.measurements(), parser.parse(text));
        int previousStart = -1;
        for (Measurement m : result.measurements()) {
            assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
            assertTrue(m.span().start() >= previousStart, "in text order");
            previousStart = m.span().start();
        }
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.kind() != Diagnostic.Kind.INPUT_TOO_LONG, "nothing is left unread: " + d);
            assertTrue(d.span().end() <= text.length(), d.toString());
        }
    }

    @Example
    void aLineBreakAfterACommaIsNoPlaceToCut() {
        // The normaliser joins 120起,⏎120起 into one sentence, so the window must end at the 。 before it, not at
        // the line break: cut there, the last figure lost the subject it has when the text is read whole.
        String text = "全年破获案件全年破获案件120起120起120起120起。120起120起120起120起，。120起。𠀀120起，\n120起";
        aTextOfShortSentencesGivesWhatItGivesInOneWindow(text);
    }

    @Property(tries = 100)
    void aTextOfShortSentencesGivesWhatItGivesInOneWindow(@ForAll("texts") String text) {
        // Windows of 60 cut at a sentence end whenever one of the pieces' sentences ends in the window's second
        // half; with no sentence longer than 30 characters, every cut falls at one.
        // The normaliser joins the lines of 120起，⏎120起 (a line cannot end on a comma), so that is one sentence.
        for (String sentence : text.replaceAll("，(\r?\n)+", "，").split("[。！\n\r]")) {
            if (sentence.length() >= 30) {
                return;
            }
        }
        if (text.matches("(?s).*[。！][。！，、 ].*")) {
            return; // 。，: the sentence splitter reads on past the mark, so no cut there is a sentence end
        }
        MeasurementParser windowed = Cnstats.parser(ParserLimits.builder().maxInputLength(60).build());
        assertEquals(Cnstats.parser().parse(text).stream().map(Measurement::span).toList(),
                windowed.parse(text).stream().map(Measurement::span).toList());
    }
}
