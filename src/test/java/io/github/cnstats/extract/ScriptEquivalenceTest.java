package io.github.cnstats.extract;

import com.ibm.icu.text.Transliterator;
import io.github.cnstats.Measurement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.cnstats.extract.Parsed.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Traditional script, full-width digits and pinyin glosses read exactly as Simplified half-width text does. */
class ScriptEquivalenceTest {

    private static final String ARTICLE = """
            2024年,全市公安机关共查处盗窃案件6245起,抓获违法人员2.6万余人,分别同比上升11.4%、3.27%,\
            实现发案同比下降17%,为群众挽回损失2亿余元。
            与此同时,对8个治安问题突出乡镇进行约谈,处罚涉“黄赌”违法人员5127人次,处罚娱乐场所14家次。
            累计冻结涉案资金31.82亿元,处置返还2.75亿元;劝返外流人员超1万人。
            全市青少年涉案人数连月下降,月均降幅达14.36%。
            """;

    @Test
    void traditionalReadsLikeSimplified() {
        String traditional = Transliterator.getInstance("Hans-Hant").transliterate(ARTICLE);
        assertFalse(traditional.equals(ARTICLE), "the conversion changed the text");
        assertSameStatistics(all(ARTICLE), all(traditional));
    }

    @Test
    void fullWidthDigitsAndPunctuationReadLikeHalfWidth() {
        StringBuilder wide = new StringBuilder();
        for (char c : ARTICLE.toCharArray()) {
            if (c >= '0' && c <= '9') {
                wide.append((char) ('０' + (c - '0')));
            } else if (c == '.') {
                wide.append('．');
            } else if (c == ',') {
                wide.append('，');
            } else if (c == '%') {
                wide.append('％');
            } else {
                wide.append(c);
            }
        }
        assertSameStatistics(all(ARTICLE), all(wide.toString()));
    }

    @Test
    void pinyinGlossesAreIgnoredButKeptInSpans() {
        List<Measurement> glossed = all("抓獲違法人員2.6萬(wàn)餘人,清理違規網站賬號87萬(wàn)條(tiáo)。");
        List<Measurement> plain = all("抓獲違法人員2.6萬餘人,清理違規網站賬號87萬條。");
        assertSameStatistics(plain, glossed);
        assertEquals("清理違規網站賬號87萬(wàn)條(tiáo)", glossed.get(1).text());
    }

    private static void assertSameStatistics(List<Measurement> expected, List<Measurement> actual) {
        assertEquals(expected.size(), actual.size(), () -> expected + "\n" + actual);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).quantity(), actual.get(i).quantity());
            assertEquals(expected.get(i).change(), actual.get(i).change());
            assertEquals(expected.get(i).period() == null, actual.get(i).period() == null);
            assertEquals(expected.get(i).subject() == null, actual.get(i).subject() == null);
        }
    }
}
