package io.github.cnstats.cli;

import io.github.cnstats.Diagnostic;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.ParseResult;
import io.github.cnstats.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One {@code extract} run: reads each input in turn, gives its text to the parser chunk by chunk (or line by line
 * with {@code --lines}), and writes what it finds. A failing input is reported on standard error and the run goes
 * on with the next; the exit status then says that something failed.
 */
final class Extraction {

    private final ExtractOptions options;
    private final MeasurementParser parser;
    private final InputStream stdin;
    private final Writer stdout;
    private final BooleanSupplier outputBroken;
    private final PrintWriter stderr;
    private final ChunkLimits limits;
    private MeasurementWriter writer;
    private boolean anyFailed;

    /**
     * @param options      what to do
     * @param parser       finds the measurements
     * @param stdin        standard input, read for {@code -}; never closed
     * @param stdout       where the measurements go, encoding them as UTF-8
     * @param outputBroken tells, after a flush, whether standard output can no longer be written (a closed pipe)
     * @param stderr       where errors and warnings go
     * @param limits       where to cut whole-file documents into chunks
     */
    Extraction(ExtractOptions options, MeasurementParser parser, InputStream stdin, Writer stdout,
               BooleanSupplier outputBroken, PrintWriter stderr, ChunkLimits limits) {
        this.options = options;
        this.parser = parser;
        this.stdin = stdin;
        this.stdout = stdout;
        this.outputBroken = outputBroken;
        this.stderr = stderr;
        this.limits = limits;
    }

    /** @return the exit status: {@link Main#EXIT_OK}, or {@link Main#EXIT_INPUT_FAILED} if any input failed */
    int run() {
        List<InputSource> inputs = InputLister.list(options.inputs());
        writer = options.format() == OutputFormat.TABLE
                ? new TableWriter(stdout, inputs.size() > 1)
                : new JsonLinesWriter(stdout);
        for (InputSource input : inputs) {
            try {
                read(input);
                writer.flush();
            } catch (IOException e) {
                error(input.name(), Problems.describe(e));
            }
            if (outputBroken.getAsBoolean()) {
                say("cnstats: standard output: write failed, stopping");
                return Main.EXIT_INPUT_FAILED;
            }
        }
        return anyFailed ? Main.EXIT_INPUT_FAILED : Main.EXIT_OK;
    }

    private void read(InputSource input) throws IOException {
        if (input instanceof InputSource.Unreadable unreadable) {
            error(unreadable.name(), unreadable.reason());
        } else if (input instanceof InputSource.File file) {
            // A regular file is checked whole first, so that an invalid file writes nothing at all even when it is
            // parsed in several chunks. Pipes and standard input cannot be read twice: they are checked as they
            // are read.
            if (!options.lenient() && Files.isRegularFile(file.path())) {
                long badByte;
                try (InputStream check = Files.newInputStream(file.path())) {
                    badByte = Utf8Source.firstInvalidByte(check);
                }
                if (badByte >= 0) {
                    error(file.name(), new InvalidUtf8Exception(badByte).getMessage());
                    return;
                }
            }
            readDocument(file.name(), Files.newInputStream(file.path()));
        } else {
            readDocument(input.name(), new UnclosableInputStream(stdin));
        }
    }

    private void readDocument(String name, InputStream in) throws IOException {
        try (Utf8Source source = new Utf8Source(in, options.lenient())) {
            ChunkSource chunks = options.lines() ? new LineSplitter(source) : new TextChunker(source, limits);
            writer.beginDocument(name);
            try {
                parseAll(name, chunks);
            } finally {
                writer.endDocument();
            }
            if (source.replacements() > 0) {
                say("cnstats: " + name + ": warning: invalid UTF-8 at byte " + source.firstReplacedByte()
                        + " replaced by U+FFFD (" + source.replacements() + " sequence"
                        + (source.replacements() == 1 ? "" : "s") + " in all)");
            }
        }
    }

    private void parseAll(String name, ChunkSource chunks) throws IOException {
        Chunk chunk;
        while ((chunk = chunks.next()) != null) {
            List<LocatedMeasurement> found;
            try {
                ParseResult result = parser.explain(chunk.text());
                report(name, chunk, result.diagnostics());
                found = locate(name, chunk, result.measurements());
            } catch (RuntimeException | StackOverflowError e) {
                // A parser failure costs one document: the line with --lines, else the rest of the file.
                if (options.lines()) {
                    error(name, "internal error: " + Problems.describeInternal(e) + " (line " + chunk.firstLine()
                            + ")");
                    continue;
                }
                error(name, "internal error: " + Problems.describeInternal(e) + " (in the text from line "
                        + chunk.firstLine() + "; the rest of the file is skipped)");
                return;
            }
            for (LocatedMeasurement measurement : found) {
                writer.write(measurement);
            }
            if (!found.isEmpty()) {
                writer.flush();
            }
        }
    }

    /**
     * Places the measurements of a chunk in the whole input.
     *
     * @param doc   the input's name
     * @param chunk the chunk the parser was given
     * @param found what it found there
     * @return the measurements with line numbers and offsets of the whole input
     * @throws IllegalStateException if a span does not lie in the chunk: the parser broke its contract
     */
    static List<LocatedMeasurement> locate(String doc, Chunk chunk, List<Measurement> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        String text = chunk.text();
        LineIndex lines = chunk.lineIndex();
        List<LocatedMeasurement> located = new ArrayList<>(found.size());
        for (Measurement m : found) {
            Span span = m.span();
            if (span.end() > text.length()) {
                throw new IllegalStateException("the parser gave the span [" + span.start() + ", " + span.end()
                        + ") in a text of " + text.length() + " characters");
            }
            located.add(new LocatedMeasurement(doc, lines.lineOf(span.start()), chunk.offset() + span.start(),
                    chunk.offset() + span.end(), text.substring(span.start(), span.end()), m));
        }
        return located;
    }

    /**
     * Prints the diagnostics of a chunk: all of them with {@code --explain}; without it only text that was not
     * read at all, because that is data lost, which is never silent.
     */
    private void report(String name, Chunk chunk, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (options.explain() || d.kind() == Diagnostic.Kind.INPUT_TOO_LONG) {
                Span span = d.span();
                say("cnstats: " + name + ":" + chunk.lineIndex().lineOf(span.start()) + ": "
                        + (options.explain() ? "explain: " : "warning: ") + d.kind() + " at ["
                        + (chunk.offset() + span.start()) + ", " + (chunk.offset() + span.end()) + "): "
                        + d.message());
            }
        }
    }

    private void error(String name, String reason) {
        anyFailed = true;
        say("cnstats: " + name + ": " + reason);
    }

    /** One line on standard error, ended by {@code \n} on every platform like the output, and shown at once. */
    private void say(String line) {
        stderr.print(line + "\n");
        stderr.flush();
    }
}
