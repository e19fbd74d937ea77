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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * SLL prediction reads every sentence of real text by itself. {@link SentenceParser} falls back to full LL when
 * SLL gives up, which gives the same tree but costs a hundred times as much per token: a grammar change that
 * makes SLL give up on common phrasing shows here, not only as a slower benchmark.
 */
class SllPredictionTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final PlainHan PLAIN = PlainHan.of(UNITS);

    @ParameterizedTest
    @ValueSource(strings = {
            "破获案件1.2万起、抓获犯罪嫌疑人0.8万人,分别同比上升12.5%、2.3%。",
            "两项指标分别增长6.8%和12.3%。",
            "城乡居民人均住房面积分别提高到42平方米和51平方米。",
            "粮食、棉花产量同比分别增长1.2%、3.4%。",
            "三个项目分别代表本市在新材料领域的3个首次突破。",
            "两家药店存在违规行为,分别被罚款8万元和5万元。",
            "出口、进口分别比上年多12亿元和5亿元。",
            "一般公共预算收入和税收收入增速分别为4.1%、3.2%。",
            "两地工业产值分别翻一番。"})
    void sllReadsPhrasesWithRespectively(String sentence) {
        assertTrue(readsWithSll(normalized(sentence)), sentence);
    }

    /** Shapes that are not statistics, and quantities with a magnitude, which a shape must not take for its own. */
    @ParameterizedTest
    @ValueSource(strings = {
            "全区每万人口拥有执业医师,每10万名学生配备心理教师。",
            "凌晨3点,货车驶入园区;下午3点至5点开放,队伍7点半出发。",
            "县十八届五次全会召开,该委员会召开两次全会。",
            "这是本市第三个国家级开发区,罚款20万元。",
            "两家支行分别被罚款20万元和15万元,晚上升3%。"})
    void sllReadsShapesThatAreNotStatistics(String sentence) {
        assertTrue(readsWithSll(normalized(sentence)), sentence);
    }

    @Test
    void sllReadsEverySentenceOfTheGoldenArticles() throws IOException {
        List<String> failed = new ArrayList<>();
        int sentences = 0;
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "golden"))) {
            for (Path article : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = normalized(Files.readString(article, StandardCharsets.UTF_8));
                for (TextRange range : new SentenceSplitter().sentences(text)) {
                    String sentence = text.substring(range.start(), range.end());
                    sentences++;
                    if (!readsWithSll(sentence)) {
                        failed.add(sentence);
                    }
                }
            }
        }
        assertTrue(sentences > 20, "the golden articles hold " + sentences + " sentences");
        assertEquals(List.of(), failed);
    }

    private static String normalized(String text) {
        return new TextNormalizer().normalize(text).text();
    }

    private static boolean readsWithSll(String sentence) {
        StatsParser parser = new StatsParser(new CommonTokenStream(new LexiconLexer(sentence, UNITS, PLAIN)));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            parser.sentence();
            return true;
        } catch (ParseCancellationException gaveUp) {
            return false;
        }
    }
}
