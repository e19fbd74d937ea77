package io.github.cnstats.cli;

import io.github.cnstats.Cnstats;
import io.github.cnstats.MeasurementParser;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The command line of cnstats: {@code java -jar cnstats-VERSION-cli.jar extract [OPTIONS] [FILE|DIR|-]...}, parsed
 * by picocli ({@link CliCommand}). See {@code --help} for everything it does.
 *
 * <p>It writes UTF-8 whatever the platform's default encoding, never shows a stack trace, and tells how it went
 * by its exit status: {@value #EXIT_OK} when every input was read, {@value #EXIT_USAGE} for a command line it
 * cannot run, {@value #EXIT_INPUT_FAILED} when some input could not be read or processed.
 */
public final class Main {

    /** Exit status when every input was read and processed. */
    public static final int EXIT_OK = 0;
    /** Exit status for a command line that cannot be run: unknown command or option, bad value. */
    public static final int EXIT_USAGE = 1;
    /** Exit status when some input could not be read or processed; the others were. */
    public static final int EXIT_INPUT_FAILED = 2;

    /**
     * Exit status when standard output was closed before all was written ({@code extract ... | head}): the run
     * stops without a message, with the status of a Unix tool killed by SIGPIPE (128 + 13).
     */
    public static final int EXIT_BROKEN_PIPE = 141;

    private Main() {
    }

    /**
     * Runs the command line with the standard streams and the standard parser, and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int status;
        try {
            status = run(args, System.in, System.out, System.err, Cnstats.parser(), ChunkLimits.DEFAULT,
                    Progress.stderrIsTerminal());
        } catch (Error e) {
            // Out of memory and the like: one line, not a stack trace.
            System.err.println("cnstats: fatal error: " + Problems.describeInternal(e));
            status = EXIT_INPUT_FAILED;
        }
        System.exit(status);
    }

    /**
     * Runs the command line.
     *
     * @param args   the command line after the program name
     * @param in     standard input, read for {@code -} or when no input is named; not closed
     * @param out    standard output: measurements, help, version, written as UTF-8
     * @param err    standard error: errors and warnings, written as UTF-8
     * @param parser finds the measurements
     * @return the exit status: {@link #EXIT_OK}, {@link #EXIT_USAGE} or {@link #EXIT_INPUT_FAILED}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
                          MeasurementParser parser) {
        return run(args, in, out, err, parser, ChunkLimits.DEFAULT, false);
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream, MeasurementParser)}, with chunk limits. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, MeasurementParser parser,
                   ChunkLimits limits) {
        return run(args, in, out, err, parser, limits, false);
    }

    /**
     * As {@link #run(String[], InputStream, PrintStream, PrintStream, MeasurementParser)}, with chunk limits,
     * and whether standard error is a terminal, where a long run shows its progress.
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, MeasurementParser parser,
                   ChunkLimits limits, boolean stderrIsTerminal) {
        // Encoders of our own, so that the bytes are UTF-8 whatever encoding the print streams were made with.
        Writer stdout = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        String program = HelpTexts.program();
        try {
            CliCommand command = new CliCommand();
            CommandLine commandLine = CliCommand.commandLine(command)
                    .setOut(new PrintWriter(stdout))
                    .setErr(stderr);
            HelpTexts.apply(commandLine, program);
            ParseResult parsed = commandLine.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                stdout.flush();
                return EXIT_OK;
            }
            if (!parsed.hasSubcommand()) {
                throw new ParameterException(commandLine, "no command given");
            }
            Object subcommand = parsed.subcommand().commandSpec().userObject();
            if (subcommand instanceof CliCommand.Completion) {
                stdout.write(AutoComplete.bash("cnstats", commandLine));
                stdout.flush();
                return EXIT_OK;
            }
            ExtractOptions options = command.options((CliCommand.Extract) subcommand);
            Progress progress = new Progress(stderr, Progress.wanted(options.quiet(), stderrIsTerminal),
                    System.nanoTime());
            int status = new Extraction(options, parser, in, stdout, out::checkError, stderr, limits, progress)
                    .run();
            stdout.flush();
            return status;
        } catch (ParameterException e) {
            stderr.print("cnstats: " + e.getMessage() + "\n");
            stderr.print(HelpTexts.usage(program));
            stderr.flush();
            return EXIT_USAGE;
        } catch (Exception | StackOverflowError e) {
            stderr.print("cnstats: internal error: " + Problems.describeInternal(e) + "\n");
            return EXIT_INPUT_FAILED;
        } finally {
            stderr.flush();
        }
    }
}
