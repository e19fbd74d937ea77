package io.github.cnstats.internal.extract;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Words} finds what comparing each word in turn finds. */
class WordsTest {

    /** Words that start or end alike, so that the first of the list is not the only one that fits. */
    private static final Words WORDS = new Words(List.of("公安局", "公司", "共计", "共", "中心", "App", "心", "局"));

    @Test
    void findsTheLastStartOfEachWordAsOneSearchPerWordDoes() {
        Random random = new Random(26);
        String alphabet = "公安局司共计中心Ap的,";
        int[] starts = new int[WORDS.size()]; // one for all the searches, as the subject rules keep one
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
            int found = WORDS.lastStarts(text.toString(), from, lowest, starts);
            String where = text + " from " + from + " down to " + lowest;
            assertArrayEquals(expected, starts, where);
            assertEquals(Arrays.stream(expected).filter(at -> at >= 0).count(), found, where);
        }
    }

    @Test
    void findsTheFirstWordOfTheListThatStartsOrEndsAtAPlace() {
        Random random = new Random(27);
        String alphabet = "公安局司共计中心Ap的,";
        for (int round = 0; round < 5000; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(10); i >= 0; i--) {
                built.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = built.toString();
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            String starting = null;
            String ending = null;
            for (int i = WORDS.size() - 1; i >= 0; i--) {
                String word = WORDS.get(i);
                if (start + word.length() <= end && text.startsWith(word, start)) {
                    starting = word;
                }
                if (end - word.length() >= start && text.startsWith(word, end - word.length())) {
                    ending = word;
                }
            }
            String where = text + " [" + start + ", " + end + ")";
            assertEquals(starting, WORDS.firstStartingAt(text, start, end), where);
            assertEquals(ending, WORDS.firstEndingAt(text, start, end), where);
        }
    }
}
