package io.github.cnstats.internal.units;

import io.github.cnstats.UnitKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The data file {@code units.tsv} itself, read line by line independently of the loader. */
class StandardUnitsFileTest {

    /** Kinds whose units are grammar tokens (% ‰ 成 个百分点 倍), never entries of the file. */
    private static final Set<UnitKind> GRAMMAR_KINDS =
            EnumSet.of(UnitKind.PERCENT, UnitKind.PERCENTAGE_POINT, UnitKind.MULTIPLE);

    /** A non-comment line of the file with its number. */
    private record Line(int number, String content) {
    }

    private static List<Line> entryLines() throws IOException {
        try (InputStream in = UnitLexicon.class.getResourceAsStream("/io/github/cnstats/units.tsv")) {
            assertNotNull(in, "units.tsv is on the class path");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<Line> entries = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    entries.add(new Line(i + 1, line));
                }
            }
            return entries;
        }
    }

    private static String textOf(Line line) {
        return line.content().split("\t", -1)[0];
    }

    @Test
    void everyLineParsesOnItsOwn() throws IOException {
        for (Line line : entryLines()) {
            try {
                UnitLexicon.load(new StringReader(line.content()));
            } catch (MalformedUnitsException e) {
                fail("units.tsv line " + line.number() + ": " + e.getMessage());
            }
        }
    }

    @Test
    void noTextAppearsTwice() throws IOException {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Line line : entryLines()) {
            Integer earlier = firstLine.putIfAbsent(UnitTrie.fold(textOf(line)), line.number());
            if (earlier != null) {
                fail("units.tsv line " + line.number() + " repeats line " + earlier + ": " + textOf(line));
            }
        }
    }

    @Test
    void noTextHoldsADigitOrIsOnlyAMagnitude() throws IOException {
        for (Line line : entryLines()) {
            String text = textOf(line);
            assertTrue(text.chars().noneMatch(Character::isDigit), () -> "digit in " + text);
            assertTrue(text.chars().anyMatch(c -> "十百千万亿".indexOf(c) < 0), () -> "magnitude only: " + text);
        }
    }

    @Test
    void theFileHasABroadButReadableNumberOfEntries() throws IOException {
        int entries = entryLines().size();
        assertTrue(entries >= 150 && entries <= 260, "entries: " + entries);
        assertEquals(entries, UnitLexicon.standard().units().size() + UnitLexicon.standard().blocked().size());
    }

    @Test
    void everyKindHasAUnitExceptThoseOfGrammarTokens() {
        Set<UnitKind> listed = EnumSet.noneOf(UnitKind.class);
        listed.addAll(UnitLexicon.standard().units().values());
        for (UnitKind kind : UnitKind.values()) {
            assertEquals(!GRAMMAR_KINDS.contains(kind), listed.contains(kind), kind::name);
        }
    }

    @Test
    void grammarTokensAreNotUnits() {
        UnitLexicon units = UnitLexicon.standard();
        for (String token : List.of("%", "‰", "成", "倍", "个百分点", "百分点")) {
            assertEquals(0, units.matchLength(token, 0), token);
        }
    }

    @Test
    void unitsAreWrittenInSimplifiedCharacters() {
        // A few Traditional forms that would be easy to type by mistake; the lexicon matches Simplified text.
        for (String traditional : List.of("張", "輛", "臺", "項", "噸", "萬", "億", "條", "隻", "頭", "場", "戶",
                "個", "間", "處", "棟", "冊", "筆", "夥", "標", "鎊", "圓", "門", "時", "週", "歲", "級", "畝", "們")) {
            for (String text : UnitLexicon.standard().units().keySet()) {
                assertTrue(!text.contains(traditional), () -> text + " holds the Traditional " + traditional);
            }
        }
    }
}
