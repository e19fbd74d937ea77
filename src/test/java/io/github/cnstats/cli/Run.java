package io.github.cnstats.cli;

import io.github.cnstats.MeasurementParser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line in a test, with its exit status and everything it wrote.
 *
 * @param status the exit status
 * @param out    standard output, decoded as UTF-8
 * @param err    standard error, decoded as UTF-8
 */
record Run(int status, String out, String err) {

    static Run of(MeasurementParser parser, byte[] stdin, String... args) {
        return of(parser, stdin, ChunkLimits.DEFAULT, args);
    }

    static Run of(MeasurementParser parser, byte[] stdin, ChunkLimits limits, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Print streams in a legacy encoding: the command line must write UTF-8 all the same.
        PrintStream outStream = new PrintStream(out, false, StandardCharsets.ISO_8859_1);
        PrintStream errStream = new PrintStream(err, false, StandardCharsets.ISO_8859_1);
        int status = Main.run(args, new ByteArrayInputStream(stdin), outStream, errStream, parser, limits);
        outStream.flush();
        errStream.flush();
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run of(MeasurementParser parser, String... args) {
        return of(parser, new byte[0], args);
    }
}
