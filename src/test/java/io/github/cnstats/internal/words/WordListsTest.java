package io.github.cnstats.internal.words;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one loader of the word lists: the format it reads, and the clear error for each way a file can be wrong. */
class WordListsTest {

    private static List<String[]> read(String text, int columns) throws IOException {
        return WordLists.read("test.txt", new StringReader(text), columns);
    }

    private static String failure(String text, int columns) {
        return assertThrows(IllegalStateException.class, () -> read(text, columns)).getMessage();
    }

    @Test
    void readsWordsInTheOrderOfTheFileSkippingCommentsAndBlankLines() throws IOException {
        List<String[]> rows = read("\uFEFF# a header\n\n甲乙\n丙\t# why it is here\n#丁\n  \n戊\n", 1);
        assertEquals(List.of("甲乙", "丙", "戊"), rows.stream().map(r -> r[0]).toList());
    }

    @Test
    void readsATableOfTwoColumns() throws IOException {
        List<String[]> rows = read("# a table\n港币\t港元\n美金\t美元\t# spoken\n", 2);
        assertEquals(2, rows.size());
        assertArrayEquals(new String[] {"美金", "美元"}, rows.get(1));
    }

    @Test
    void aRepeatedWordNamesBothLines() {
        assertEquals("test.txt line 3: '乙' is already on line 1", failure("乙\n丙\n乙\n", 1));
    }

    @Test
    void aWordWithASpaceIsRefusedWithItsLine() {
        String message = failure("甲\n乙 丙\n", 1);
        assertTrue(message.startsWith("test.txt line 2: '乙 丙' holds white space"), message);
    }

    @Test
    void aSecondWordOnALineOfAListIsRefused() {
        String message = failure("甲\t乙\n", 1);
        assertTrue(message.startsWith("test.txt line 1: expected one word"), message);
    }

    @Test
    void aTableRowWithOneFieldOrAnEmptyOneIsRefused() {
        assertTrue(failure("港币\n", 2).startsWith("test.txt line 1: expected 2 fields split by tabs"));
        assertEquals("test.txt line 1: field 2 is empty", failure("港币\t\n", 2));
        assertEquals("test.txt line 2: field 1 is empty", failure("甲\t乙\n\t乙\n", 2));
    }

    @Test
    void aCommentMustFollowATab() {
        String message = failure("甲 # a comment\n", 1);
        assertTrue(message.startsWith("test.txt line 1:"), message);
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(CharacterCodingException.class, () -> WordLists.read("test.txt",
                new InputStreamReader(new ByteArrayInputStream(latin1), StandardCharsets.UTF_8.newDecoder()), 1));
    }

    @Test
    void aMissingListIsAPackagingErrorNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordLists.words("no-such-list"));
        assertEquals("resource /io/github/cnstats/words/no-such-list.txt is missing", e.getMessage());
    }

    @Test
    void aListOfCharactersRefusesALongerWord() {
        assertEquals("今去前", WordLists.characters("relative-years"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordLists.characters("page-furniture"));
        assertTrue(e.getMessage().contains("'阅读' is not one character"), e.getMessage());
    }

    @Test
    void everyFileOfTheFolderLoadsAndHasAHeaderThatStatesItsFormat() throws IOException, URISyntaxException {
        Path folder = Path.of(WordLists.class.getResource("/io/github/cnstats/words/").toURI());
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().toList();
        }
        // The folder as the build lays it out, not a stale copy: a list that was removed must be gone from it.
        assertTrue(files.stream().anyMatch(file -> file.endsWith("region-names.txt")), "the word lists: " + files);
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# "), name + " opens with a comment saying what it holds");
            assertTrue(text.contains("# Format: "), name + " states its format");
            if (name.endsWith(".txt")) {
                assertFalse(WordLists.words(name.substring(0, name.length() - 4)).isEmpty(), name);
            } else {
                assertTrue(name.endsWith(".tsv"), name + " is a list (.txt) or a table (.tsv)");
                Map<String, String> table = WordLists.table(name.substring(0, name.length() - 4));
                assertFalse(table.isEmpty(), name);
            }
        }
    }
}
