package io.github.cnstats.cli;

import io.github.cnstats.DocumentContext;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as picocli reads it ({@link CliCommand}): every option that existed keeps its meaning. */
class ArgumentsTest {

    private static ExtractOptions extract(String... args) {
        CliCommand command = new CliCommand();
        CommandLine commandLine = CliCommand.commandLine(command);
        ParseResult parsed = commandLine.parseArgs(args);
        assertTrue(parsed.hasSubcommand(), List.of(args).toString());
        return command.options((CliCommand.Extract) parsed.subcommand().commandSpec().userObject());
    }

    private static String usageError(String... args) {
        return assertThrows(ParameterException.class, () -> extract(args)).getMessage();
    }

    private static ExtractOptions expected(boolean lines, OutputFormat format, boolean lenient, boolean explain,
                                           List<String> inputs) {
        return new ExtractOptions(lines, format, lenient, explain, inputs, null,
                Runtime.getRuntime().availableProcessors(), false, false, DocumentContext.findInText());
    }

    @Test
    void dateAndRegionGiveTheDocumentContextAndTheCallerIsItsSource() throws Exception {
        DocumentContext c = extract("extract", "--date", "2024-05-27", "--region=广东省").context();
        assertEquals(LocalDate.of(2024, 5, 27), c.date().orElseThrow());
        assertEquals("广东省", c.region().orElseThrow());
        assertEquals(DocumentContext.Source.CALLER, c.regionClue().orElseThrow().source());
        assertEquals("bad value for --date: '2024-5-27' (use YYYY-MM-DD, such as 2024-05-27)",
                usageError("extract", "--date", "2024-5-27"));
        assertEquals("bad value for --region: an empty name", usageError("extract", "--region", " "));
        assertTrue(usageError("extract", "--region").contains("--region"));
    }

    @Test
    void defaultsAreJsonLinesOfWholeStrictFilesFromStandardInputWithEveryProcessor() {
        assertEquals(expected(false, OutputFormat.JSONL, false, false, List.of()), extract("extract"));
    }

    @Test
    void readsEveryOptionWhereverItStands() {
        assertEquals(expected(true, OutputFormat.TABLE, true, true, List.of("a.txt", "-", "dir")),
                extract("--lines", "extract", "a.txt", "--format", "table", "-", "--lenient", "--explain", "dir"));
        assertEquals(OutputFormat.TABLE, extract("extract", "--format=table").format());
        assertEquals(OutputFormat.CSV, extract("--format=csv", "extract").format());
        assertEquals(OutputFormat.JSONL, extract("extract", "--format=table", "--format", "jsonl").format());
    }

    @Test
    void shortOptionsMayBeClustered() {
        ExtractOptions options = extract("extract", "-leqj3", "-fcsv", "a.txt");
        assertTrue(options.lines());
        assertTrue(options.explain());
        assertTrue(options.quiet());
        assertEquals(3, options.threads());
        assertEquals(OutputFormat.CSV, options.format());
        assertEquals(List.of("a.txt"), options.inputs());
        assertFalse(options.bom());
        assertTrue(extract("extract", "--bom").bom());
    }

    @Test
    void anEncodingIsNamedCanonicallyOrAuto() {
        assertEquals(null, extract("extract").encoding());
        assertEquals("GBK", extract("extract", "--encoding", "gbk").encoding());
        assertEquals("Big5", extract("extract", "--encoding=BIG5").encoding());
        assertEquals("auto", extract("extract", "--encoding=Auto").encoding());
        assertEquals("unknown encoding: x-none (try auto, UTF-8, UTF-16, GB18030, GBK, Big5)",
                usageError("extract", "--encoding", "x-none"));
    }

    @Test
    void doubleDashEndsTheOptions() {
        assertEquals(List.of("--lines", "-x"), extract("extract", "--", "--lines", "-x").inputs());
    }

    @Test
    void anArgumentStartingWithAtIsAnInputNotAFileOfArguments() {
        assertEquals(List.of("@notes.txt"), extract("extract", "@notes.txt").inputs());
    }

    @Test
    void reportsWhatIsWrong() {
        assertEquals("Unknown option: '--line'", usageError("extract", "--line"));
        assertEquals("Unknown option: '-y'", usageError("extract", "-y"));
        assertTrue(usageError("extract", "--format").startsWith("Missing required parameter for option '--format'"));
        assertEquals("bad value for --format: 'JSON' (use jsonl, csv, table or html)",
                usageError("extract", "--format=JSON"));
        assertEquals("bad value for --format: '' (use jsonl, csv, table or html)", usageError("extract", "--format="));
        assertEquals("bad value for --threads: 0 (use 1 or more)", usageError("extract", "--threads", "0"));
        assertTrue(usageError("extract", "--threads", "many").startsWith("Invalid value for option '--threads'"));
        assertEquals("an empty argument is no input (write . for the current directory)",
                usageError("extract", ""));
    }

    @Test
    void theProgramIsNamedByTheJarItRunsFrom() {
        assertEquals("java -jar cnstats-9.9-cli.jar", HelpTexts.program(Path.of("/opt/x/cnstats-9.9-cli.jar")));
        assertEquals("java io.github.cnstats.cli.Main", HelpTexts.program(Path.of("target/classes")));
        assertEquals("java io.github.cnstats.cli.Main", HelpTexts.program(null));
    }
}
