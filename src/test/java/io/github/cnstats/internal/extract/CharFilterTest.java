package io.github.cnstats.internal.extract;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link CharFilter} lets every character of its set through, and turns most others away. */
class CharFilterTest {

    @Test
    void letsEveryCharacterOfItsSetThrough() {
        Random random = new Random(6);
        for (int round = 0; round < 200; round++) {
            StringBuilder set = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                set.append((char) random.nextInt(Character.MAX_VALUE + 1));
            }
            CharFilter filter = new CharFilter(set);
            for (int i = 0; i < set.length(); i++) {
                assertTrue(filter.mayHold(set.charAt(i)), "U+" + Integer.toHexString(set.charAt(i)));
            }
        }
    }

    @Test
    void turnsAwayMostHanCharactersForASetOfTwenty() {
        CharFilter filter = new CharFilter("中分支总管监公工政AA机联共累合计被的有为");
        int passed = 0;
        for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
            if (filter.mayHold(c)) {
                passed++;
            }
        }
        assertTrue(passed < (0x9fa5 - 0x4e00) / 20, passed + " Han characters pass"); // about 1 in 50
    }
}
