package io.github.cnstats.internal.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CharIndexTest {

    /** Every character, against String.indexOf, for strings that fill the table to different degrees. */
    @Test
    void agreesWithIndexOfOnEveryCharacter() {
        String periodStarts = "0123456789截到自近过最未前今去上明本当次全年连“一二三四五六七八九十两〇○零第下";
        StringBuilder dense = new StringBuilder();
        for (char c = 0x4E00; c < 0x4E00 + 300; c++) {
            dense.append(c);
        }
        for (String string : new String[] {"", "\0", "a", "比较与于", periodStarts, dense.toString(), "\uffff\0\u8000"}) {
            CharIndex index = new CharIndex(string);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (string.indexOf(c) != index.indexOf((char) c)) {
                    assertEquals(string.indexOf(c), index.indexOf((char) c), string + " at " + c);
                }
            }
        }
    }

    @Test
    void refusesRepeatedCharacters() {
        assertThrows(IllegalArgumentException.class, () -> new CharIndex("年月年"));
    }
}
