package io.github.cnstats.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short, lower-case reasons for failures, for messages of the form {@code cnstats: FILE: reason}. */
final class Problems {

    private Problems() {
    }

    /**
     * @param e what went wrong reading an input
     * @return why, in a few words, without the file name (the message already starts with it)
     */
    static String describe(IOException e) {
        if (e instanceof UndecodableInputException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return lowerFirst(fse.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : lowerFirst(e.getMessage());
    }

    /**
     * @param e a failure of the code, not of the input
     * @return what to show after {@code internal error: }
     */
    static String describeInternal(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "stack overflow";
        }
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getName()
                : e.getClass().getSimpleName() + ": " + oneLine(message);
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s; // an acronym such as "EISDIR" keeps its case
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
