package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.normalize.NormalizedText;
import io.github.cnstats.internal.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link OriginalText} gives the written text of every range, whichever ranges it was asked about before. */
class OriginalTextTest {

    /** Pieces whose normalised text is not the original: glosses, full-width digits, Traditional characters, breaks. */
    private static final String[] PIECES = {"發(fā)案", "１２３", "萬", "截至", "\n\n", "８月底", "全國", "增长", "，", "2023年"};

    @Test
    void givesTheWrittenTextOfEachRangeAskedAboutAgainOrNot() {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            NormalizedText normalized = new TextNormalizer().normalize(text.toString());
            OriginalText original = new OriginalText(normalized);
            int length = normalized.text().length();
            for (int question = 0; question < 100; question++) {
                // Ranges that share a start or an end, and come back after others.
                int start = random.nextInt(Math.min(4, length + 1));
                int end = start + random.nextInt(Math.min(6, length - start + 1));
                assertEquals(normalized.writtenText(start, end), original.text(start, end),
                        text + " [" + start + ", " + end + ")");
            }
        }
    }
}
