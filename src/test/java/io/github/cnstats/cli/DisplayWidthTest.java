package io.github.cnstats.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayWidthTest {

    @Test
    void wideAndFullwidthCharactersTakeTwoColumns() {
        assertEquals(2, DisplayWidth.of('统'));
        assertEquals(2, DisplayWidth.of('３'), "full-width digit");
        assertEquals(2, DisplayWidth.of('，'), "full-width comma");
        assertEquals(2, DisplayWidth.of(0x20000), "CJK extension B");
        assertEquals(1, DisplayWidth.of('3'));
        assertEquals(1, DisplayWidth.of('%'));
        assertEquals(1, DisplayWidth.of('…'), "ambiguous counts one");
        assertEquals(0, DisplayWidth.of('\u0301'), "combining accent");
        assertEquals(0, DisplayWidth.of('\u200B'), "zero width space");
    }

    @Test
    void measuresStringsByCodePoint() {
        assertEquals(2 + 2 + 3 + 2, DisplayWidth.of("同比5.7𠀀"));
    }

    @Test
    void truncatesToTheWidthWithAnEllipsisAndNeverSplitsAWideCharacter() {
        assertEquals("同比5.7%", DisplayWidth.truncate("同比5.7%", 8));
        assertEquals("同比5.…", DisplayWidth.truncate("同比5.7%", 7));
        assertEquals("同比5…", DisplayWidth.truncate("同比5.7%", 6));
        assertEquals("同…", DisplayWidth.truncate("同比上升", 4));
        assertEquals("同…", DisplayWidth.truncate("同比上升", 3));
        assertEquals("𠀀…", DisplayWidth.truncate("𠀀𠀀𠀀", 4));
    }

    @Test
    void padsByColumnsNotCharacters() {
        assertEquals("全省  ", DisplayWidth.padRight("全省", 6));
        assertEquals("  12起", DisplayWidth.padLeft("12起", 6));
        assertEquals("全省全省", DisplayWidth.padRight("全省全省", 6));
    }
}
