package io.github.cnstats.cli;

import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.Quantity;
import io.github.cnstats.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private static final Pattern FIELDS = Pattern.compile(
            "^\\{\"doc\":(\"(?:[^\"\\\\]|\\\\.)*\"),\"line\":(\\d+),\"start\":(\\d+),\"end\":(\\d+),"
                    + "\"text\":(\"(?:[^\"\\\\]|\\\\.)*\"),");

    @TempDir
    Path dir;

    /** The placement fields of one output line. */
    private record Placed(String doc, long line, int start, int end, String text) {
    }

    private static List<Placed> placed(String jsonLines) {
        List<Placed> all = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = FIELDS.matcher(line);
            assertTrue(m.find(), "not in the spec's field order: " + line);
            all.add(new Placed(JsonStrings.read(m.group(1)), Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), JsonStrings.read(m.group(5))));
        }
        return all;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Every measurement's text is the file's text at its offsets, and its line is the line of its start. */
    private static void assertPlacedExactly(String fileText, List<Placed> found) {
        LineIndex lines = LineIndex.of(fileText, 1);
        for (Placed p : found) {
            assertEquals(fileText.substring(p.start(), p.end()), p.text(), p.toString());
            assertEquals(lines.lineOf(p.start()), p.line(), p.toString());
        }
    }

    /** A message about bytes that did not decode, which goes on to say how to name their encoding. */
    static void assertOneLineWithAHint(String message, String err) {
        assertTrue(err.startsWith(message + "; "), err);
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, "one line: " + err);
        assertTrue(err.contains("--encoding "), err);
    }

    @Test
    void readsStandardInputWhenNoFileIsNamed() {
        Run run = Run.of(new PatternParser(), utf8("全省立案12起。\n抓获犯罪嫌疑人8人"), "extract");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of(new Placed("-", 1, 4, 7, "12起"), new Placed("-", 2, 16, 18, "8人")), placed(run.out()));
    }

    @Test
    void aDashIsStandardInput() {
        Run run = Run.of(new PatternParser(), utf8("增长3.5%"), "extract", "-");
        assertEquals(List.of(new Placed("-", 1, 2, 6, "3.5%")), placed(run.out()));
        assertTrue(run.out().contains("\"quantity\":{\"value\":\"3.5\",\"high\":null,\"unit\":\"%\",\"approx\":\"EXACT\"}"));
    }

    @Test
    void linesModeParsesEachLineAloneAndCountsInTheWholeFile() throws IOException {
        String text = "甲地12起\r\n乙地 3人\n\n丙5%丁7起\r末行9人";
        Path file = write("corpus.txt", text);
        PatternParser parser = new PatternParser();
        Run run = Run.of(parser, "extract", "--lines", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("甲地12起", "乙地 3人", "", "丙5%丁7起", "末行9人"), parser.calls);
        List<Placed> found = placed(run.out());
        assertEquals(List.of(1L, 2L, 4L, 4L, 5L), found.stream().map(Placed::line).toList());
        assertEquals(List.of(2, 10, 15, 18, 23), found.stream().map(Placed::start).toList());
        assertPlacedExactly(text, found);
    }

    @Test
    void linesModeWithAFinalLineEndHasNoExtraLine() throws IOException {
        Path file = write("two.txt", "1起\n2起\n");
        PatternParser parser = new PatternParser();
        Run.of(parser, "extract", "--lines", file.toString());
        assertEquals(List.of("1起", "2起"), parser.calls);
    }

    @Test
    void wholeFileModeGivesTheSameOutputWhateverTheChunkSize() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("第").append(i).append("季度破获案件").append(i * 7).append("起，同比上升").append(i % 13)
                    .append("%").append(i % 3 == 0 ? "。\n" : i % 3 == 1 ? "；\r\n" : "。").append(i % 17 == 0 ? "\n" : "");
        }
        Path file = write("long.txt", text.toString());
        PatternParser smallChunks = new PatternParser();
        Run chunked = Run.of(smallChunks, new byte[0], new ChunkLimits(50, 200), "extract", file.toString());
        PatternParser oneChunk = new PatternParser();
        Run whole = Run.of(oneChunk, "extract", file.toString());
        assertEquals(1, oneChunk.calls.size());
        assertTrue(smallChunks.calls.size() > 20, "chunks: " + smallChunks.calls.size());
        assertEquals(String.join("", smallChunks.calls), text.toString());
        assertEquals(whole.out(), chunked.out());
        assertEquals(400, placed(chunked.out()).size());
        assertPlacedExactly(text.toString(), placed(chunked.out()));
    }

    @Test
    void aHardCutKeepsOffsetsAndLinesExact() throws IOException {
        String text = "甲12起乙34人丙5%\n丁6起戊78起\r\n己9人庚10%辛11起";
        Path file = write("nocuts.txt", text);
        PatternParser parser = new PatternParser();
        Run run = Run.of(parser, new byte[0], new ChunkLimits(3, 5), "extract", file.toString());
        assertTrue(parser.calls.size() >= 6, parser.calls::toString);
        assertPlacedExactly(text, placed(run.out()));
    }

    @Test
    void aByteOrderMarkIsDroppedAndNotCounted() throws IOException {
        Path file = write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("12起\n3人")));
        assertEquals(List.of(new Placed(file.toString(), 1, 0, 3, "12起"), new Placed(file.toString(), 2, 4, 6, "3人")),
                placed(Run.of(new PatternParser(), "extract", file.toString()).out()));
        assertEquals(List.of(new Placed(file.toString(), 1, 0, 3, "12起"), new Placed(file.toString(), 2, 4, 6, "3人")),
                placed(Run.of(new PatternParser(), "extract", "--lines", file.toString()).out()));
    }

    @Test
    void anInvalidFileIsSkippedWithTheOffsetOfItsFirstBadByte() throws IOException {
        Path bad = write("bad.txt", concat(utf8("同比12起"), new byte[] {(byte) 0xFF}, utf8("上升3%")));
        Path good = write("good.txt", "7人");
        Run run = Run.of(new PatternParser(), "extract", bad.toString(), good.toString());
        assertEquals(2, run.status());
        assertOneLineWithAHint("cnstats: " + bad + ": invalid UTF-8 at byte 11", run.err());
        assertEquals(List.of(new Placed(good.toString(), 1, 0, 2, "7人")), placed(run.out()));
    }

    @Test
    void anInvalidFileWritesNothingEvenWhenItIsParsedInChunks() throws IOException {
        Path bad = write("late.txt", concat(utf8("1起。\n2起。\n3起。\n4起。\n"), new byte[] {(byte) 0xC3}));
        PatternParser parser = new PatternParser();
        Run run = Run.of(parser, new byte[0], new ChunkLimits(2, 8), "extract", bad.toString());
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals(List.of(), parser.calls);
        assertOneLineWithAHint("cnstats: " + bad + ": invalid UTF-8 at byte 32", run.err());
    }

    @Test
    void invalidStandardInputIsReportedWhereItStops() {
        Run run = Run.of(new PatternParser(), concat(utf8("12起\n"), new byte[] {(byte) 0x80}), "extract", "--lines");
        assertEquals(2, run.status());
        assertOneLineWithAHint("cnstats: -: invalid UTF-8 at byte 6", run.err());
        assertEquals(List.of(new Placed("-", 1, 0, 3, "12起")), placed(run.out()));
    }

    @Test
    void lenientReplacesBadBytesAndGoesOnWithAWarning() throws IOException {
        Path bad = write("bad.txt", concat(utf8("同比"), new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8("上升3%")));
        Run run = Run.of(new PatternParser(), "extract", "--lenient", bad.toString());
        assertEquals(0, run.status());
        assertEquals(List.of(new Placed(bad.toString(), 1, 6, 8, "3%")), placed(run.out()));
        assertOneLineWithAHint(
                "cnstats: " + bad + ": warning: invalid UTF-8 at byte 6 replaced by U+FFFD (2 sequences in all)",
                run.err());
    }

    @Test
    void aMissingFileIsReportedAndTheOthersAreStillRead() throws IOException {
        Path a = write("a.txt", "1起");
        Path missing = dir.resolve("missing.txt");
        Path b = write("b.txt", "2人");
        Run run = Run.of(new PatternParser(), "extract", a.toString(), missing.toString(), b.toString());
        assertEquals(2, run.status());
        assertEquals("cnstats: " + missing + ": no such file or directory\n", run.err());
        assertEquals(List.of(a.toString(), b.toString()), placed(run.out()).stream().map(Placed::doc).toList());
    }

    @Test
    void aDirectoryWalkSkipsHiddenAndBinaryFilesAndExplainNamesThem() throws IOException {
        write("d/a.txt", "1起");
        write("d/.notes.txt", "2起");
        write("d/.git/HEAD.txt", "3起");
        write("d/image.png", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, utf8("4起")));
        write("d/wide.txt", ("\uFEFF5起").getBytes(StandardCharsets.UTF_16LE));
        String root = dir.resolve("d").toString();
        Run run = Run.of(new PatternParser(), "extract", "--explain", root);
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(root + "/a.txt", root + "/wide.txt"),
                placed(run.out()).stream().map(Placed::doc).toList());
        assertEquals("cnstats: " + root + "/.git: explain: skipped: hidden directory\n"
                + "cnstats: " + root + "/.notes.txt: explain: skipped: hidden file\n"
                + "cnstats: " + root + "/image.png: explain: skipped: binary file\n", run.err());
        assertEquals("", Run.of(new PatternParser(), "extract", root).err(), "said only with --explain");
        Path named = write("named.bin", concat(utf8("6起"), new byte[] {0}));
        assertEquals(List.of(named.toString()), placed(Run.of(new PatternParser(), "extract", named.toString())
                .out()).stream().map(Placed::doc).toList(), "a file named on the command line is read");
    }

    @Test
    void anEmptyArgumentIsAUsageErrorNotTheCurrentDirectory() {
        Run run = Run.of(new PatternParser(), "extract", "");
        assertEquals(Main.EXIT_USAGE, run.status());
        assertTrue(run.err().startsWith("cnstats: an empty argument is no input"), run.err());
    }

    @Test
    void aDirectoryIsWalkedInPathOrderSkippingLinks() throws IOException {
        write("in/b.txt", "2起");
        write("in/a/c.txt", "3起");
        write("in/a/b.txt", "1起");
        write("in/sub/deep/z.txt", "4起");
        Path outside = write("outside.txt", "99起");
        try {
            Files.createSymbolicLink(dir.resolve("in/link.txt"), outside);
            Files.createSymbolicLink(dir.resolve("in/a/up"), dir);
        } catch (UnsupportedOperationException | IOException e) {
            // A file system without links: the walk is still tested.
        }
        String root = dir.resolve("in").toString();
        Run run = Run.of(new PatternParser(), "extract", root);
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(root + "/a/b.txt", root + "/a/c.txt", root + "/b.txt", root + "/sub/deep/z.txt"),
                placed(run.out()).stream().map(Placed::doc).toList());
    }

    @Test
    void usageErrorsExitWithOneAndShowTheUsage() {
        for (String[] args : List.of(new String[] {}, new String[] {"extract", "--bogus"},
                new String[] {"extract", "--format", "xml"}, new String[] {"extract", "--format"},
                new String[] {"summarise"}, new String[] {"--lines"})) {
            Run run = Run.of(new PatternParser(), args);
            assertEquals(1, run.status(), Arrays.toString(args));
            assertEquals("", run.out(), Arrays.toString(args));
            assertTrue(run.err().startsWith("cnstats: "), run.err());
            assertTrue(run.err().contains("usage: "), run.err());
        }
        assertTrue(Run.of(new PatternParser(), "extract", "--format", "xml").err()
                .startsWith("cnstats: bad value for --format: 'xml' (use jsonl, csv, table or html)\n"));
    }

    @Test
    void helpExplainsEveryOptionAndExitsWithZero() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"},
                new String[] {"extract", "--help"})) {
            Run run = Run.of(new PatternParser(), args);
            assertEquals(0, run.status());
            assertEquals("", run.err());
            for (String word : List.of("extract", "--lines", "--format jsonl", "--format table", "--format csv",
                    "--lenient", "--threads", "--quiet", "--bom", "completion", "java io.github.cnstats.cli.Main",
                    "--explain", "--version", "Exit status", "periodKind", "Examples", "invalid UTF-8 at byte N")) {
                assertTrue(run.out().contains(word), word);
            }
        }
    }

    @Test
    void completionWritesABashScriptThatKnowsTheCommandsOptionsAndFormats() {
        Run run = Run.of(new PatternParser(), "completion");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        for (String word : List.of("complete -F", "extract", "--lines", "--format", "(\"jsonl\" \"csv\" \"table\" \"html\")", "--encoding",
                "GB18030")) {
            assertTrue(run.out().contains(word), word);
        }
    }

    @Test
    void helpOfTheSubcommandAndTheHelpCommandShowTheSameOptions() {
        Run help = Run.of(new PatternParser(), "help", "extract");
        assertEquals(0, help.status(), help.err());
        assertTrue(help.out().startsWith("Usage: java io.github.cnstats.cli.Main extract "), help.out());
        assertEquals(help.out(), Run.of(new PatternParser(), "extract", "-h").out());
    }

    @Test
    void versionNamesTheProgram() {
        Run run = Run.of(new PatternParser(), "--version");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("cnstats "), run.out());
    }

    @Test
    void explainPrintsWhatTheParserDeclinedOnStandardErrorOnly() throws IOException {
        Path file = write("e.txt", "12起\n编号12345678901起\n");
        Run plain = Run.of(new PatternParser(), "extract", file.toString());
        Run explained = Run.of(new PatternParser(), "extract", "--explain", file.toString());
        assertEquals(0, explained.status(), explained.err());
        assertEquals(plain.out(), explained.out());
        assertEquals("", plain.err());
        assertEquals("cnstats: " + file + ":2: explain: NUMERAL_TOO_LONG at [6, 17): more than ten digits\n",
                explained.err());
    }

    @Test
    void optionsAndInputsMayBeMixedAfterTheCommand() throws IOException {
        Path file = write("mixed.txt", "5人");
        Run run = Run.of(new PatternParser(), utf8("6起"), "extract", "--format=jsonl", "-", "--lines", "--",
                file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("-", file.toString()), placed(run.out()).stream().map(Placed::doc).toList());
    }

    @Test
    void aFailingParserCostsOneDocumentAndShowsNoStackTrace() throws IOException {
        MeasurementParser failing = text -> {
            if (text.toString().contains("坏")) {
                throw new IllegalStateException("cannot read\nthis");
            }
            return new PatternParser().parse(text);
        };
        Path broken = write("broken.txt", "1起\n坏2起\n3起");
        Path fine = write("fine.txt", "4起");
        Run run = Run.of(failing, "extract", broken.toString(), fine.toString());
        assertEquals(2, run.status());
        assertEquals("cnstats: " + broken + ": internal error: IllegalStateException: cannot read this"
                + " (in the text from line 1; the rest of the file is skipped)\n", run.err());
        assertEquals(List.of(fine.toString()), placed(run.out()).stream().map(Placed::doc).toList());

        Run lines = Run.of(failing, "extract", "--lines", broken.toString(), fine.toString());
        assertEquals(2, lines.status());
        assertEquals("cnstats: " + broken + ": internal error: IllegalStateException: cannot read this (line 2)\n",
                lines.err());
        assertEquals(List.of(1L, 3L, 1L), placed(lines.out()).stream().map(Placed::line).toList());
        assertFalse(lines.err().contains("\tat "), lines.err());
    }

    @Test
    void aParserThatOverflowsItsStackOrBreaksItsContractIsAnInternalError() throws IOException {
        Path file = write("x.txt", "12起");
        MeasurementParser deep = text -> {
            throw new StackOverflowError();
        };
        assertEquals(new Run(2, "", "cnstats: " + file + ": internal error: stack overflow"
                        + " (in the text from line 1; the rest of the file is skipped)\n"),
                Run.of(deep, "extract", file.toString()));
        MeasurementParser outOfBounds = text -> List.of(new Measurement(null, Quantity.of(BigDecimal.ONE, null),
                null, null, null, new Span(0, 9), "123456789"));
        Run run = Run.of(outOfBounds, "extract", file.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("internal error: IllegalStateException: the parser gave the span [0, 9)"),
                run.err());
    }

    @Test
    void outputIsFlushedAfterEachDocumentWithOneThread() throws IOException {
        Path a = write("a.txt", "1起");
        Path b = write("b.txt", "2起");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> writtenBeforeEachCall = new ArrayList<>();
        MeasurementParser parser = text -> {
            writtenBeforeEachCall.add(out.size());
            return new PatternParser().parse(text);
        };
        // With one thread, the second document is parsed after the first is written, so the flush shows.
        int status = Main.run(new String[] {"extract", "--threads=1", a.toString(), b.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(new ByteArrayOutputStream()),
                parser);
        assertEquals(0, status);
        assertEquals(0, writtenBeforeEachCall.get(0));
        String firstLine = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertEquals(firstLine.getBytes(StandardCharsets.UTF_8).length + 1, writtenBeforeEachCall.get(1));
    }

    @Test
    void tableFormatHasAHeadingPerFileWhenThereAreSeveral() throws IOException {
        Path a = write("a.txt", "全省立案12起");
        Path b = write("b.txt", "无数据");
        Run run = Run.of(new PatternParser(), "extract", "--format", "table", a.toString(), b.toString());
        assertEquals(0, run.status(), run.err());
        String header = "  line  text                      subject           quantity        change"
                + "                period          region    periodRange            regionResolved  baseline\n";
        assertEquals(header
                + "== " + a + " ==\n"
                + "     1  12起                      -                 12起            -"
                + "                     -               -         -                      -               -\n"
                + "== " + b + " ==\n"
                + "(no measurements)\n", run.out());
        Run single = Run.of(new PatternParser(), "extract", "--format", "table", a.toString());
        assertTrue(single.out().startsWith(header + "     1  12起"), single.out());
    }
}
