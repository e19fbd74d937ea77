package io.github.cnstats.cli;

import io.github.cnstats.DocumentContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The command line as picocli reads it: the program with its options, which every subcommand inherits (so that
 * they may stand before or after {@code extract}, as they always could), and the subcommands {@code extract},
 * {@code help} and {@code completion}. The texts of the help are set by {@link HelpTexts}, since they name the
 * jar as it was built.
 */
@Command(name = "cnstats", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = HelpTexts.Version.class, sortOptions = false, usageHelpWidth = 100,
        subcommands = {CliCommand.Extract.class, CommandLine.HelpCommand.class, CliCommand.Completion.class})
final class CliCommand {

    @Spec
    CommandSpec spec;

    @Option(names = {"-l", "--lines"}, scope = ScopeType.INHERIT, order = 1,
            description = {"every line is a document of its own, and nothing is carried from one line to the next"
                    + " (for corpora of one sentence a line); line numbers and offsets still count in the whole"
                    + " file"})
    boolean lines;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", scope = ScopeType.INHERIT, order = 2,
            completionCandidates = OutputFormat.Names.class,
            description = {"jsonl (the default): JSON Lines, one object per measurement; csv: one RFC 4180 row per"
                    + " measurement with a header; table: aligned columns for people; html: one page with the text and every"
                    + " measurement marked"})
    String format = OutputFormat.JSONL.optionValue();

    @Option(names = "--encoding", paramLabel = "NAME", scope = ScopeType.INHERIT, order = 3,
            completionCandidates = EncodingNames.class,
            description = {"read the inputs in this encoding: GB18030, GBK, GB2312, Big5, UTF-16... (offsets still"
                    + " count UTF-16 units of the decoded text); auto detects each input's encoding (byte order"
                    + " mark, UTF-8, else ICU's detector) and --explain prints the guess and its confidence"})
    String encoding;

    @Option(names = "--lenient", scope = ScopeType.INHERIT, order = 4,
            description = {"decode invalid bytes as U+FFFD and go on, with a warning on standard error that names"
                    + " the encoding they look like; without it, such a file is reported and skipped"})
    boolean lenient;

    @Option(names = {"-e", "--explain"}, scope = ScopeType.INHERIT, order = 5,
            description = {"also print on standard error what the parser saw and declined (lines \"explain: KIND"
                    + " at [start, end): why\"), and the files a directory walk skipped; they do not change the"
                    + " exit status"})
    boolean explain;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", scope = ScopeType.INHERIT, order = 6,
            description = {"parse with N threads (default: the number of processors); the output is the same as"
                    + " with one thread, in the same order"})
    Integer threads;

    @Option(names = "--bom", scope = ScopeType.INHERIT, order = 7,
            description = {"start the output with a UTF-8 byte order mark, for spreadsheets that need one to read"
                    + " a CSV file as UTF-8"})
    boolean bom;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, order = 8,
            description = {"no progress line on standard error (it is shown only when standard error is a"
                    + " terminal); errors and warnings are still written"})
    boolean quiet;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", scope = ScopeType.INHERIT, order = 9,
            description = {"the documents' date, for periods such as 今年以来 or 上月 (periodRange); without it, a"
                    + " date line or dateline with a year in each text is used"})
    String date;

    @Option(names = "--region", paramLabel = "NAME", scope = ScopeType.INHERIT, order = 10,
            description = {"the documents' region, for 全省, 本市, 本港 (regionResolved); without it, the"
                    + " publisher named in each text's first lines is used"})
    String region;

    /** {@code extract}: reads the inputs and writes their measurements. */
    @Command(name = "extract", description = {"Finds the measurements in the inputs and writes each one."})
    static final class Extract {

        @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*",
                description = {"the inputs, read in the order given; none at all means standard input"})
        List<String> inputs = new ArrayList<>();
    }

    /** {@code completion}: writes a completion script for bash and zsh. */
    @Command(name = "completion", description = {"Writes a bash (and zsh) completion script for a command named"
            + " cnstats on standard output: source <(cnstats completion)."})
    static final class Completion {
    }

    /**
     * The command line that reads arguments for this command as {@code extract} always read them: an option
     * given twice counts the last time, and an argument starting with {@code @} is an input, not a file of
     * arguments to expand (picocli's default).
     *
     * @param command receives the options
     * @return the command line
     */
    static CommandLine commandLine(CliCommand command) {
        return new CommandLine(command)
                .setOverwrittenOptionsAllowed(true)
                .setExpandAtFiles(false);
    }

    /**
     * The options of an {@code extract} run, checked.
     *
     * @param extract the subcommand, with its inputs
     * @return the options
     * @throws ParameterException for a value that cannot be used
     */
    ExtractOptions options(Extract extract) {
        CommandLine commandLine = spec.commandLine();
        OutputFormat outputFormat = OutputFormat.named(format);
        if (outputFormat == null) {
            throw new ParameterException(commandLine, "bad value for --format: '" + format + "' (use "
                    + OutputFormat.Names.list() + ")");
        }
        for (String input : extract.inputs) {
            if (input.isEmpty()) {
                throw new ParameterException(commandLine,
                        "an empty argument is no input (write . for the current directory)");
            }
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(commandLine, "bad value for --threads: " + threads + " (use 1 or more)");
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        DocumentContext context;
        try {
            context = ContextArguments.context(date, region);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
        return new ExtractOptions(lines, outputFormat, lenient, explain, extract.inputs, encoding(encoding),
                threadCount, quiet, bom, context);
    }

    /** The value of {@code --encoding}: {@code auto}, or the canonical name of an encoding Java can decode. */
    private String encoding(String name) {
        if (name == null) {
            return null;
        }
        if (name.equalsIgnoreCase(ExtractOptions.AUTO)) {
            return ExtractOptions.AUTO;
        }
        try {
            return Charset.forName(name).name();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "unknown encoding: " + name + " (try auto, UTF-8, UTF-16, GB18030, GBK, Big5)");
        }
    }

    /** Names of the encodings offered by shell completion. */
    static final class EncodingNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("auto", "UTF-8", "UTF-16", "GB18030", "GBK", "GB2312", "Big5").iterator();
        }
    }
}
