package io.github.cnstats.cli;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the command line by hand: the command line must not pull a dependency into the library.
 *
 * <p>The first argument that is not an option is the command; later ones are inputs. Options may stand before
 * or after the command and between inputs. {@code --} ends the options, so that a file named {@code -x} can be
 * read; a lone {@code -} is standard input. {@code --format} takes its value as the next argument or after
 * {@code =}; if given twice, the last one counts. {@code --help} and {@code --version} win as soon as they are
 * met, whatever follows.
 */
final class Arguments {

    private Arguments() {
    }

    /**
     * @param args the command line after the program name
     * @return what it asks for
     * @throws UsageException if it cannot be run as written
     */
    static Invocation parse(String[] args) throws UsageException {
        String command = null;
        boolean lines = false;
        boolean lenient = false;
        boolean explain = false;
        OutputFormat format = OutputFormat.JSONL;
        String encoding = null;
        ContextArguments context = new ContextArguments();
        List<String> inputs = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!optionsEnded && arg.startsWith("-") && !arg.equals(InputSource.STDIN_NAME)) {
                switch (arg) {
                    case "--" -> optionsEnded = true;
                    case "--help", "-h" -> {
                        return new Invocation.Help();
                    }
                    case "--version" -> {
                        return new Invocation.Version();
                    }
                    case "--lines" -> lines = true;
                    case "--lenient" -> lenient = true;
                    case "--explain" -> explain = true;
                    case "--format" -> {
                        if (i + 1 >= args.length) {
                            throw new UsageException("option --format needs a value: jsonl or table");
                        }
                        format = OutputFormat.named(args[++i]);
                    }
                    case "--encoding" -> {
                        if (i + 1 >= args.length) {
                            throw new UsageException("option --encoding needs a value: auto, or an encoding such as"
                                    + " GB18030 or Big5");
                        }
                        encoding = encoding(args[++i]);
                    }
                    case "--date", "--region" -> context.set(arg, i + 1 < args.length ? args[++i] : null);
                    default -> {
                        if (ContextArguments.isOptionWithValue(arg)) {
                            context.set(arg);
                        } else if (arg.startsWith("--format=")) {
                            format = OutputFormat.named(arg.substring("--format=".length()));
                        } else if (arg.startsWith("--encoding=")) {
                            encoding = encoding(arg.substring("--encoding=".length()));
                        } else {
                            throw new UsageException("unknown option: " + arg);
                        }
                    }
                }
            } else if (command == null) {
                command = arg;
            } else if (arg.isEmpty()) {
                throw new UsageException("an empty argument is no input (write . for the current directory)");
            } else {
                inputs.add(arg);
            }
        }
        if (command == null) {
            throw new UsageException("no command given");
        }
        return switch (command) {
            case "extract" -> new Invocation.Extract(new ExtractOptions(lines, format, lenient, explain, inputs,
                    encoding, context.context()));
            case "help" -> new Invocation.Help();
            default -> throw new UsageException("unknown command: " + command);
        };
    }

    /** The value of {@code --encoding}: {@code auto}, or the canonical name of an encoding Java can decode. */
    private static String encoding(String name) throws UsageException {
        if (name.equalsIgnoreCase(ExtractOptions.AUTO)) {
            return ExtractOptions.AUTO;
        }
        try {
            return Charset.forName(name).name();
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown encoding: " + name + " (try auto, UTF-8, UTF-16, GB18030, GBK, Big5)");
        }
    }
}
