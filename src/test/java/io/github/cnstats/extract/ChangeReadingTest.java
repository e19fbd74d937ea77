package io.github.cnstats.extract;

import com.ibm.icu.text.Transliterator;
import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.Measurement;
import io.github.cnstats.Streak;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static io.github.cnstats.extract.Parsed.all;
import static io.github.cnstats.extract.Parsed.assertValue;
import static io.github.cnstats.extract.Parsed.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every basis, direction and amount form of a change, and how changes bind to quantities and subjects. */
class ChangeReadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # Bases
            立案数同比下降12.6%                   | 立案数       | YEAR_ON_YEAR     | DOWN | 12.6 | %
            一般公共预算收入比上年增长4.8%         | 一般公共预算收入 | YEAR_ON_YEAR | UP   | 4.8  | %
            一般公共预算收入比去年增长4.8%         | 一般公共预算收入 | YEAR_ON_YEAR | UP   | 4.8  | %
            发案数较去年同期下降12%                | 发案数       | YEAR_ON_YEAR     | DOWN | 12   | %
            发案数比上年同期下降12%                | 发案数       | YEAR_ON_YEAR     | DOWN | 12   | %
            发案数与上年相比下降12%                | 发案数       | YEAR_ON_YEAR     | DOWN | 12   | %
            盗窃案按年上升8.5%                     | 盗窃案       | YEAR_ON_YEAR     | UP   | 8.5  | %
            出口年增5.3%                           | 出口         | YEAR_ON_YEAR     | UP   | 5.3  | %
            居民消费价格环比上涨0.3%               | 居民消费价格 | PERIOD_ON_PERIOD | UP   | 0.3  | %
            工业生产者出厂价格比上月下降0.2%       | 工业生产者出厂价格 | PERIOD_ON_PERIOD | DOWN | 0.2 | %
            规上工业增加值较上季度增长1.1%         | 规上工业增加值 | PERIOD_ON_PERIOD | UP | 1.1  | %
            失业率与上一季持平                     | 失业率       | PERIOD_ON_PERIOD | FLAT |      |
            失业率较去年同月下降0.1个百分点        | 失业率       | YEAR_ON_YEAR     | DOWN | 0.1  | 个百分点
            零售业总销货价值較上一季度下跌2.4%     | 零售业总销货价值 | PERIOD_ON_PERIOD | DOWN | 2.4 | %
            结案率高于全省平均水平6.4个百分点      | 结案率       | REFERENCE        | UP   | 6.4  | 个百分点
            工业投资快于规模以上工业5.4个百分点    | 工业投资     | REFERENCE        | UP   | 5.4  | 个百分点
            失业率低于全国0.5个百分点              | 失业率       | REFERENCE        | DOWN | 0.5  | 个百分点
            发电量比2020年增长20%                  | 发电量       | REFERENCE        | UP   | 20   | %
            发案数下降22%                          | 发案数       | UNSPECIFIED      | DOWN | 22   | %
            # Directions and their modifiers
            社会消费品零售总额微升0.4%             | 社会消费品零售总额 | UNSPECIFIED | UP | 0.4 | %
            财产损失数额大幅下降31%                | 财产损失数额 | UNSPECIFIED      | DOWN | 31   | %
            粮食产量同比持平                       | 粮食产量     | YEAR_ON_YEAR     | FLAT |      |
            居民消费价格同比上涨2%                 | 居民消费价格 | YEAR_ON_YEAR     | UP   | 2    | %
            房地产开发投资同比回落3.1%             | 房地产开发投资 | YEAR_ON_YEAR   | DOWN | 3.1  | %
            进口额同比减少6.2%                     | 进口额       | YEAR_ON_YEAR     | DOWN | 6.2  | %
            城镇化率提高5.1个百分点                | 城镇化率     | UNSPECIFIED      | UP   | 5.1  | 个百分点
            # Amounts: multiples, tenths, absolute changes
            高新技术企业增长2.6倍                  | 高新技术企业 | UNSPECIFIED      | UP   | 2.6  | 倍
            研发投入翻一番                         | 研发投入     | UNSPECIFIED      | UP   | 1    | 倍
            外贸进出口总额翻两番                   | 外贸进出口总额 | UNSPECIFIED    | UP   | 3    | 倍
            经济总量实现倍增                       | 经济总量     | UNSPECIFIED      | UP   | 1    | 倍
            事故起数下降约七成                     | 事故起数     | UNSPECIFIED      | DOWN | 70   | %
            粮食增产169.8亿斤                      | 粮食         | UNSPECIFIED      | UP   | 16980000000 | 斤
            城乡建设用地减量约50平方公里           | 城乡建设用地 | UNSPECIFIED      | DOWN | 50   | 平方公里
            # Signs after a basis
            盗窃案同比-47.2%                       | 盗窃案       | YEAR_ON_YEAR     | DOWN | 47.2 | %
            诈骗案同比+12%                         | 诈骗案       | YEAR_ON_YEAR     | UP   | 12   | %
            # Rates of change
            用电量增速达到55.1%                    | 用电量增速   | UNSPECIFIED      | UP   | 55.1 | %
            股价涨幅超过20%                        | 股价涨幅     | UNSPECIFIED      | UP   | 20   | %
            # A change of a rate: the rate moves, in the direction of the verb, by points
            出口额增幅回落2个百分点                | 出口额增幅   | UNSPECIFIED      | DOWN | 2    | 个百分点
            零售额降幅收窄0.3个百分点              | 零售额降幅   | UNSPECIFIED      | DOWN | 0.3  | 个百分点
            零售额降幅比上月扩大0.4个百分点        | 零售额降幅   | PERIOD_ON_PERIOD | UP   | 0.4  | 个百分点
            投资增速比上月加快0.5个百分点          | 投资增速     | PERIOD_ON_PERIOD | UP   | 0.5  | 个百分点
            # Traditional
            發案數同比下降22%                      | 發案數       | YEAR_ON_YEAR     | DOWN | 22   | %
            盜竊案按年上升8.5%                     | 盜竊案       | YEAR_ON_YEAR     | UP   | 8.5  | %
            """)
    void readsChangeOnlyStatements(String text, String subject, ChangeBasis basis, Direction direction,
                                   String amount, String unit) {
        Measurement m = only(text);
        assertNull(m.quantity(), "no quantity");
        Change c = m.change();
        assertNotNull(c);
        assertEquals(subject, m.subject());
        assertEquals(basis, c.basis());
        assertEquals(direction, c.direction());
        assertValue(amount, c.amount());
        assertEquals(unit, c.amountUnit() == null ? null : c.amountUnit().text());

        // The same statement in Traditional script reads the same; its subject stays as written.
        String traditional = TRADITIONAL.transliterate(text);
        Measurement t = only(traditional);
        assertEquals(TRADITIONAL.transliterate(subject), t.subject(), traditional);
        assertEquals(c.basis(), t.change().basis(), traditional);
        assertEquals(c.direction(), t.change().direction(), traditional);
        assertEquals(c.amount(), t.change().amount(), traditional);
        assertEquals(c.amountUnit(), t.change().amountUnit(), traditional);
    }

    private static final Transliterator TRADITIONAL = Transliterator.getInstance("Hans-Hant");

    @Test
    void keepsTheNamedReference() {
        assertEquals("全省平均水平", only("结案率高于全省平均水平6.4个百分点").change().reference());
        assertEquals("2020年", only("发电量比2020年增长20%").change().reference());
    }

    @Test
    void attachesAChangeToTheQuantityItFollows() {
        Measurement m = only("全市共侦破盗窃案件2.7万起,同比上升6.3%");
        assertValue("27000", m.quantity().value());
        assertEquals(ChangeBasis.YEAR_ON_YEAR, m.change().basis());
        assertValue("6.3", m.change().amount());
        assertEquals("侦破盗窃案件", m.subject());
    }

    @Test
    void attachesALevelReachedToTheChangeBeforeIt() {
        Measurement m = only("省属企业营业收入增长14.5%、达到1.8万亿元");
        assertValue("1800000000000", m.quantity().value());
        assertValue("14.5", m.change().amount());
    }

    @Test
    void aChangeOfARateAfterAFigureMeasuresTheRateNotTheFigure() {
        List<Measurement> found = all("营业收入同比增长5.2%,增幅回落2个百分点");
        assertEquals(2, found.size());
        Measurement rate = found.get(1);
        assertEquals("增幅", rate.subject());
        assertEquals("增幅回落2个百分点", rate.text());
        assertNull(rate.quantity());
        assertEquals(Direction.DOWN, rate.change().direction());
        assertEquals("个百分点", rate.change().amountUnit().text());
    }

    @Test
    void aSecondComparisonOfTheSameSubjectIsASecondMeasurement() {
        List<Measurement> found = all("工业投资增长3.4%、高于全省6.2个百分点");
        assertEquals(2, found.size());
        assertEquals("工业投资", found.get(1).subject());
        assertEquals(ChangeBasis.REFERENCE, found.get(1).change().basis());
        assertEquals("全省", found.get(1).change().reference());
    }

    @Test
    void respectivelyDistributesChangesBackOverQuantities() {
        List<Measurement> found = all("查处案件6245起,抓获违法人员2.6万余人,分别同比上升11.4%、3.27%");
        assertEquals(2, found.size());
        assertValue("6245", found.get(0).quantity().value());
        assertValue("11.4", found.get(0).change().amount());
        assertValue("26000", found.get(1).quantity().value());
        assertValue("3.27", found.get(1).change().amount());
        assertEquals("抓获违法人员", found.get(1).subject());
    }

    @Test
    void respectivelyDistributesChangesForwardOverSubjects() {
        List<Measurement> found = all("工业、服务业和建筑业增加值同比分别增长11.9%、8.8%和6.1%");
        assertEquals(3, found.size());
        assertEquals("工业增加值", found.get(0).subject());
        assertEquals("服务业增加值", found.get(1).subject());
        assertEquals("建筑业增加值", found.get(2).subject());
        assertValue("6.1", found.get(2).change().amount());
        assertEquals(ChangeBasis.YEAR_ON_YEAR, found.get(2).change().basis());
    }

    @Test
    void respectivelyWithTraditionalCharacters() {
        List<Measurement> found = all("查處案件6245起，抓獲違法人員2.6萬餘人，分別同比上升11.4%、3.27%");
        assertEquals(2, found.size());
        assertValue("3.27", found.get(1).change().amount());
        assertEquals("人", found.get(1).quantity().unit().text());
    }

    @Test
    void aDirectionWithAStreakIsAChange() {
        Measurement m = only("立案数连续7个月同比下降");
        assertEquals("立案数", m.subject());
        assertEquals(ChangeBasis.YEAR_ON_YEAR, m.change().basis());
        assertEquals(Direction.DOWN, m.change().direction());
        assertNull(m.change().amount());
        assertEquals(7, m.change().streak().count());
        assertEquals(new Unit("个月", UnitKind.TIME), m.change().streak().unit());
    }

    /** A streak's unit is a calendar unit of the lexicon, in Simplified characters whatever the script. */
    @ParameterizedTest
    @CsvSource({
        "用水量连续3年环比下降, 3, 年",
        "游客人数連續3個季度環比增加, 3, 个季度",
        "用水量连续12周环比下降, 12, 周"
    })
    void aStreakCountsCalendarUnits(String text, int count, String unit) {
        Streak streak = only(text).change().streak();
        assertEquals(new Streak(count, new Unit(unit, UnitKind.TIME)), streak);
        assertEquals(UnitKind.TIME, streak.unit().kind());
    }

    @Test
    void aDirectionInPolicyLanguageIsNotAChange() {
        Parsed.assertNone("不断提升打击治理能力,进一步扩大宣传覆盖面");
    }

    @Test
    void aGrowthRangeIsAQuantityAndADirection() {
        Measurement m = only("全省生产总值增长6%—6.5%");
        assertValue("6", m.quantity().value());
        assertValue("6.5", m.quantity().high());
        assertEquals(Direction.UP, m.change().direction());
        assertNull(m.change().amount());
    }

    @Test
    void risingToALevelGivesTheLevelAndADirection() {
        List<Measurement> found = all("农村自来水普及率从62.5%提升至88.4%");
        assertEquals(2, found.size());
        assertNull(found.get(0).change());
        assertValue("88.4", found.get(1).quantity().value());
        assertEquals(Direction.UP, found.get(1).change().direction());
        assertNull(found.get(1).change().amount());
        assertEquals("农村自来水普及率", found.get(1).subject());
    }

    @Test
    void eachSpreadsAChangeOverEveryQuantity() {
        List<Measurement> found = all("专精特新企业达到1200家、创新型中小企业达到5600家,均实现倍增");
        assertEquals(2, found.size());
        for (Measurement m : found) {
            assertValue("1", m.change().amount());
            assertEquals("倍", m.change().amountUnit().text());
        }
    }

    @Test
    void theSignedRatioOfAChange() {
        assertEquals(0, new BigDecimal("-0.126").compareTo(only("立案数同比下降12.6%").change().signedRatio().orElseThrow()));
        assertEquals(0, new BigDecimal("2.6").compareTo(only("高新技术企业增长2.6倍").change().signedRatio().orElseThrow()));
    }
}
