package io.github.cnstats.internal.extract;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
            RegionFinder finder = new RegionFinder(text.toString());
            for (int start = 0; start < text.length(); start++) {
                for (int end = start + 1; end <= text.length(); end++) {
                    int area = area(text.toString(), start, end);
                    if (area > start) {
                        assertEquals(area, finder.endOfRegionAt(start, end), text + " [" + start + ", " + end + ")");
                    }
                }
            }
        }
    }

    /** Pieces of sentences with regions after periods, opening their clauses or inside them. */
    private static final String[] SENTENCE_PIECES = {
        "成都平原经济区", "成渝双城经济圈", "黄河流域生态保护经济带", "𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇城市群", "𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇上游地区", "新疆维吾尔自治区", "华东维吾尔自治区", "黄河上游地区", "重点地区", "经济区", "生产总值", "地区", "新区", "全国", "全省",
        "山东", "山东省", "粤港澳大湾区", "四川全省", "2023年", "截至11月底", "1至11月", "连续3个月", "比上年", ",", ";", ":",
        " ", "“", "(", "共破获", "案件", "增长", "的", "牵头", "𠀀", "1", "年", "全"};

    @Test
    void theStatisticsOfOneSentenceFindTheRegionThatReadingItsClausesUpToEachFinds() {
        Random random = new Random(7);
        for (int round = 0; round < 1500; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                built.append(SENTENCE_PIECES[random.nextInt(SENTENCE_PIECES.length)]);
            }
            String text = built.toString();
            PeriodFinder periods = new PeriodFinder(text);
            RegionFinder regions = new RegionFinder(text);
            RegionWalk walk = new RegionWalk(regions, periods, text.length());
            for (int sentence = 0; sentence < 3; sentence++) {
                int from = random.nextInt(text.length());
                int end = from;
                for (int question = 0; question < 20; question++) {
                    end = random.nextInt(4) == 0 ? from + random.nextInt(text.length() - from + 1)
                            : Math.min(text.length(), end + random.nextInt(8));
                    assertArrayEquals(lastIn(text, from, end), walk.lastIn(from, end),
                            text + " from " + from + " to " + end);
                }
            }
        }
    }

    @Test
    void aClauseIsSearchedAgainForAStatisticAsFarAsItsSearchReads() {
        // The longest area, eight characters written as surrogate pairs and 上游地区, then the lookahead: an end
        // before 值 finds the area, and the whole text does not.
        for (String text : new String[] {"𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇上游地区生产总值增长", "2023年,𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇上游地区生产总值增长",
            "截至11月底,粤港澳大湾区维吾尔自治区共破获", "2023年山东省公安机关,黄河流域生态保护经济带"}) {
            RegionWalk walk = new RegionWalk(new RegionFinder(text), new PeriodFinder(text), text.length());
            for (int end = 0; end <= text.length(); end++) {
                assertArrayEquals(lastIn(text, 0, end), walk.lastIn(0, end), text + " to " + end);
            }
        }
    }

    /** The region search before it was read once for all the statistics of a sentence. */
    private static int[] lastIn(String text, int start, int end) {
        PeriodFinder periods = new PeriodFinder(text);
        RegionFinder regions = new RegionFinder(text);
        int[] last = null;
        int clause = start;
        while (clause < end) {
            int at = clause;
            while (at < end && (Character.isWhitespace(text.charAt(at)) || "“‘\"(".indexOf(text.charAt(at)) >= 0)) {
                at++;
            }
            if (at < end) {
                at = periods.endOfPeriodAt(at, end);
            }
            int found = at < end ? regions.endOfRegionAt(at, end) : at;
            if (found > at) {
                last = new int[] {at, found};
            }
            clause = regions.nextClause(clause, end);
        }
        return last;
    }

    /** @return the end of the area named at {@code start}, or -1 */
    private static int area(String text, int start, int end) {
        Matcher m = AREA.matcher(text).region(start, end);
        return m.lookingAt() && !CATEGORY.matcher(m.group()).find() ? m.end() : -1;
    }
}
