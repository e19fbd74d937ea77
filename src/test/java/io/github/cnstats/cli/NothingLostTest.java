package io.github.cnstats.cli;

import io.github.cnstats.Diagnostic;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.ParseResult;
import io.github.cnstats.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No mode of the command line drops text with exit status 0, and one bad input never stops the others. */
class NothingLostTest {

    private static final Pattern PLACED = Pattern.compile("\"line\":(\\d+),\"start\":(\\d+),\"end\":(\\d+),"
            + "\"text\":\"([^\"]*)\"");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** line:start-end:text of every measurement written. */
    private static List<String> placed(String out) {
        Matcher m = PLACED.matcher(out);
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        while (m.find()) {
            all.add(m.group(1) + ":" + m.group(2) + "-" + m.group(3) + ":" + m.group(4));
        }
        return all;
    }

    @Test
    void linesModeReadsALineLongerThanTheChunkLimitWholeInPieces() throws IOException {
        StringBuilder longLine = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            longLine.append("破获").append(i).append("起。");
        }
        String text = longLine + "\n" + "抓获7人\n";
        Path file = write("long.txt", text);
        PatternParser parser = new PatternParser();
        Run run = Run.of(parser, new byte[0], new ChunkLimits(10, 25), "extract", "--lines", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        List<String> found = placed(run.out());
        assertEquals(31, found.size(), run.out());
        for (String f : found) {
            String[] p = f.split("[:-]", 4);
            assertEquals(p[3], text.substring(Integer.parseInt(p[1]), Integer.parseInt(p[2])), f);
        }
        assertTrue(found.get(29).startsWith("1:"), "every piece of the long line is on line 1: " + found.get(29));
        assertTrue(found.get(30).startsWith("2:"), found.get(30));
        assertTrue(parser.calls.size() > 3, "the long line was given in pieces");
        assertTrue(parser.calls.stream().allMatch(c -> c.length() <= 25), "no piece above the hard limit");
        assertEquals(String.join("", parser.calls), longLine + "抓获7人", "every character read once");
    }

    @Test
    void textTheParserLeftUnreadMakesTheExitStatusTwo() throws IOException {
        Path file = write("t.txt", "12起 and more");
        MeasurementParser unread = new MeasurementParser() {
            @Override
            public List<io.github.cnstats.Measurement> parse(CharSequence text) {
                return List.of();
            }

            @Override
            public ParseResult explain(CharSequence text) {
                return new ParseResult(List.of(), List.of(new Diagnostic(Diagnostic.Kind.INPUT_TOO_LONG,
                        new Span(3, text.length()), "not read")));
            }
        };
        Run run = Run.of(unread, "extract", file.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("warning: INPUT_TOO_LONG at [3, 12)"), run.err());
    }

    @Test
    void anInputThatExhaustsMemoryDoesNotStopTheInputsAfterIt() throws IOException {
        Path huge = write("huge.txt", "3起\n炸\n4起\n");
        Path next = write("next.txt", "5人");
        PatternParser patterns = new PatternParser();
        MeasurementParser starving = text -> {
            if (text.toString().contains("炸")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return patterns.parse(text);
        };
        Run lines = Run.of(starving, "extract", "--lines", huge.toString(), next.toString());
        assertEquals(2, lines.status());
        assertEquals(List.of("1:0-2:3起", "3:5-7:4起", "1:0-2:5人"), placed(lines.out()));
        assertEquals("cnstats: " + huge + ": internal error: OutOfMemoryError: Java heap space (line 2)\n",
                lines.err());
        Run whole = Run.of(starving, "extract", huge.toString(), next.toString());
        assertEquals(2, whole.status());
        assertEquals(List.of("1:0-2:5人"), placed(whole.out()));
    }

    @Test
    void aClosedStandardOutputStopsTheRunQuietly() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            many.append(i).append("起\n");
        }
        Path first = write("a.txt", many.toString());
        Path second = write("b.txt", "5人");
        OutputStream closedPipe = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 100) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        PatternParser parser = new PatternParser();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"extract", "--lines", first.toString(), second.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(closedPipe), new PrintStream(err), parser,
                ChunkLimits.DEFAULT);
        assertEquals(Main.EXIT_BROKEN_PIPE, status);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "no message, as head(1)'s writer expects");
        assertTrue(parser.calls.size() < 5000, "stopped as soon as the pipe closed: " + parser.calls.size());
    }

    /**
     * {@code --explain} costs time in proportion to the input: four times the lines, each with a diagnostic, take
     * at most six times as long (the line index of a chunk was once rebuilt per diagnostic, which took sixteen).
     */
    @Test
    void explainIsLinearInTheInput() throws IOException {
        Path small = write("small.txt", lines(10_000));
        Path large = write("large.txt", lines(40_000));
        time(small); // warm-up
        time(large);
        long smallTime = Long.MAX_VALUE;
        long largeTime = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            smallTime = Math.min(smallTime, time(small));
            largeTime = Math.min(largeTime, time(large));
        }
        // A few milliseconds of slack, so that a pause of the machine on a tiny figure cannot fail it.
        assertTrue(largeTime <= 6 * smallTime + 30_000_000L,
                "4x the input took " + largeTime / 1e6 + " ms against " + smallTime / 1e6 + " ms");
    }

    private static String lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("编号").append(10_000_000_000L + i).append("起\n");
        }
        return text.toString();
    }

    private static long time(Path file) {
        long start = System.nanoTime();
        Run run = Run.of(new PatternParser(), "extract", "--explain", file.toString());
        long elapsed = System.nanoTime() - start;
        assertEquals(0, run.status());
        return elapsed;
    }
}
