package io.github.cnstats.internal.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** {@link Words#lastStarts} finds what one {@link TextSearch#lastIndexOf} per word finds. */
class WordsTest {

    private static final Words WORDS = new Words(List.of("公安局", "公司", "共计", "共", "中心", "App", "心"));

    @Test
    void findsTheLastStartOfEachWordAsOneSearchPerWordDoes() {
        Random random = new Random(26);
        String alphabet = "公安局司共计中心Ap的,";
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i >= 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int from = random.nextInt(text.length() + 3) - 1;
            int lowest = random.nextInt(text.length() + 2) - 2;
            int[] expected = new int[WORDS.size()];
            for (int i = 0; i < WORDS.size(); i++) {
                expected[i] = TextSearch.lastIndexOf(text.toString(), WORDS.get(i), from, lowest);
            }
            assertArrayEquals(expected, WORDS.lastStarts(text.toString(), from, lowest),
                    text + " from " + from + " down to " + lowest);
        }
    }
}
