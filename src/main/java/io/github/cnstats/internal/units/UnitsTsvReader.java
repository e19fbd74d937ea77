package io.github.cnstats.internal.units;

import io.github.cnstats.UnitKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a units file into a {@link UnitLexicon.Builder}. The format, one entry a line:
 *
 * <pre>
 * # a comment; blank lines are ignored too
 * text&lt;TAB&gt;KIND
 * text&lt;TAB&gt;KIND&lt;TAB&gt;# why this entry is here
 * text&lt;TAB&gt;NONE           (a word that is not a unit: 年级 hides 年)
 * </pre>
 *
 * where {@code KIND} is a constant of {@link UnitKind}. A text may appear once a file; full-width and ASCII
 * parentheses count as the same text.
 */
final class UnitsTsvReader {

    /** The kind column of a blocked entry. */
    static final String BLOCKED = "NONE";

    private static final String KIND_NAMES = Arrays.stream(UnitKind.values())
            .map(Enum::name)
            .collect(Collectors.joining(", "));

    private UnitsTsvReader() {
    }

    /**
     * Adds every entry of {@code tsv} to {@code builder}.
     *
     * @throws MalformedUnitsException if a line is malformed or repeats an earlier line's text
     * @throws UncheckedIOException    if {@code tsv} cannot be read
     */
    static void read(Reader tsv, UnitLexicon.Builder builder) {
        Map<String, Integer> firstLineOfText = new HashMap<>();
        BufferedReader lines = new BufferedReader(tsv);
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                readLine(line, lineNumber, builder, firstLineOfText);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read units after line " + lineNumber, e);
        }
    }

    private static void readLine(String line, int lineNumber, UnitLexicon.Builder builder,
                                 Map<String, Integer> firstLineOfText) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
            return;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < 2) {
            throw new MalformedUnitsException(lineNumber,
                    "expected 'text<TAB>KIND' but found no tab in '" + content + "'");
        }
        if (fields.length > 3 || (fields.length == 3 && !fields[2].strip().startsWith("#"))) {
            throw new MalformedUnitsException(lineNumber,
                    "expected 'text<TAB>KIND' with at most a '# comment' after a second tab, found '" + content + "'");
        }
        String text = fields[0];
        String kindName = fields[1].strip();
        if (text.isBlank()) {
            throw new MalformedUnitsException(lineNumber, "the unit text before the tab is empty");
        }
        Integer earlier = firstLineOfText.putIfAbsent(UnitTrie.fold(text), lineNumber);
        if (earlier != null) {
            throw new MalformedUnitsException(lineNumber,
                    "duplicate unit '" + text + "', already on line " + earlier);
        }
        try {
            if (kindName.equals(BLOCKED)) {
                builder.block(text);
            } else {
                builder.add(text, kindOf(kindName, lineNumber));
            }
        } catch (MalformedUnitsException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new MalformedUnitsException(lineNumber, e.getMessage());
        }
    }

    private static UnitKind kindOf(String name, int lineNumber) {
        try {
            return UnitKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new MalformedUnitsException(lineNumber,
                    "unknown kind '" + name + "', expected one of " + KIND_NAMES + " or " + BLOCKED);
        }
    }
}
