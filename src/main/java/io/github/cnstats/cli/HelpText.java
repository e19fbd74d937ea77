package io.github.cnstats.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The texts the command line shows about itself: full help, short usage, version. */
final class HelpText {

    /** How to start the program, as the texts show it. */
    static final String PROGRAM = "java -jar cnstats-cli.jar";

    /** Where the jar's build records the version (Maven writes it into every jar it builds). */
    private static final String POM_PROPERTIES = "/META-INF/maven/io.github.cnstats/cnstats/pom.properties";

    private HelpText() {
    }

    /** @return the short usage, shown after a usage error */
    static String usage() {
        return """
                usage: %1$s extract [--lines] [--format jsonl|table] [--encoding NAME|auto] [--lenient]
                                [--explain] [--date YYYY-MM-DD] [--region NAME] [FILE|DIR|-]...
                       %1$s --help | --version
                Try '%1$s --help' for more.
                """.formatted(PROGRAM);
    }

    /** @return the full help */
    static String help() {
        return """
                cnstats: finds statistics in Chinese official text (press releases, statistical communiques,
                police reports, work reports) and writes each measurement it finds: a quantity, a change, or
                both, with what was counted, the period and the region.

                Usage:
                  %1$s extract [OPTIONS] [FILE|DIR|-]...
                  %1$s help | --help | -h
                  %1$s --version

                Inputs (read in the order given; none at all means standard input):
                  FILE    a text file: UTF-8, or UTF-16 after its byte order mark, unless --encoding
                          says otherwise; a leading byte order mark is ignored and not counted
                  DIR     every regular file below the directory, recursively, sorted by path;
                          symbolic links, hidden files and folders (.name) and binary files
                          inside it are skipped (--explain names them); "" is a usage error
                  -       standard input, named "-" in the output

                Options:
                  --lines         every line is a document of its own, and nothing is carried from one
                                  line to the next (for corpora of one sentence a line); line numbers and
                                  offsets still count in the whole file
                  --format jsonl  JSON Lines, one object per measurement (the default)
                  --format table  an aligned table for people to read
                  --encoding NAME read the inputs in this encoding: GB18030, GBK, GB2312, Big5,
                                  UTF-16... (offsets still count UTF-16 units of the decoded text)
                  --encoding auto detect each input's encoding (byte order mark, UTF-8, else ICU's
                                  detector); --explain prints the guess and its confidence
                  --lenient       decode invalid bytes as U+FFFD and go on, with a warning on standard
                                  error that names the encoding they look like; without it, such a
                                  file is reported and skipped
                  --explain       also print on standard error what the parser saw and declined: numerals
                                  too long or too large, malformed numerals, numbers before a character
                                  that is no known unit (lines "explain: KIND at
                                  [start, end): why"), figures that do not add up (PARTS_EXCEED_WHOLE,
                                  SHARE_OVER_HUNDRED, DIFFERENCE_MISMATCH, CHANGE_CONTRADICTS_LEVELS) and
                                  the document context found ("explain: context date ..."); they do
                                  not change the exit status
                  --date DATE     the date the documents were published (2024-05-27): relative periods
                                  (今年以来, 上月) resolve against it; without it, a date line or a dateline
                                  with its year in the text is used, and else nothing relative resolves
                  --region NAME   the region the documents report on (广东省, 广州市, 香港): 全省, 全市,
                                  本港... resolve to it at its level; without it, the publisher named in
                                  the first lines is used
                  -h, --help      show this help and exit
                  --version       show the version and exit
                  --              end of options: later arguments are inputs even if they start with -

                JSON Lines output: one object per measurement, in text order, with these fields in this
                order. Numbers of the measurement are strings in plain decimal form ("391000", "5.7");
                anything absent is null; quantity or change may be null, never both.
                  doc         the input's name as given ("-" for standard input)
                  line        1-based line of the measurement's first character
                  start, end  UTF-16 offsets into the whole input as decoded, end exclusive
                  text        the measurement as written: exactly the input from start to end
                  subject     what was counted, as written
                  quantity    {value, high, unit, approx}: the value (the low end of a range), the high
                              end of a range or null, the unit in Simplified characters ("元", "%%"), and
                              approx: EXACT MORE_THAN NEARLY ABOUT LESS_THAN AT_LEAST AT_MOST
                  change      {basis, direction, amount, amountUnit, reference}: basis YEAR_ON_YEAR
                              PERIOD_ON_PERIOD REFERENCE UNSPECIFIED; direction UP DOWN FLAT; the amount
                              and its unit ("%%", "个百分点", "倍"...) or null; the named reference of a
                              REFERENCE change; plus "streak": {count, unit} for a run such as 连续7个月
                  period      the period as written ("截至11月底", "2023年")
                  region      the region as written ("全国", "山东")
                  periodKind  YEAR MONTHS UP_TO SINCE DURATION OTHER (an extra field)
                  periodRange {from, to}: the period's days, both inclusive (ISO dates), or null
                  regionResolved  the region by name (全省 in 广东省's document: 广东省), or null
                  baseline    {value, unit, approx, derived, roundedTo}: the figure the change implies
                              for what it is compared with (39.1万起,同比上升5.7%%: about 369915), or null

                Table output: columns line, text (cut to 24 columns), subject, quantity, change,
                period, region; a "== name ==" heading before each input when there are several. Rows are
                written when an input ends (or every %2$d rows).

                Large inputs: without --lines a file is parsed in chunks of about 1 MiB characters, cut
                after a line that ends in 。！？ or after a blank line. A line longer than that is cut after
                its next 。, and text with no sentence end at all is cut every 4 MiB characters, where a
                measurement across the cut may be lost. Offsets and line numbers stay exact. With --lines,
                a longer line is read in pieces cut the same way, all with the line's number.

                Errors: each is one line on standard error, "cnstats: FILE: reason", and the run goes on
                with the next input. A file that is not valid UTF-8 is reported as "invalid UTF-8 at byte N"
                (N counted from 0), with the encoding its bytes look like, and nothing of it is written; standard input and pipes cannot be read
                twice, so they are checked as they are read and what came before the bad byte stays written.
                Output is UTF-8 whatever the platform, flushed after each input.

                Exit status:
                  0  every input was read and processed
                  1  usage error: unknown command or option, bad --format or --encoding value,
                     no command
                  2  some input could not be read or processed, or some text was not read
                     (the others were)
                  141  standard output was closed (extract ... | head): stopped quietly

                Examples:
                  %1$s extract report.txt
                  %1$s extract --format table report.txt
                  %1$s extract --lines corpus/ > measurements.jsonl
                  %1$s extract --encoding auto --explain saved-pages/
                  cat report.txt | %1$s extract
                """.formatted(PROGRAM, TableWriter.BLOCK_ROWS);
    }

    /** @return {@code cnstats} and the version of the build, or a note that it is unknown */
    static String version() {
        try (InputStream in = HelpText.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null) {
                    return "cnstats " + version + "\n";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Fall through: the version is only unknown.
        }
        return "cnstats (version unknown: not run from a built jar)\n";
    }
}
