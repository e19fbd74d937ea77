package io.github.cnstats.internal.normalize;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> sentences(String original) {
        NormalizedText text = NORMALIZER.normalize(original);
        return SPLITTER.sentences(text).stream().map(r -> r.of(text.text())).collect(Collectors.toList());
    }

    private static List<String> clauses(String original) {
        NormalizedText text = NORMALIZER.normalize(original);
        TextRange whole = new TextRange(0, text.length());
        return SPLITTER.clauses(text, whole).stream().map(r -> r.of(text.text())).collect(Collectors.toList());
    }

    @Test
    void splitsAtSentenceEnds() {
        assertEquals(List.of("全年共接待游客3.5亿人次。", "旅游收入增长12%!", "比去年多吗?", "是的。"),
                sentences("全年共接待游客3.5亿人次。旅游收入增长12%！比去年多吗？是的。"));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("他表示:“成效明显。”", "下一步继续推进。"),
                sentences("他表示：“成效明显。”下一步继续推进。"));
    }

    @Test
    void decimalPointIsNoSentenceEnd() {
        assertEquals(List.of("立案数下降17.3%,损失下降1.3%。"), sentences("立案数下降17.3%，损失下降1.3%。"));
    }

    @Test
    void everyLineBreakEndsASentence() {
        assertEquals(List.of("一、总体情况", "全年共破获案件1.2万起", "2024-05-14 09:26"),
                sentences("一、总体情况\n\n全年共破获案件1.2万起\n\n  2024-05-14 09:26\n"));
    }

    @Test
    void sentencesAreTrimmedAndNeverEmpty() {
        NormalizedText text = NORMALIZER.normalize("  \n\n  反诈中心 App 上线。 \n\n \n 完成。  ");
        List<TextRange> ranges = SPLITTER.sentences(text);
        assertEquals(List.of("反诈中心 App 上线。", "完成。"),
                ranges.stream().map(r -> r.of(text.text())).collect(Collectors.toList()));
        assertTrue(SPLITTER.sentences(NORMALIZER.normalize(" \n ")).isEmpty());
        assertTrue(SPLITTER.sentences("").isEmpty());
    }

    @Test
    void splitsClausesAtCommasSemicolonsAndColons() {
        assertEquals(List.of("公安部", "截至11月底", "全国共破获案件39.1万起", "同比上升5.7%", "抓获1.8万余人。"),
                clauses("公安部：截至11月底，全国共破获案件39.1万起，同比上升5.7%；抓获1.8万余人。"));
    }

    @Test
    void keepsSeparatorsInsideNumbersAndTimes() {
        assertEquals(List.of("涉案资金3,291亿元", "发布时间10:41"), clauses("涉案资金3,291亿元，发布时间10:41"));
    }

    @Test
    void keepsSeparatorsInsideQuotesAndBrackets() {
        assertEquals(List.of("开展“进社区,进农村”活动", "约谈10个县(市,区)", "出台《办法:试行》"),
                clauses("开展“进社区，进农村”活动，约谈10个县（市，区），出台《办法：试行》"));
    }

    @Test
    void strayBracketDoesNotGlueTheRestTogether() {
        assertEquals(List.of("数据(初步", "全年增长5%", "其中工业增长6%"),
                clauses("数据（初步，全年增长5%，其中工业增长6%"));
        assertEquals(List.of("数据(初步", "全年增长5%", "其中“工业增长6%"),
                clauses("数据（初步，全年增长5%，其中“工业增长6%"));
    }

    @Test
    void mismatchedClosingMarkClosesTheNearestOpenMarkOfItsType() {
        // The ( is closed; the 《 inside it is never closed and protects nothing of its own.
        assertEquals(List.of("甲(乙《丙,丁)", "戊"), clauses("甲(乙《丙,丁),戊"));
    }

    @Test
    void straightQuotesPairUp() {
        assertEquals(List.of("开展\"进社区,进农村\"活动", "成效明显"), clauses("开展\"进社区,进农村\"活动,成效明显"));
    }

    @Test
    void clausesOfEachSentenceStayWithinIt() {
        NormalizedText text = NORMALIZER.normalize("甲,乙。丙;丁。");
        List<TextRange> sentences = SPLITTER.sentences(text);
        assertEquals(List.of(new TextRange(0, 4), new TextRange(4, 8)), sentences);
        assertEquals(List.of(new TextRange(4, 5), new TextRange(6, 8)), SPLITTER.clauses(text, sentences.get(1)));
    }

    @Test
    void clausesAreTrimmedAndNeverEmpty() {
        assertEquals(List.of("Hello", "world"), clauses(" Hello , , ;world ,"));
    }

    @Test
    void rejectsARangeOutsideTheText() {
        assertThrows(IndexOutOfBoundsException.class, () -> SPLITTER.clauses("甲乙", new TextRange(1, 3)));
    }

    @Test
    void linearOnLongAdversarialText() {
        String brackets = "(《“".repeat(100_000) + ",".repeat(100_000) + "》".repeat(100_000);
        String sentences = "全年增长5%,完成。".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            SPLITTER.clauses(brackets, new TextRange(0, brackets.length()));
            for (TextRange sentence : SPLITTER.sentences(sentences)) {
                SPLITTER.clauses(sentences, sentence);
            }
        });
    }

    @Test
    void sharedInstancesGiveTheSameResultsFromManyThreads() throws Exception {
        StringBuilder document = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            document.append("第").append(i).append("季度增長").append(i % 17).append(".5％，較上年多").append(i)
                    .append("萬(wàn)元。\n");
        }
        String original = document.toString();
        List<TextRange> expected = allClauses(original);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TextRange>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> allClauses(original)));
            }
            for (Future<List<TextRange>> result : results) {
                assertEquals(expected, result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<TextRange> allClauses(String original) {
        NormalizedText text = NORMALIZER.normalize(original);
        List<TextRange> all = new ArrayList<>();
        for (TextRange sentence : SPLITTER.sentences(text)) {
            all.addAll(SPLITTER.clauses(text, sentence));
        }
        return all;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("全", "年", "5", "3", ",", ":", ";", "。", "!", "\n", " ", "(", ")", "“", "”", "《", "》",
                "\"", "A", "。”").list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 300)
    void rangesAreOrderedTrimmedNonEmptyAndInside(@ForAll("texts") String text) {
        List<TextRange> sentences = SPLITTER.sentences(text);
        assertOrderedTrimmedNonEmpty(text, sentences, new TextRange(0, text.length()));
        for (TextRange sentence : sentences) {
            assertTrue(sentence.of(text).indexOf('\n') < 0, "no line break inside a sentence");
            assertOrderedTrimmedNonEmpty(text, SPLITTER.clauses(text, sentence), sentence);
        }
    }

    private static void assertOrderedTrimmedNonEmpty(String text, List<TextRange> ranges, TextRange within) {
        int previousEnd = within.start();
        for (TextRange range : ranges) {
            assertTrue(range.start() >= previousEnd && range.end() <= within.end(), "ordered and inside");
            assertTrue(range.length() > 0, "not empty");
            assertTrue(!Character.isWhitespace(text.charAt(range.start()))
                    && !Character.isWhitespace(text.charAt(range.end() - 1)), "trimmed");
            previousEnd = range.end();
        }
    }
}
