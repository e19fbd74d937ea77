package io.github.cnstats.internal.extract;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** @return the end of the area named at {@code start}, or -1 */
    private static int area(String text, int start, int end) {
        Matcher m = AREA.matcher(text).region(start, end);
        return m.lookingAt() && !CATEGORY.matcher(m.group()).find() ? m.end() : -1;
    }
}
