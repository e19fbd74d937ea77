package io.github.cnstats.cli;

import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Properties;

/**
 * The texts the command line shows about itself: how to start it (the jar as it was built), the long help
 * after the options, the short usage after a usage error, and the version.
 */
final class HelpTexts {

    /** Where the jar's build records the version (Maven writes it into every jar it builds). */
    private static final String POM_PROPERTIES = "/META-INF/maven/io.github.cnstats/cnstats/pom.properties";

    private HelpTexts() {
    }

    /**
     * How to start the running program: {@code java -jar NAME.jar} with the file name of the jar this class was
     * loaded from, or {@code java io.github.cnstats.cli.Main} when it runs from a folder of classes.
     *
     * @return the command
     */
    static String program() {
        return program(codeSource());
    }

    /**
     * @param location where the classes were loaded from, or null if unknown
     * @return how to start the program from there
     */
    static String program(Path location) {
        if (location != null && location.getFileName() != null
                && location.getFileName().toString().endsWith(".jar")) {
            return "java -jar " + location.getFileName();
        }
        return "java " + Main.class.getName();
    }

    private static Path codeSource() {
        try {
            CodeSource source = Main.class.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null; // an odd class loader: the jar's name is unknown
        }
    }

    /**
     * @param program how to start the program
     * @return the short usage, shown after a usage error
     */
    static String usage(String program) {
        return """
                usage: %1$s extract [OPTIONS] [FILE|DIR|-]...
                       %1$s help | --help | --version | completion
                Try '%1$s --help' for more.
                """.formatted(program);
    }

    /**
     * Sets the texts of the help that name the program, on the command and its subcommands.
     *
     * @param commandLine the command line of {@link CliCommand}
     * @param program     how to start the program
     */
    static void apply(CommandLine commandLine, String program) {
        commandLine.setCommandName(program);
        commandLine.getCommandSpec().usageMessage()
                .description(lines(DESCRIPTION))
                .footerHeading("%n")
                .footer(lines(footer(program)));
        CommandLine extract = commandLine.getSubcommands().get("extract");
        extract.getCommandSpec().usageMessage()
                .footerHeading("%n")
                .footer(lines(footer(program)));
    }

    private static String footer(String program) {
        return FOOTER.replace("{program}", program).replace("{table}", TableWriter.FORMAT_NOTE);
    }

    /** The text as picocli's lines: one element a line, with {@code %} escaped (picocli formats each line). */
    private static String[] lines(String text) {
        List<String> lines = text.lines().map(line -> line.replace("%", "%%")).toList();
        return lines.toArray(String[]::new);
    }

    private static final String DESCRIPTION = """
            cnstats: finds statistics in Chinese official text (press releases, statistical communiques,
            police reports, work reports) and writes each measurement it finds: a quantity, a change, or
            both, with what was counted, the period and the region.""";

    private static final String FOOTER = """
            Inputs (read in the order given; none at all means standard input):
              FILE    a text file: UTF-8, or UTF-16 after its byte order mark, unless --encoding
                      says otherwise; a leading byte order mark is ignored and not counted
              DIR     every regular file below the directory, recursively, sorted by path;
                      symbolic links, hidden files and folders (.name) and binary files
                      inside it are skipped (--explain names them); "" is a usage error
              -       standard input, named "-" in the output
              --      end of options: later arguments are inputs even if they start with -

            Formats:
              --format jsonl  JSON Lines, one object per measurement (the default)
              --format csv    RFC 4180 CSV in UTF-8, one header row, then one row per measurement
                              with the JSON fields flattened (quantity_value...); add --bom for
                              spreadsheets that need a byte order mark
              --format table  aligned columns for people, values as written (39.1万起, 41.2万亿元)
              --format html   one self-contained HTML page: each input's text with every
                              measurement and its parts marked, a card of values on hover or
                              keyboard focus, and a table linking to each

            JSON Lines output: one object per measurement, in text order, with these fields in this
            order. Numbers of the measurement are strings in plain decimal form ("391000", "5.7");
            anything absent is null; quantity or change may be null, never both.
              doc         the input's name as given ("-" for standard input)
              line        1-based line of the measurement's first character
              start, end  UTF-16 offsets into the whole input as decoded, end exclusive
              text        the measurement as written: exactly the input from start to end
              subject     what was counted, as written
              quantity    {value, high, unit, approx}: the value (the low end of a range), the high
                          end of a range or null, the unit in Simplified characters ("元", "%"), and
                          approx: EXACT MORE_THAN NEARLY ABOUT LESS_THAN AT_LEAST AT_MOST
              change      {basis, direction, amount, amountUnit, reference}: basis YEAR_ON_YEAR
                          PERIOD_ON_PERIOD REFERENCE UNSPECIFIED; direction UP DOWN FLAT; the amount
                          and its unit ("%", "个百分点", "倍"...) or null; the named reference of a
                          REFERENCE change; plus "streak": {count, unit} for a run such as 连续7个月
              period      the period as written ("截至11月底", "2023年")
              region      the region as written ("全国", "山东")
              periodKind  YEAR MONTHS UP_TO SINCE DURATION OTHER (an extra field)
            CSV has the same fields in the same order, nested ones flattened with "_"
            (quantity_value, change_streak_count); absent values are empty cells.

            {table}

            Large inputs: without --lines a file is parsed in chunks of about 1 MiB characters, cut
            after a line that ends in 。！？ or after a blank line. A line longer than that is cut after
            its next 。, and text with no sentence end at all is cut every 4 MiB characters, where a
            measurement across the cut may be lost. Offsets and line numbers stay exact. With --lines,
            a longer line is read in pieces cut the same way, all with the line's number.

            Errors: each is one line on standard error, "cnstats: FILE: reason", and the run goes on
            with the next input. A file that is not valid UTF-8 is reported as "invalid UTF-8 at byte N"
            (N counted from 0), with the encoding its bytes look like, and nothing of it is written;
            standard input and pipes cannot be read twice, so they are checked as they are read and
            what came before the bad byte stays written. Output is UTF-8 whatever the platform, flushed
            after each input. A progress line is shown on standard error while it is a terminal.

            Exit status:
              0    every input was read and processed
              1    usage error: unknown command or option, bad --format, --encoding or --threads
                   value, no command
              2    some input could not be read or processed, or some text was not read
                   (the others were)
              141  standard output was closed (extract ... | head): stopped quietly

            Examples:
              {program} extract report.txt
              {program} extract --format table report.txt
              {program} extract --format csv --bom report.txt > measurements.csv
              {program} extract --lines -j 4 corpus/ > measurements.jsonl
              {program} extract --encoding auto --explain saved-pages/
              cat report.txt | {program} extract
              source <({program} completion)""";

    /** {@code --version}: {@code cnstats} and the version of the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {version()};
        }
    }

    /** @return {@code cnstats} and the version of the build, or a note that it is unknown */
    static String version() {
        try (InputStream in = HelpTexts.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null) {
                    return "cnstats " + version;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Fall through: the version is only unknown.
        }
        return "cnstats (version unknown: not run from a built jar)";
    }
}
