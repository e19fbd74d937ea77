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
            2023年,全省公安机关共侦破盗窃案件8163起,抓获犯罪嫌疑人1.8万余人,分别同比上升13.5%、2.28%,\
            实现发案同比下降22%,为群众挽回损失3亿余元。
            与此同时,对10个涉诈问题突出县进行约谈,处罚涉“两卡”违法人员8344人次,处罚通信运营商11家次。
            累计冻结涉诈资金47.55亿元,处置返还4.06亿元;劝返滞留境外涉诈人员超2万人。
            全省学生涉案人数连月下降,月均降幅达20.79%。
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
        List<Measurement> glossed = all("抓獲犯罪嫌疑人1.8萬(wàn)餘人,清理涉詐互聯網賬號143萬(wàn)個(gè)。");
        List<Measurement> plain = all("抓獲犯罪嫌疑人1.8萬餘人,清理涉詐互聯網賬號143萬個。");
        assertSameStatistics(plain, glossed);
        assertEquals("清理涉詐互聯網賬號143萬(wàn)個(gè)", glossed.get(1).text());
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
