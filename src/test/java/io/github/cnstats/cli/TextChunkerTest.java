package io.github.cnstats.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextChunkerTest {

    private static List<Chunk> chunks(String text, ChunkLimits limits) throws IOException {
        TextChunker chunker = new TextChunker(
                new TextSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false), limits);
        List<Chunk> chunks = new ArrayList<>();
        for (Chunk chunk = chunker.next(); chunk != null; chunk = chunker.next()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private static List<String> texts(List<Chunk> chunks) {
        return chunks.stream().map(Chunk::text).toList();
    }

    @Test
    void aSmallTextIsOneChunk() throws IOException {
        assertEquals(List.of("全年增长5%。\n下降3%。\n"), texts(chunks("全年增长5%。\n下降3%。\n", ChunkLimits.DEFAULT)));
        assertEquals(List.of(), chunks("", ChunkLimits.DEFAULT));
    }

    @Test
    void cutsAfterALineThatEndsASentenceOnceTheThresholdIsReached() throws IOException {
        String text = "第一句。\n第二句，\n第三句。\r\n第四句。\n";
        assertEquals(List.of("第一句。\n第二句，\n第三句。\r\n", "第四句。\n"), texts(chunks(text, new ChunkLimits(7, 100))));
    }

    @Test
    void closingQuotesAndSpacesAfterTheSentenceEndStillCount() throws IOException {
        String text = "他说：“增长了。”  \n下一段";
        assertEquals(List.of("他说：“增长了。”  \n", "下一段"), texts(chunks(text, new ChunkLimits(4, 100))));
    }

    @Test
    void cutsAfterABlankLine() throws IOException {
        String text = "甲乙丙丁戊\n\n己庚辛";
        assertEquals(List.of("甲乙丙丁戊\n\n", "己庚辛"), texts(chunks(text, new ChunkLimits(3, 100))));
    }

    @Test
    void cutsALongLineAfterItsNextFullStop() throws IOException {
        String text = "一二三四五六。七八九。十";
        assertEquals(List.of("一二三四五六。", "七八九。", "十"), texts(chunks(text, new ChunkLimits(3, 100))));
    }

    @Test
    void cutsAtTheHardLimitWhenThereIsNoSentenceEnd() throws IOException {
        String text = "一二三四五六七八九十";
        assertEquals(List.of("一二三四", "五六七八", "九十"), texts(chunks(text, new ChunkLimits(2, 4))));
    }

    @Test
    void neverCutsASurrogatePairOrACarriageReturnLineFeed() throws IOException {
        String text = "一二三𠀀四五六七\r\n八";
        List<String> parts = texts(chunks(text, new ChunkLimits(2, 4)));
        assertEquals(String.join("", parts), text);
        for (String part : parts) {
            assertTrue(!Character.isHighSurrogate(part.charAt(part.length() - 1)), parts::toString);
            assertTrue(!part.endsWith("\r"), parts::toString);
        }
    }

    @Test
    void chunksKnowTheirOffsetAndFirstLine() throws IOException {
        String text = "a。\r\nb。\nc\rd。\n\ne";
        List<Chunk> chunks = chunks(text, new ChunkLimits(1, 100));
        assertEquals(List.of("a。\r\n", "b。\n", "c\rd。\n", "\n", "e"), texts(chunks));
        assertEquals(List.of(0L, 4L, 7L, 12L, 13L), chunks.stream().map(Chunk::offset).toList());
        assertEquals(List.of(1L, 2L, 3L, 5L, 6L), chunks.stream().map(Chunk::firstLine).toList());
    }

    @Provide
    Arbitrary<String> statisticsText() {
        return Arbitraries.of("全省", "案件", "12起", "3.5%", "同比下降", "。", "！", "，", "\n", "\r\n", "\r", "\n\n",
                "𠀀", " ", "”").list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void chunksCoverTheTextAndPlaceEveryCharacterExactly(@ForAll("statisticsText") String text,
                                                          @ForAll @IntRange(min = 1, max = 12) int threshold,
                                                          @ForAll @IntRange(min = 0, max = 3) int hardFactor)
            throws IOException {
        ChunkLimits limits = new ChunkLimits(threshold, threshold * (hardFactor + 1) + 1);
        List<Chunk> chunks = chunks(text, limits);
        assertEquals(text, String.join("", texts(chunks)));
        LineIndex whole = LineIndex.of(text, 1);
        for (Chunk chunk : chunks) {
            assertTrue(chunk.text().length() <= limits.hardLimit() + 2, "chunk over the hard limit");
            LineIndex local = chunk.lineIndex();
            for (int i = 0; i < chunk.text().length(); i++) {
                assertEquals(whole.lineOf((int) chunk.offset() + i), local.lineOf(i));
            }
        }
    }
}
