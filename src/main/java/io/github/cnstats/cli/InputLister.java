package io.github.cnstats.cli;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the command line's input arguments into the documents to read, in order.
 *
 * <ul>
 *   <li>No argument, or {@code -}: standard input.</li>
 *   <li>A directory: every regular file below it, walked recursively and sorted by path component by component,
 *       by the UTF-16 code units of the names ({@code a/b.txt} before {@code a/c/d.txt} before {@code a/e.txt}),
 *       so the output is the same on every machine. Symbolic links inside it are skipped, to files and to
 *       directories alike, so the walk never leaves the directory nor loops; a link given on the command line
 *       itself is followed, since the user named it. Hidden files and directories (named with a leading dot,
 *       such as {@code .git}) are skipped, and so are binary files when they are read (see
 *       {@link InputSource.File#walked()}); {@code --explain} names them.</li>
 *   <li>Anything else: a file, read as it is, even if it is a pipe or a device.</li>
 * </ul>
 */
final class InputLister {

    private InputLister() {
    }

    /**
     * @param arguments the input arguments of the command line
     * @return the documents, each to be read or reported in turn
     */
    static List<InputSource> list(List<String> arguments) {
        List<InputSource> inputs = new ArrayList<>();
        if (arguments.isEmpty()) {
            inputs.add(new InputSource.Stdin());
        }
        for (String argument : arguments) {
            if (argument.equals(InputSource.STDIN_NAME)) {
                inputs.add(new InputSource.Stdin());
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                inputs.add(new InputSource.Unreadable(argument, "invalid path: " + e.getReason()));
                continue;
            }
            if (Files.isDirectory(path)) {
                walk(argument, path, inputs);
            } else {
                inputs.add(new InputSource.File(argument, path));
            }
        }
        return inputs;
    }

    private static void walk(String name, Path directory, List<InputSource> inputs) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path entry : stream) {
                entries.add(entry);
            }
        } catch (IOException e) {
            inputs.add(new InputSource.Unreadable(name, Problems.describe(e)));
            return;
        } catch (DirectoryIteratorException e) {
            inputs.add(new InputSource.Unreadable(name, Problems.describe(e.getCause())));
            return;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path entry : entries) {
            String entryName = name.endsWith(directory.getFileSystem().getSeparator())
                    ? name + entry.getFileName()
                    : name + directory.getFileSystem().getSeparator() + entry.getFileName();
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                inputs.add(new InputSource.Unreadable(entryName, Problems.describe(e)));
                continue;
            }
            if (entry.getFileName().toString().startsWith(".")) {
                inputs.add(new InputSource.Skipped(entryName, attributes.isDirectory()
                        ? "hidden directory" : "hidden file"));
            } else if (attributes.isDirectory()) {
                walk(entryName, entry, inputs);
            } else if (attributes.isRegularFile()) {
                inputs.add(new InputSource.File(entryName, entry, true));
            }
        }
    }
}
