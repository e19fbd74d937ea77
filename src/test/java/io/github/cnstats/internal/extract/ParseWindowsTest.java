package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.normalize.SentenceBounds;
import io.github.cnstats.internal.normalize.TextRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParseWindowsTest {

    private static List<TextRange> windows(String text) {
        return ParseWindows.of(text, SentenceBounds.whole(text.length()));
    }

    @Test
    void aSentenceWithAStatisticIsOneWindow() {
        List<TextRange> windows = windows("同比增长5%");
        assertEquals(List.of(new TextRange(0, 6)), windows);
    }

    @Test
    void proseWithoutDigitsOrChangeCharactersIsSkipped() {
        assertEquals(List.of(), windows("全市机关深入开展作风建设"));
    }

    @Test
    void charactersThatStartNoStatisticTokenHereAreSkipped() {
        // 持 and 成 pass the first test, but start no statistic token: 持续, 成为.
        assertEquals(List.of(), windows("持续推进平安建设,成为群众满意的示范"));
    }

    @Test
    void everyFirstCharacterOfTheGrammarsStatisticsIsLetThrough() {
        // 卌 is a Chinese digit to the grammar; a hand-written list of characters once left it out.
        assertEquals(List.of(new TextRange(0, 2)), windows("卌人"));
    }

    @Test
    void aLongSentenceKeepsOnlyItsWindowsWithAStatistic() {
        String prose = "持续推进平安建设,".repeat(60); // 540 characters without a statistic
        String text = "破获案件3.9万起," + prose;
        List<TextRange> windows = windows(text);
        assertEquals(1, windows.size());
        assertEquals(0, windows.get(0).start());
    }
}
