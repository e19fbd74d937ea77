package io.github.cnstats.cli;

import io.github.cnstats.DocumentContext;

import java.util.List;
import java.util.Objects;

/**
 * The options of one {@code extract} run.
 *
 * @param lines   whether every line is a document of its own ({@code --lines})
 * @param format  the output format ({@code --format})
 * @param lenient whether to replace invalid UTF-8 instead of skipping the file ({@code --lenient})
 * @param explain whether to print on standard error what the parser declined ({@code --explain})
 * @param inputs  the input arguments in order: files, directories, {@code -}; empty for standard input
 * @param encoding the encoding of the inputs ({@code --encoding}): null for UTF-8 (or UTF-16 after its byte order
 *                mark), {@value #AUTO} to detect it, else the name of an encoding Java supports
 * @param threads how many threads parse ({@code --threads}), at least 1
 * @param quiet   whether to show no progress line ({@code --quiet})
 * @param bom     whether the output starts with a UTF-8 byte order mark ({@code --bom})
 * @param context the document context given with {@code --date} and {@code --region}; what it does not give is
 *                found in each document
 */
record ExtractOptions(boolean lines, OutputFormat format, boolean lenient, boolean explain, List<String> inputs,
                      String encoding, int threads, boolean quiet, boolean bom, DocumentContext context) {

    /** The value of {@code --encoding} that asks to detect the encoding of each input. */
    static final String AUTO = "auto";

    /** Options that read UTF-8 with one thread. */
    ExtractOptions(boolean lines, OutputFormat format, boolean lenient, boolean explain, List<String> inputs) {
        this(lines, format, lenient, explain, inputs, null);
    }

    /** Options with one thread, no progress line, no byte order mark, and the context found in each text. */
    ExtractOptions(boolean lines, OutputFormat format, boolean lenient, boolean explain, List<String> inputs,
                   String encoding) {
        this(lines, format, lenient, explain, inputs, encoding, 1, true, false, DocumentContext.findInText());
    }

    /** Copies {@code inputs}, so that the options cannot change after parsing. */
    ExtractOptions {
        inputs = List.copyOf(inputs);
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads);
        }
        Objects.requireNonNull(context, "context");
    }
}
