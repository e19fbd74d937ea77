package io.github.cnstats.internal.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link SubjectText#trim} on whole texts, one row for each shortcut it takes: each row gives a different subject
 * if its shortcut skips a place where the full rule finds something.
 */
class SubjectTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            某某单位人员共破获               | 破获
            市反诈中心发布短视频             | 发布短视频
            券商新进重仓股10月以来股价涨幅   | 股价涨幅
            券商新进重仓股12月以来股价涨幅   | 股价涨幅
            重仓股股价涨幅2025年10月以来     | 重仓股股价涨幅
            全国案                           | 案
            违法行为                         | 违法行为
            涉案人员为                       | 涉案人员
            企业现有                         | 企业现有
            2025年末全市常住人口             | 常住人口
            上月受理                         | 受理
            今年以来全市新增就业             | 新增就业
            1-4月份全省发电量                | 发电量
            货运量增速与1-9月份              | 货运量增速
            客运量相较8月份                  | 客运量
            比去年三季度                     |
            """)
    void trimsAsTheRulesSay(String text, String subject) {
        // The grammar reads a sentence's periods up to its last statistic: one follows the text.
        String sentence = text + "12起";
        SubjectText subjects = new SubjectText(GrammarPeriods.texts(sentence), GrammarPeriods.of(sentence),
                new RegionFinder(GrammarPeriods.texts(sentence)));
        int[] trimmed = subjects.trim(0, text.length());
        assertEquals(subject, trimmed == null ? null : text.substring(trimmed[0], trimmed[1]));
    }
}
