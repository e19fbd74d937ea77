package io.github.cnstats.internal.extract;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * {@link RegionFinder} finds every named area (成都平原经济区) that its pattern finds: the cheap test it makes
 * before the pattern rules out only places where the pattern fails.
 */
class RegionFinderTest {

    /** The area pattern and its exclusions as {@link RegionFinder} has them, tried everywhere. */
    private static final Pattern AREA = Pattern.compile(
            "[\\p{IsHan}&&[^全年月日的和与及、]]{2,8}?(?:经济区|经济圈|经济带|城市群|新区|片区|上游地区|下游地区|地区)"
                    + "(?!生产总值)");
    private static final Pattern CATEGORY = Pattern.compile("重点|相关|有关|部分|其他|其它|贫困|偏远|周边|涉|各");

    private static final String[] PIECES = {
        "成都", "平原", "经济区", "经济圈", "经济带", "城市群", "新区", "片区", "上游地区", "下游", "地区", "区", "群", "带",
        "圈", "生产总值", "重点", "相关", "全", "年", "的", "、", ",", "山东", "省", "黄河", "𠀀", "𠀁", "x", "1"};

    @Test
    void findsEveryAreaThePatternFinds() {
        Random random = new Random(6);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            RegionFinder finder = new RegionFinder(new SentenceTexts());
            for (int start = 0; start < text.length(); start++) {
                for (int end = start + 1; end <= text.length(); end++) {
                    int area = area(text.toString(), start, end);
                    if (area > start) {
                        assertEquals(area, finder.endOfRegionAt(text.toString(), start, end), text + " [" + start + ", " + end + ")");
                    }
                }
            }
        }
    }

    @Test
    void aStatisticHoldsForTheLastRegionOpeningAClauseBeforeIt() {
        String text = "2025年,全省新增就业3万人,其中山东省牵头全国打击案件12起";
        WindowPeriods periods = GrammarPeriods.of(text);
        RegionFinder regions = new RegionFinder(GrammarPeriods.texts(text));
        int province = text.indexOf("全省");
        assertArrayEquals(new int[] {province, province + 2},
                regions.lastOpening(0, text.indexOf("3万"), periods), "after a period, opening its clause");
        // 其中 comes first in the last clause, so no region opens it, and 全国 inside it is where an action reached.
        assertArrayEquals(new int[] {province, province + 2},
                regions.lastOpening(0, text.indexOf("12起"), periods), "a region inside a clause is not taken");
        assertNull(regions.lastOpening(text.indexOf("其中"), text.indexOf("12起"), periods), "from the clause");
    }

    private static final String[] CLAUSE_PIECES = {
        "2025年", "1-5月", "截至11月底", "上月", "全省", "全国", "山东省", "山东", "成都平原经济区", "重点地区", "北京、上海等地",
        ",", ",", ";", ":", "、", "等", " ", "“", "(", "共破获", "案件", "3万人", "12起", "其中", "牵头", "增长5%", "𠀀"};

    /**
     * The region opening each clause is found once per window and kept for the statistics after it: for every
     * end, asked in any order, it is the region a scan from the window's start finds, with the grammar's periods
     * and with periods that run on over a clause mark.
     */
    @Test
    void keptOpeningsAreThoseAScanFinds() {
        Random random = new Random(16);
        for (int round = 0; round < 300; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = 1 + random.nextInt(14); i > 0; i--) {
                built.append(CLAUSE_PIECES[random.nextInt(CLAUSE_PIECES.length)]);
            }
            String text = built.toString();
            int from = random.nextInt(4) == 0 ? text.length() / 2 : 0;
            int spanFrom = random.nextInt(text.length());
            int spanTo = spanFrom + 1 + random.nextInt(text.length() - spanFrom);
            RegionFinder.PeriodEnds spanning = (start, end) -> start == spanFrom && spanTo <= end ? spanTo : start;
            for (RegionFinder.PeriodEnds periods : new RegionFinder.PeriodEnds[] {GrammarPeriods.of(text), spanning}) {
                SentenceTexts texts = GrammarPeriods.texts(text);
                RegionFinder kept = new RegionFinder(texts);
                for (int ask = 0; ask < 3 * text.length(); ask++) {
                    int end = from + random.nextInt(text.length() + 2 - from);
                    assertArrayEquals(kept.lastOpeningScanned(from, end, periods), kept.lastOpening(from, end, periods),
                            text + " [" + from + ", " + end + ")");
                }
            }
        }
    }

    /** A region is tried at digits and punctuation without asking the script tables: none of them is Han. */
    @Test
    void noHanCharacterIsWrittenBeforeTheRadicals() {
        for (int c = 0; c < RegionFinder.FIRST_HAN; c++) {
            assertNotEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(c), Integer.toHexString(c));
        }
    }

    /** @return the end of the area named at {@code start}, or -1 */
    private static int area(String text, int start, int end) {
        Matcher m = AREA.matcher(text).region(start, end);
        return m.lookingAt() && !CATEGORY.matcher(m.group()).find() ? m.end() : -1;
    }
}
