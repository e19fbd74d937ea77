package io.github.cnstats.internal.normalize;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One test, or one table of cases, per rule listed on {@link TextNormalizer}. */
class TextNormalizerTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private static String norm(String original) {
        return NORMALIZER.normalize(original).text();
    }

    @Nested
    class CompatibilityFolding {

        @Test
        void fullWidthDigitsAndPunctuationBecomeAscii() {
            assertEquals("全市生产总值增长6.2%,(初步核算)",
                    norm("全市生产总值增长６．２％，（初步核算）"));
            assertEquals("时间:10:41;范围~5", norm("时间：１０：４１；范围～５"));
            assertEquals("ABC公司xyz", norm("ＡＢＣ公司ｘｙｚ"));
        }

        @Test
        void smallFullStopBecomesDecimalPoint() {
            assertEquals("3.5万", norm("3﹒5万"));
        }

        @Test
        void chinesePunctuationStaysAsItIs() {
            String kept = "、。“”‘’《》—…℃‰";
            assertEquals(kept, norm(kept));
        }

        @Test
        void charactersThatNfkcWouldGrowStay() {
            assertEquals("最高气温38℃", norm("最高气温38℃"));
            assertEquals("㈠½…", norm("㈠½…"));
        }

        @Test
        void decoratedNumbersStaySoTheyDoNotReadAsQuantities() {
            assertEquals("①建设②推进", norm("①建设②推进"));
            assertEquals("面积100km²", norm("面积100km²"));
            assertEquals("Ⅳ类水质", norm("Ⅳ类水质"));
            assertEquals("H₂O", norm("H₂O"));
        }

        @Test
        void compatibilityIdeographsAndRadicalsBecomeOrdinaryIdeographs() {
            // U+F9B5 is a compatibility twin of 例; U+2F00 is the Kangxi radical "one".
            assertEquals("例", norm("\uF9B5"));
            assertEquals("一", norm("\u2F00"));
            // U+F900 is a twin of the Traditional 豈, so it goes on to the Simplified 岂.
            assertEquals("岂", norm("\uF900"));
        }
    }

    @Nested
    class DashesAndLookAlikes {

        @ParameterizedTest
        @CsvSource({
                "'下降−3.1%', '下降-3.1%'",
                "'下降－3.1%', '下降-3.1%'",
                "'编号A‐12', '编号A-12'",
                "'增长5%–5.5%', '增长5%—5.5%'",
                "'增长5%―5.5%', '增长5%—5.5%'",
                "'增长5%—5.5%', '增长5%—5.5%'",
                "'比例3∶2', '比例3:2'",
                "'气温5〜8度', '气温5~8度'",
        })
        void foldToOneCharacterEach(String original, String expected) {
            assertEquals(expected, norm(original));
        }
    }

    @Nested
    class TraditionalToSimplified {

        @ParameterizedTest
        @CsvSource({
                "萬, 万", "億, 亿", "兩, 两", "點, 点", "個, 个", "張, 张", "詐騙, 诈骗", "獲, 获",
                "嫌疑人, 嫌疑人", "電信網絡, 电信网络", "發案, 发案", "臺, 台", "台, 台", "與, 与", "為, 为", "這, 这",
        })
        void mapsCharacterByCharacter(String traditional, String simplified) {
            assertEquals(simplified, norm(traditional));
        }

        @Test
        void traditionalSentenceBecomesSimplifiedWithTheSameLength() {
            String original = "本縣去年共偵破電信網絡詐騙案件兩千三百餘宗,涉案金額達1.2億元,較上年減少兩成。";
            NormalizedText normalized = NORMALIZER.normalize(original);
            assertEquals("本县去年共侦破电信网络诈骗案件两千三百余宗,涉案金额达1.2亿元,较上年减少两成。",
                    normalized.text());
            assertEquals(original.length(), normalized.length());
        }

        @Test
        void simplifiedTextIsUnchanged() {
            String simplified = "今年以来全省累计接待游客3.5亿人次,同比增长12.4%,旅游收入达到两千亿元,"
                    + "其中乡村旅游发展较快,几乎覆盖所有县区。";
            assertEquals(simplified, norm(simplified));
        }

        @Test
        void fullWidthAndTraditionalTogether() {
            assertEquals("抓获犯罪嫌疑人1.8万余人", norm("抓獲犯罪嫌疑人１．８萬餘人"));
        }
    }

    @Nested
    class PinyinGlosses {

        @ParameterizedTest
        @CsvSource({
                "'電(diàn)商銷(xiāo)售額(é)', '电商销售额'",
                "'共3萬(wàn)起', '共3万起'",
                "'兩個(gè)月', '两个月'",
                "'發(fā)案下降', '发案下降'",
                "'發（fā）案', '发案'",
                "'發(fā）案', '发案'",
                "'縣(市、區(qū))', '县(市、区)'",
                "'萬(Wàn)人', '万人'",
                "'綠(lǜ)色', '绿色'",
                "'女(nǚ)性', '女性'",
                "'创(chuàng)新', '创新'",
                "'嗯(ńg)', '嗯'",
                "'的(de)人', '的人'",
                "'們(men)', '们'",
        })
        void glossAfterHanIsRemoved(String original, String expected) {
            assertEquals(expected, norm(original));
        }

        @Test
        void glossWithCombiningToneMarkIsRemoved() {
            assertEquals("万人", norm("萬(wa\u0300n)人"));
            assertEquals("绿色", norm("綠(lu\u0308\u0300)色"));
        }

        @Test
        void glossAfterRemovedSpaceIsStillAGloss() {
            assertEquals("万人", norm("萬 (wàn)人"));
        }

        @ParameterizedTest
        @CsvSource({
                "'简易组网(GOIP)设备', '简易组网(GOIP)设备'",
                "'某股份(601155.SH)公告', '某股份(601155.SH)公告'",
                "'反诈(APP)下载', '反诈(APP)下载'",
                "'根据(Wind)数据', '根据(Wind)数据'",
                "'咖啡(café)店', '咖啡(café)店'",
                "'第一款(a)项', '第一款(a)项'",
                "'马(Ma)先生', '马(Ma)先生'",
                "'增长(wan)了', '增长(wan)了'",
                "'大写(WÀN)不算', '大写(WÀN)不算'",
                "'两个音节(wàn rén)不算', '两个音节(wàn rén)不算'",
                "'App(wàn)后', 'App(wàn)后'",
                "'空括号()后', '空括号()后'",
                "'未闭合(wàn', '未闭合(wàn'",
        })
        void otherLatinInParenthesesStays(String original, String expected) {
            assertEquals(expected, norm(original));
        }

        @Test
        void glossOnlyAfterHanNotAfterKeptSpace() {
            // Two line breaks keep a paragraph break, so the parenthesis no longer follows a Han character.
            assertEquals("标题\n(wàn)", norm("标题\n\n(wàn)"));
        }
    }

    @Nested
    class InvisibleCharacters {

        @Test
        void zeroWidthCharactersAreRemoved() {
            assertEquals("3291亿元", norm("3\u200B291亿\u00AD元\u2060"));
            assertEquals("全年", norm("\uFEFF全年"));
        }

        @Test
        void zeroWidthCharactersInsideWhitespaceRunDoNotChangeTheDecision() {
            assertEquals("Hello world", norm("Hello \u200B world"));
            assertEquals("增长5%", norm("增长 \u200B5%"));
        }
    }

    @Nested
    class Whitespace {

        @ParameterizedTest
        @CsvSource({
                "'向群众预警 2.3 亿次', '向群众预警2.3亿次'",
                "'破获案件 39.4 万起', '破获案件39.4万起'",
                "'同比分别上升 31.2% 和 64.9%', '同比分别上升31.2%和64.9%'",
                "'于 2022 年 4 月 14 日召开', '于2022年4月14日召开'",
                "'全省共有 企业', '全省共有 企业'",
                "'截至11月底， 全国', '截至11月底,全国'",
                "'“断卡” 行动', '“断卡”行动'",
                "'增长 5 %', '增长5%'",
                "'最高 38 ℃', '最高38℃'",
                "'一 二 三', '一二三'",
                "'新建学校卌 所', '新建学校卌所'",
        })
        void spacesInsideChineseTextAreRemoved(String original, String expected) {
            assertEquals(expected, norm(original));
        }

        @ParameterizedTest
        @CsvSource({
                "'深化平安创建 今年侦破刑事案件', '深化平安创建 今年侦破刑事案件'",
                "'全省  共有', '全省 共有'",
        })
        void aSpaceBetweenHanWordsOnOneLineSeparatesThem(String original, String expected) {
            assertEquals(expected, norm(original));
        }

        @Test
        void fullWidthAndNoBreakSpacesCountAsSpaces() {
            assertEquals("同比增长5.7%", norm("同比增长\u30005.7%"));
            assertEquals("同比增长5.7%", norm("同比增长\u00A05.7%"));
            assertEquals("同比增长5.7%", norm("同比增长\t5.7%"));
        }

        @ParameterizedTest
        @CsvSource({
                "'2022 4', '2022 4'",
                "'共 3291 4501 件', '共3291 4501件'",
                "'占比5% 3项', '占比5% 3项'",
                "'1. 2023年', '1. 2023年'",
                "'分别为1, 2', '分别为1, 2'",
                "'时间 10 :41', '时间10 :41'",
        })
        void numbersStayApart(String original, String expected) {
            assertEquals(expected, norm(original));
        }

        @ParameterizedTest
        @CsvSource({
                "'市政务服务中心 App 向市民推送', '市政务服务中心 App 向市民推送'",
                "'市政务服务中心   App\t\t向市民', '市政务服务中心 App 向市民'",
                "'Hello   world', 'Hello world'",
                "'IT之家 4 月', 'IT之家4月'",
                "'5G 基站', '5G 基站'",
        })
        void spacesNextToLatinStayCollapsed(String original, String expected) {
            assertEquals(expected, norm(original));
        }

        @Test
        void runsAtTheEdgesStayCollapsed() {
            assertEquals(" 全年 ", norm("  全年\u3000 "));
            assertEquals("\n全年\n", norm("\n\n全年\r\n"));
        }
    }

    @Nested
    class LineBreaks {

        @Test
        void paragraphBreakStaysAsOneLineBreak() {
            assertEquals("同比下降22%。\n与此同时", norm("同比下降22%。\n\n\u3000\u3000与此同时"));
            assertEquals("一、总体情况\n全年", norm("一、总体情况\n\n全年"));
            assertEquals("一、总体情况\n全年", norm("一、总体情况\r\n\r\n全年"));
        }

        @Test
        void oneLineBreakAfterSentenceEndStays() {
            assertEquals("全年完成。\n下一步", norm("全年完成。\n下一步"));
            assertEquals("他说:“完成了。”\n下一步", norm("他说:“完成了。”\n下一步"));
            assertEquals("完成了!\n下一步", norm("完成了！\n下一步"));
            assertEquals("Done.\n下一步", norm("Done.\n下一步"));
        }

        @Test
        void paragraphSeparatorIsAParagraphBreak() {
            assertEquals("全年\n下一步", norm("全年\u2029下一步"));
        }

        @Test
        void aLineBreakBetweenHanWordsEndsTheLineButNotAfterPunctuation() {
            // A break between two Han words ends the line: web pages put headlines and paragraphs on lines.
            assertEquals("全市共侦破盗窃抢\n劫案件", norm("全市共侦破盗窃抢\n劫案件"));
            assertEquals("同比上升5.7%,抓获", norm("同比上升5.7%,\n抓获"));
            assertEquals("截至8月底", norm("截至\n8月底"));
        }

        @Test
        void aLineBreakAfterAWordThatAwaitsItsObjectIsRemoved() {
            assertEquals("截止8月底", norm("截止\n8月底"));
            assertEquals("共有企业为1.2万家", norm("共有企业为\n\n1.2万家"));
            // 止 alone waits for nothing: only the two characters 截止 do.
            assertEquals("禁止\n今年", norm("禁止\n今年"));
        }

        @Test
        void aShortLineIsAHeadlineAndStaysApart() {
            assertEquals("山东今年破获电诈案件4.04万起\n今年以来全省", norm("山东今年破获电诈案件4.04万起\n今年以来全省"));
            assertEquals("市统计局发布公报\n全年地区生产总值", norm("市统计局发布公报\n全年地区生产总值"));
        }

        @Test
        void lineBreakInsideNumberJoins() {
            assertEquals("共39.1万起", norm("共39.\n1万起"));
            assertEquals("共39.1万起", norm("共39\n.1万起"));
            assertEquals("共39.1万起", norm("共39.1\n万起"));
            assertEquals("上升5.7%", norm("上升5.7\n%"));
            assertEquals("金额3,291亿元", norm("金额3,\r\n291亿元"));
            assertEquals("截至:2023年", norm("截至:\n2023年"));
        }

        @Test
        void lineBreakBetweenNumbersStays() {
            assertEquals("04/14\n12:37", norm("04/14\n12:37"));
            assertEquals("和47\n2023-11", norm("和47\n2023-11"));
        }

        @Test
        void lineBreakNextToLatinStays() {
            assertEquals("反诈中心\nApp", norm("反诈中心\nApp"));
        }

        @Test
        void twoLineBreaksAreAParagraphEvenInsideANumber() {
            assertEquals("共39.\n1万起", norm("共39.\n\n1万起"));
        }

        @Test
        void aWordThatAwaitsItsObjectJoinsAcrossLineBreaks() {
            assertEquals("截至8月底", norm("截至\n\n8月底"));
            assertEquals("累计冻结资金约3亿元", norm("累计冻结资金约\n3亿元"));
            assertEquals("短信、闪信", norm("短信、\n闪信"));
        }
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> NORMALIZER.normalize(null));
    }

    @Test
    void emptyTextStaysEmpty() {
        NormalizedText normalized = NORMALIZER.normalize("");
        assertEquals("", normalized.text());
        assertEquals(0, normalized.toOriginal(0));
        assertEquals(0, normalized.toOriginalEnd(0));
    }

    @Test
    void acceptsAnyCharSequence() {
        assertEquals("万人", NORMALIZER.normalize(new StringBuilder("萬人")).text());
    }
}
