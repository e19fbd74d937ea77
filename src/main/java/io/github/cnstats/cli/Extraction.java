package io.github.cnstats.cli;

import io.github.cnstats.Diagnostic;
import io.github.cnstats.DocumentContext;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.MeasurementParts;
import io.github.cnstats.ParseResult;
import io.github.cnstats.Span;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final Progress progress;
    private MeasurementWriter writer;
    private OrderedOutput output;
    /** Whether some input failed; read and written by the thread that writes the output only. */
    private boolean anyFailed;

    /**
     * @param options      what to do
     * @param parser       finds the measurements
     * @param stdin        standard input, read for {@code -}; never closed
     * @param stdout       where the measurements go, encoding them as UTF-8
     * @param outputBroken tells, after a flush, whether standard output can no longer be written (a closed pipe)
     * @param stderr       where errors and warnings go
     * @param limits       where to cut whole-file documents into chunks
     * @param progress     the progress line, shown or not
     */
    Extraction(ExtractOptions options, MeasurementParser parser, InputStream stdin, Writer stdout,
               BooleanSupplier outputBroken, PrintWriter stderr, ChunkLimits limits, Progress progress) {
        this.options = options;
        this.parser = parser;
        this.stdin = stdin;
        this.stdout = stdout;
        this.outputBroken = outputBroken;
        this.stderr = stderr;
        this.limits = limits;
        this.progress = progress;
    }

    /**
     * @return the exit status: {@link Main#EXIT_OK}, {@link Main#EXIT_INPUT_FAILED} if any input failed, or
     *         {@link Main#EXIT_BROKEN_PIPE} if standard output was closed (the run then stops without a word)
     */
    int run() {
        List<InputSource> inputs = InputLister.list(options.inputs());
        try {
            if (options.bom()) {
                stdout.write(BYTE_ORDER_MARK);
            }
            writer = options.format().writer(stdout, inputs.size() > 1);
        } catch (IOException e) {
            return outputBroken.getAsBoolean() ? Main.EXIT_BROKEN_PIPE : Main.EXIT_INPUT_FAILED;
        }
        try (OrderedOutput ordered = new OrderedOutput(options.threads())) {
            output = ordered;
            for (InputSource input : inputs) {
                try {
                    read(input);
                    output.emit(() -> {
                        writer.flush();
                        if (outputBroken.getAsBoolean()) {
                            throw new OutputClosed(); // as Unix tools stop on SIGPIPE: quietly
                        }
                    });
                } catch (IOException e) {
                    error(input.name(), Problems.describe(e));
                } catch (OutOfMemoryError e) {
                    // Reading the input itself ran out of memory; what it held is garbage now, and the next
                    // input starts afresh.
                    error(input.name(), "out of memory while reading it; the rest of it is skipped");
                }
            }
            output.drain();
        } catch (OutputClosed e) {
            return Main.EXIT_BROKEN_PIPE;
        } catch (IOException e) {
            sayNow("cnstats: cannot write the output: " + Problems.describe(e));
            anyFailed = true;
        } finally {
            progress.finish();
        }
        return anyFailed ? Main.EXIT_INPUT_FAILED : Main.EXIT_OK;
    }

    /** U+FEFF, written as the UTF-8 bytes EF BB BF that tell spreadsheets the file is UTF-8 ({@code --bom}). */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Thrown inside a document when standard output has been closed, to stop the whole run at once. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super(null, null, false, false);
        }
    }

    private void read(InputSource input) throws IOException {
        if (input instanceof InputSource.Unreadable unreadable) {
            error(unreadable.name(), unreadable.reason());
        } else if (input instanceof InputSource.Skipped skipped) {
            explainSkip(skipped.name(), skipped.reason());
        } else if (input instanceof InputSource.File file) {
            Path path = file.path();
            if (file.walked() && looksBinary(path)) {
                explainSkip(file.name(), "binary file");
                return;
            }
            // A regular file can be read twice: to check its encoding whole before anything of it is written
            // (an invalid file writes nothing even when parsed in several chunks), and to tell what encoding its
            // bytes look like. Pipes and standard input are checked as they are read.
            Path rereadable = Files.isRegularFile(path) ? path : null;
            readStream(file.name(), new BufferedInputStream(progress.counting(Files.newInputStream(path)), BUFFER),
                    rereadable);
        } else {
            readStream(input.name(),
                    new BufferedInputStream(progress.counting(new UnclosableInputStream(stdin)), BUFFER), null);
        }
    }

    private static final int BUFFER = 1 << 16;

    /** How many bytes tell a binary file from a text file. */
    private static final int BINARY_SAMPLE = 8 * 1024;

    private void explainSkip(String name, String reason) {
        if (options.explain()) {
            say("cnstats: " + name + ": explain: skipped: " + reason);
        }
    }

    /**
     * Whether a file found in a directory is binary: a NUL byte in its first 8 KiB, as grep and git judge it,
     * unless it is UTF-16 or UTF-32 (by its byte order mark or the encoding named), where NUL bytes are text.
     */
    private boolean looksBinary(Path path) throws IOException {
        String encoding = options.encoding();
        if (encoding != null && (encoding.startsWith("UTF-16") || encoding.startsWith("UTF-32"))) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(BINARY_SAMPLE);
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads one document in the encoding asked for.
     *
     * @param in         the bytes, closed at the end
     * @param rereadable the file again, if it can be read twice; else null
     */
    private void readStream(String name, BufferedInputStream in, Path rereadable) throws IOException {
        try (in) {
            Charset charset = null; // UTF-8, or UTF-16 after its byte order mark
            if (ExtractOptions.AUTO.equals(options.encoding())) {
                in.mark(EncodingGuess.SAMPLE_SIZE + 1);
                byte[] sample = in.readNBytes(EncodingGuess.SAMPLE_SIZE);
                in.reset();
                Optional<EncodingGuess> guess = EncodingGuess.of(sample, sample.length < EncodingGuess.SAMPLE_SIZE);
                if (guess.isEmpty()) {
                    error(name, "cannot tell its encoding; name it with --encoding NAME");
                    return;
                }
                charset = guess.get().encoding();
                if (options.explain()) {
                    say("cnstats: " + name + ": explain: encoding " + charset.name() + " (" + guess.get().how()
                            + ", confidence " + guess.get().confidence() + ")");
                }
                if (guess.get().confidence() < CONFIDENT) {
                    say("cnstats: " + name + ": warning: encoding guessed as " + charset.name() + " with confidence "
                            + guess.get().confidence() + " only; if the output looks wrong, name the encoding with"
                            + " --encoding NAME");
                }
            } else if (options.encoding() != null) {
                charset = Charset.forName(options.encoding());
            }
            if (!options.lenient() && rereadable != null) {
                UndecodableInputException bad;
                try (InputStream check = Files.newInputStream(rereadable)) {
                    bad = TextSource.firstError(check, charset);
                }
                if (bad != null) {
                    error(name, bad.getMessage() + hint(charset, rereadable));
                    return;
                }
            }
            TextSource source = new TextSource(in, charset, options.lenient());
            ChunkSource chunks = options.lines() ? new LineSplitter(source, limits) : new TextChunker(source, limits);
            output.emit(() -> {
                progress.input();
                writer.beginDocument(name);
            });
            try {
                parseAll(name, chunks);
            } catch (UndecodableInputException e) {
                throw new UndecodableInputException(e.getMessage() + hint(charset, null));
            } finally {
                output.emit(writer::endDocument);
            }
            if (source.replacements() > 0) {
                String encoding = source.encoding() == null ? "UTF-8" : source.encoding().name();
                say("cnstats: " + name + ": warning: invalid " + encoding + " at byte " + source.firstReplacedByte()
                        + " replaced by U+FFFD (" + source.replacements() + " sequence"
                        + (source.replacements() == 1 ? "" : "s") + " in all)" + hint(charset, rereadable));
            }
        }
    }

    /** The confidence below which a detected encoding is reported as a guess. */
    private static final int CONFIDENT = 50;

    /**
     * How to read a document that its encoding did not decode: the encoding its bytes look like, if it can be
     * read again and is not in the encoding asked for.
     */
    private static String hint(Charset used, Path rereadable) {
        if (used == null && rereadable != null) {
            byte[] sample;
            try (InputStream in = Files.newInputStream(rereadable)) {
                sample = in.readNBytes(EncodingGuess.SAMPLE_SIZE);
            } catch (IOException e) {
                sample = new byte[0];
            }
            Optional<EncodingGuess> guess = EncodingGuess.of(sample, sample.length < EncodingGuess.SAMPLE_SIZE);
            if (guess.isPresent() && !guess.get().encoding().equals(StandardCharsets.UTF_8)) {
                return "; the bytes look like " + guess.get().name() + " (confidence " + guess.get().confidence()
                        + "): read it with --encoding " + guess.get().name();
            }
        }
        return used == null
                ? "; if it is in another encoding, name it with --encoding NAME or try --encoding auto"
                : "";
    }

    /** Most characters in one batch of chunks given to a parsing thread at once. */
    private static final int BATCH_CHARS = 1 << 16;
    /** Most chunks (lines, with {@code --lines}) in one batch. */
    private static final int BATCH_CHUNKS = 256;

    /** What the output thread knows of the document being written. */
    private static final class DocumentState {
        /** Set when a parser failure skips the rest of a whole-file document. */
        boolean skipRest;
        /**
         * The context the chunks are parsed with. With {@code --lines}, the caller's for every line, and each line
         * finds the rest in its own text; otherwise what the first chunk found (its date line, its publisher),
         * which holds for the rest of the file. Set on the reading thread before a later chunk is handed out.
         */
        DocumentContext context;
        /** Whether {@link #context} holds for the chunks still to come. */
        boolean contextDecided;

        DocumentState(DocumentContext context, boolean contextDecided) {
            this.context = context;
            this.contextDecided = contextDecided;
        }
    }

    /**
     * Gives the chunks of a document to the parser, in batches when several threads parse (a line of a corpus
     * is too little work to hand over alone), and writes what they find in order.
     */
    private void parseAll(String name, ChunkSource chunks) throws IOException {
        DocumentState document = new DocumentState(options.context(), options.lines());
        List<Chunk> batch = new ArrayList<>();
        long batchChars = 0;
        Chunk chunk;
        try {
            while (!document.skipRest && (chunk = chunks.next()) != null) {
                if (!document.contextDecided) {
                    // The first chunk finds the document's context, which the later ones are parsed with: it is
                    // parsed here, before any of them is handed to a thread.
                    OrderedOutput.Step step = parse(name, chunk, document);
                    output.submit(() -> step);
                    continue;
                }
                batch.add(chunk);
                batchChars += chunk.text().length();
                if (!output.parallel() || batch.size() >= BATCH_CHUNKS || batchChars >= BATCH_CHARS) {
                    submit(name, batch, document);
                    batch = new ArrayList<>();
                    batchChars = 0;
                }
            }
        } finally {
            // Also when the input fails part way (a bad byte): what was read before it is written, as with one
            // thread.
            if (!batch.isEmpty()) {
                submit(name, batch, document);
            }
        }
    }

    private void submit(String name, List<Chunk> batch, DocumentState document) throws IOException {
        output.submit(() -> {
            List<OrderedOutput.Step> steps = new ArrayList<>(batch.size());
            for (Chunk chunk : batch) {
                steps.add(parse(name, chunk, document));
            }
            return () -> {
                for (OrderedOutput.Step step : steps) {
                    step.run();
                }
            };
        });
    }

    /**
     * Parses one chunk, on whichever thread, and returns the writing of what it found, for the output thread.
     * A parser failure costs one document: the line with {@code --lines}, else the rest of the file.
     */
    private OrderedOutput.Step parse(String name, Chunk chunk, DocumentState document) {
        ParseResult result;
        LineIndex lines;
        List<LocatedMeasurement> found;
        try {
            result = parser.explain(chunk.text(), document.context);
            if (!document.contextDecided) {
                document.context = result.context().toBuilder().findInText(false).build();
                document.contextDecided = true;
            }
            // One line index per chunk, built only when something needs a line number: rebuilt per
            // diagnostic it made --explain quadratic.
            lines = result.diagnostics().isEmpty() && result.measurements().isEmpty() ? null : chunk.lineIndex();
            found = locate(name, chunk, lines, result.measurements());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String problem = Problems.describeInternal(e);
            return () -> {
                if (document.skipRest) {
                    return;
                }
                writer.text(chunk);
                if (options.lines()) {
                    errorNow(name, "internal error: " + problem + " (line " + chunk.firstLine() + ")");
                } else {
                    errorNow(name, "internal error: " + problem + " (in the text from line " + chunk.firstLine()
                            + "; the rest of the file is skipped)");
                    document.skipRest = true;
                }
            };
        }
        List<Diagnostic> diagnostics = result.diagnostics();
        List<MeasurementParts> parts = result.parts();
        DocumentContext foundContext = result.context();
        boolean explainContext = options.explain() && foundContext.findsInText()
                && (foundContext.date().isPresent() || foundContext.region().isPresent() || foundContext.minguoYears());
        return () -> {
            if (document.skipRest) {
                return;
            }
            if (explainContext) {
                explainContextNow(name, chunk, foundContext);
            }
            writer.text(chunk);
            writer.parts(parts);
            report(name, chunk, lines, diagnostics);
            for (LocatedMeasurement measurement : found) {
                writer.write(measurement);
            }
            if (!found.isEmpty()) {
                progress.measurements(found.size());
                writer.flush();
                if (outputBroken.getAsBoolean()) {
                    throw new OutputClosed();
                }
            }
        };
    }

    /** With {@code --explain}: the document context found in a chunk's text, and where each part came from. */
    private void explainContextNow(String name, Chunk chunk, DocumentContext c) {
        StringBuilder line = new StringBuilder("cnstats: ").append(name).append(':').append(chunk.firstLine())
                .append(": explain: context date ").append(c.date().map(Object::toString).orElse("none"));
        c.dateClue().ifPresent(clue -> describe(line, clue, chunk));
        line.append(", region ").append(c.region().orElse("none"));
        c.regionClue().ifPresent(clue -> describe(line, clue, chunk));
        if (c.minguoYears()) {
            line.append(", 民国 years");
            c.minguoClue().ifPresent(clue -> describe(line, clue, chunk));
        }
        sayNow(line.toString());
    }

    private static void describe(StringBuilder line, DocumentContext.Clue clue, Chunk chunk) {
        line.append(" (").append(clue.source());
        if (clue.span() != null) {
            line.append(" at [").append(clue.span().start() + chunk.offset()).append(", ")
                    .append(clue.span().end() + chunk.offset()).append("): ").append(clue.text());
        }
        line.append(')');
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
        return locate(doc, chunk, found.isEmpty() ? null : chunk.lineIndex(), found);
    }

    /** As {@link #locate(String, Chunk, List)}, with the chunk's line index (null only if nothing was found). */
    private static List<LocatedMeasurement> locate(String doc, Chunk chunk, LineIndex lines,
                                                   List<Measurement> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        String text = chunk.text();
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
    private void report(String name, Chunk chunk, LineIndex lines, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.kind() == Diagnostic.Kind.INPUT_TOO_LONG) {
                anyFailed = true; // text not read is never an exit status of 0
            }
            if (options.explain() || d.kind() == Diagnostic.Kind.INPUT_TOO_LONG) {
                Span span = d.span();
                sayNow("cnstats: " + name + ":" + lines.lineOf(span.start()) + ": "
                        + (options.explain() ? "explain: " : "warning: ") + d.kind() + " at ["
                        + (chunk.offset() + span.start()) + ", " + (chunk.offset() + span.end()) + "): "
                        + d.message());
            }
        }
    }

    /** Reports an input that failed, in order with the output (after what waits to be written). */
    private void error(String name, String reason) {
        later(() -> errorNow(name, reason));
    }

    /** As {@link #error}, at once: for steps, which run in order already. */
    private void errorNow(String name, String reason) {
        anyFailed = true;
        sayNow("cnstats: " + name + ": " + reason);
    }

    /** One line on standard error, in order with the output (after what waits to be written). */
    private void say(String line) {
        later(() -> sayNow(line));
    }

    private void later(OrderedOutput.Step step) {
        try {
            output.emit(step);
        } catch (IOException e) {
            throw new IllegalStateException(e); // steps that only write to standard error do not fail
        }
    }

    /** One line on standard error, ended by {@code \n} on every platform like the output, and shown at once. */
    private void sayNow(String line) {
        progress.finish();
        stderr.print(line + "\n");
        stderr.flush();
    }
}
