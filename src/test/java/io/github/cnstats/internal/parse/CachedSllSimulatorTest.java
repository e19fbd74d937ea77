package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.normalize.SentenceSplitter;
import io.github.cnstats.internal.normalize.TextNormalizer;
import io.github.cnstats.internal.normalize.TextRange;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CachedSllSimulator} predicts what ANTLR's own simulator predicts: the same tree for every sentence, the
 * first time (when its tables are being filled from the DFA) and again (when they answer alone).
 */
class CachedSllSimulatorTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final PlainHan PLAIN = PlainHan.of(UNITS);

    /** Sentences of our own, Simplified and Traditional, with quantities, changes, periods and text. */
    private static final List<String> OWN = List.of(
            "今年一至九月,全县共登记新生儿3,215名,比去年同期减少4.6%。",
            "今年一至九月,全縣共登記新生兒3,215名,比去年同期減少4.6%。",
            "截至六月底,港口集装箱吞吐量约为1.2万标箱,环比上升0.8个百分点。",
            "截至六月底,港口貨櫃吞吐量約為1.2萬標箱,環比上升0.8個百分點。",
            "两家商场分别接待顾客12万人次和8.5万人次,同比分别增长3%、5%。",
            "全市新增绿地两三千平方米,约占规划的七成半,下午3点至5点开放。",
            "由1250宗增加130宗至1380宗;从0到1,连续7个月回落。");

    @Test
    void predictsAsAntlrDoesOnOurSentencesAndTheGoldenArticles() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String text : OWN) {
            sentences.add(normalized(text));
        }
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "golden"))) {
            for (Path article : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = normalized(Files.readString(article, StandardCharsets.UTF_8));
                for (TextRange range : new SentenceSplitter().sentences(text)) {
                    sentences.add(text.substring(range.start(), range.end()));
                }
            }
        }
        assertTrue(sentences.size() > 20, "only " + sentences.size() + " sentences");
        for (int pass = 1; pass <= 2; pass++) {
            for (String sentence : sentences) {
                assertEquals(tree(sentence, false), tree(sentence, true), "pass " + pass + ": " + sentence);
            }
        }
    }

    private static String normalized(String text) {
        return new TextNormalizer().normalize(text).text();
    }

    /** The SLL parse tree of {@code sentence}, or a note that SLL gave up, with either simulator. */
    private static String tree(String sentence, boolean cached) {
        StatsParser parser = new StatsParser(new CommonTokenStream(new LexiconLexer(sentence, UNITS, PLAIN)));
        if (cached) {
            parser.setInterpreter(new CachedSllSimulator(parser, parser.getInterpreter()));
        }
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.sentence().toStringTree(parser);
        } catch (ParseCancellationException gaveUp) {
            return "SLL gave up";
        }
    }
}
