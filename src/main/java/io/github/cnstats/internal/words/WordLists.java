package io.github.cnstats.internal.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the word lists that the stages after the grammar use (region names, the words trimmed off a subject,
 * page furniture …) from the data files in {@code io/github/cnstats/words/}, so that the words are kept as
 * data, beside {@code units.tsv}, and the Java classes keep only what they do with them.
 *
 * <p>Every file is UTF-8 and has the same format, which its header repeats:
 *
 * <pre>
 * # a comment; blank lines are ignored too
 * word
 * word&lt;TAB&gt;# why this word is here
 * key&lt;TAB&gt;value                  (a table, *.tsv: one more column)
 * </pre>
 *
 * A list ({@code .txt}) has one column, a table ({@code .tsv}) two. A field is not empty and holds no white
 * space and no {@code #}; a list names a word once, a table a key once. The order of the file is kept, since
 * some lists are tried in order (longest first). A malformed file is a packaging error: loading it throws an
 * {@link IllegalStateException} whose message names the file and the line.
 */
public final class WordLists {

    private static final String FOLDER = "/io/github/cnstats/words/";

    private WordLists() {
    }

    /**
     * The words of the list {@code words/<name>.txt}, in the order of the file.
     *
     * @throws IllegalStateException if the file is missing or malformed
     */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String[] row : rows(name + ".txt", 1)) {
            words.add(row[0]);
        }
        return Collections.unmodifiableList(words);
    }

    /**
     * The words of the list {@code words/<name>.txt} written one after another, for a list of single characters.
     *
     * @throws IllegalStateException if the file is missing or malformed, or holds a word of more than one character
     */
    public static String characters(String name) {
        StringBuilder characters = new StringBuilder();
        for (String word : words(name)) {
            if (word.length() != 1) {
                throw new IllegalStateException(FOLDER.substring(1) + name + ".txt: '" + word
                        + "' is not one character, and this list is of characters");
            }
            characters.append(word);
        }
        return characters.toString();
    }

    /**
     * The table {@code words/<name>.tsv}: each key and its value, in the order of the file.
     *
     * @throws IllegalStateException if the file is missing or malformed
     */
    public static Map<String, String> table(String name) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String[] row : rows(name + ".tsv", 2)) {
            table.put(row[0], row[1]);
        }
        return Collections.unmodifiableMap(table);
    }

    private static List<String[]> rows(String file, int columns) {
        String resource = FOLDER + file;
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing");
            }
            // A decoder that reports bad bytes rather than replacing them, so a damaged file fails loudly.
            return read(resource.substring(1), new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()),
                    columns);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(resource.substring(1) + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads the rows of a word file.
     *
     * @param source  the file's name, for messages
     * @param reader  its text
     * @param columns how many fields a row has before its comment
     * @return the rows, each of {@code columns} fields, in the order of the file
     * @throws IllegalStateException if a line is malformed or repeats the first field of an earlier one
     * @throws IOException           if the text cannot be read
     */
    static List<String[]> read(String source, Reader reader, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        Map<String, Integer> lineOfKey = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = row(line, columns, source, number);
            Integer earlier = lineOfKey.putIfAbsent(row[0], number);
            if (earlier != null) {
                throw malformed(source, number, "'" + row[0] + "' is already on line " + earlier);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String[] row(String line, int columns, String source, int number) {
        String[] fields = line.split("\t", -1);
        int comment = fields.length > columns && fields[columns].startsWith("#") ? 1 : 0;
        if (fields.length != columns + comment) {
            String expected = columns == 1 ? "one word" : columns + " fields split by tabs";
            throw malformed(source, number,
                    "expected " + expected + ", optionally a tab and a '# comment', but found '" + line + "'");
        }
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            String field = fields[i];
            if (field.isEmpty()) {
                throw malformed(source, number, "field " + (i + 1) + " is empty");
            }
            for (int c = 0; c < field.length(); c++) {
                char ch = field.charAt(c);
                if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '#') {
                    throw malformed(source, number,
                            "'" + field + "' holds white space or '#'; a comment goes after a tab");
                }
            }
            row[i] = field;
        }
        return row;
    }

    private static IllegalStateException malformed(String source, int line, String reason) {
        return new IllegalStateException(source + " line " + line + ": " + reason);
    }
}
