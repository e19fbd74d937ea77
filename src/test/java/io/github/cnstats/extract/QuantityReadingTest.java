package io.github.cnstats.extract;

import io.github.cnstats.Approximation;
import io.github.cnstats.Quantity;
import io.github.cnstats.UnitKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.cnstats.extract.Parsed.assertValue;
import static io.github.cnstats.extract.Parsed.onlyQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every numeral form, magnitude, approximation, range and percent the grammar reads, in sentences. */
class QuantityReadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # Arabic numbers: decimals, thousands separators, full-width digits and points
            全市共查处交通违法行为3291起              | 3291          | 起
            紧急止付涉案资金3,291亿元                  | 329100000000  | 元
            全年处置可疑账户1,234,567个                | 1234567       | 个
            城镇调查失业率为5.2%                       | 5.2           | %
            全省破获盗窃案件３９．１万起               | 391000        | 起
            全省破获盗窃案件３９﹒１万起               | 391000        | 起
            # Chinese numerals
            全年查获走私案件三千二百起                 | 3200          | 起
            共抓获犯罪嫌疑人两万名                     | 20000         | 名
            累计投入资金廿五点二亿元                   | 2520000000    | 元
            共受理群众来信一七五三件                   | 1753          | 件
            共办理户籍业务五四五○笔                    | 5450          | 笔
            全年新建学校廿五所                         | 25            | 所
            共接待来访群众卅人次                       | 30            | 人次
            全年新建乡村学校卌所                       | 40            | 所
            共调解矛盾纠纷一千零五起                   | 1005          | 起
            # Mixed forms and composed magnitudes
            全年接待游客1.2万人次                      | 12000         | 人次
            全年完成投资3千万元                        | 30000000      | 元
            实现营业收入4.06亿元                       | 406000000     | 元
            全省存款余额达2万亿元                      | 2000000000000 | 元
            全年发电量52百亿千瓦时                     | 520000000000  | 千瓦时
            全年发放贷款3千万亿元                      | 3000000000000000 | 元
            # Grouped Arabic numbers (Taiwan and Hong Kong)
            去年詐騙案件共2萬4,000件                   | 24000         | 件
            全年投入新臺幣1億2千萬元                   | 120000000     | 新台币
            # Units of every kind
            全年受理报警求助52万起                     | 520000        | 起
            全年发生刑事案件1.3万宗                    | 13000         | 宗
            抓获犯罪嫌疑人2300名                       | 2300          | 名
            帮扶就业困难人员4.1万人                    | 41000         | 人
            接待游客680万人次                          | 6800000       | 人次
            新增经营主体12万户                         | 120000        | 户
            拦截诈骗短信1.8亿条                        | 180000000     | 条
            封堵涉诈域名210万个                        | 2100000       | 个
            清理高危电话卡77万张                       | 770000        | 张
            完成舱外活动6次                            | 6             | 次
            拒绝可疑交易1.3亿笔                        | 130000000     | 笔
            查获违禁物品1400件                         | 1400          | 件
            新设外资企业3.6万家                        | 36000         | 家
            新建幼儿园45所                             | 45            | 所
            开展宣传活动2万场次                        | 20000         | 场次
            缴获作案设备1868台(套)                     | 1868          | 台(套)
            建设公共租赁住房2.4万套（间）             | 24000         | 套（间）
            实际使用外资843.2亿元                      | 84320000000   | 元
            服务贸易总额2500亿美元                     | 250000000000  | 美元
            本港出口货值4.5万亿港元                    | 4500000000000 | 港元
            新能源装机2.37亿千瓦                       | 237000000     | 千瓦
            全社会用电量16546亿千瓦时                  | 1654600000000 | 千瓦时
            机场货邮吞吐量459万吨                      | 4590000       | 吨
            新建城市快速路里程48.5公里                 | 48.5          | 公里
            新建保障房面积320万平方米                  | 3200000       | 平方米
            完成造林面积2.3万公顷                      | 23000         | 公顷
            港口集装箱吞吐量8097万标箱                 | 80970000      | 标箱
            新建高标准农田120万亩                      | 1200000       | 亩
            工程蓄水能力352亿立方米                    | 35200000000   | 立方米
            生活垃圾处理能力16.9万吨/日                | 169000        | 吨/日
            二氧化氮年均浓度22微克/立方米              | 22            | 微克/立方米
            粮食总产量132.4亿斤                        | 13240000000   | 斤
            # Traditional characters
            抓獲犯罪嫌疑人1.8萬名                      | 18000         | 名
            清理高危電話卡77萬張                       | 770000        | 张
            凍結涉詐資金47.55億元                      | 4755000000    | 元
            """)
    void readsValueAndUnit(String text, String value, String unit) {
        Quantity q = onlyQuantity(text);
        assertValue(value, q.value());
        assertNotNull(q.unit(), "unit");
        assertEquals(unit, q.unit().text());
        assertNull(q.high());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            抓获犯罪嫌疑人1.8万余人        | 18000      | MORE_THAN
            累计发布视频5200多条           | 5200       | MORE_THAN
            惠及各族群众300多万人          | 3000000    | MORE_THAN
            处置涉诈网址逾800万个          | 8000000    | MORE_THAN
            开展抽检超2.3万批次            | 23000      | MORE_THAN
            对外贸易总额超过5000亿元       | 500000000000 | MORE_THAN
            粮食产量稳定在650亿斤以上      | 65000000000 | MORE_THAN
            跨境电商交易额突破800亿美元    | 80000000000 | MORE_THAN
            工业机器人年产量近12万台       | 120000     | NEARLY
            工业机器人年产量将近12万台     | 120000     | NEARLY
            工业机器人年产量接近12万台     | 120000     | NEARLY
            推介项目总投资约1870亿元       | 187000000000 | ABOUT
            推介项目总投资大约1870亿元     | 187000000000 | ABOUT
            产业营收5300亿元左右           | 530000000000 | ABOUT
            检查企业不足300家              | 300        | LESS_THAN
            检查企业不到300家              | 300        | LESS_THAN
            单位能耗下降至0.5吨标准煤以下  | 0.5        | LESS_THAN
            新增就业至少50万人             | 500000     | AT_LEAST
            新增就业不少于50万人           | 500000     | AT_LEAST
            粮食播种面积不低于1530万亩     | 15300000   | AT_LEAST
            农村贫困发生率控制在1.5%以内   | 1.5        | AT_MOST
            农村贫困发生率不超过1.5%       | 1.5        | AT_MOST
            单次检查最多200件              | 200        | AT_MOST
            """)
    void readsApproximations(String text, String value, Approximation approx) {
        Quantity q = onlyQuantity(text);
        assertValue(value, q.value());
        assertEquals(approx, q.approx());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本周预计有2至4次降雨过程       | 2     | 4     | 次
            本周预计有2-4次降雨过程        | 2     | 4     | 次
            奖励资金2万至3万元             | 20000 | 30000 | 元
            居民收入年均增速6.5%-7%        | 6.5   | 7     | %
            江南多地气温可达37℃至40℃       | 37    | 40    | ℃
            """)
    void readsRanges(String text, String low, String high, String unit) {
        Quantity q = onlyQuantity(text);
        assertValue(low, q.value());
        assertValue(high, q.high());
        assertEquals(unit, q.unit().text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            森林覆盖率达到53.4%            | 53.4 | %  | EXACT
            人口出生率为千分之五           | 5    | ‰  | EXACT
            人口死亡率为2.5‰               | 2.5  | ‰  | EXACT
            民生支出占比百分之廿四         | 24   | %  | EXACT
            教育支出占财政总支出两成       | 20   | %  | EXACT
            财政支出3成6用于民生           | 36   | %  | EXACT
            绿电占比超三成                 | 30   | %  | MORE_THAN
            政府采购占比近八成             | 80   | %  | NEARLY
            """)
    void readsPercentsAndTenths(String text, String value, String unit, Approximation approx) {
        Quantity q = onlyQuantity(text);
        assertValue(value, q.value());
        assertEquals(unit, q.unit().text());
        assertEquals(UnitKind.PERCENT, q.unit().kind());
        assertEquals(approx, q.approx());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全年查处案件3291起       | CASES
            抓获犯罪嫌疑人2300名     | PERSONS
            新增经营主体12万户       | HOUSEHOLDS
            新设外资企业3.6万家      | ORGANISATIONS
            清理高危电话卡77万张     | ITEMS
            开展宣传活动2万场次      | EVENTS
            实际使用外资843.2亿元    | MONEY
            全社会用电量16546亿千瓦时 | ENERGY
            新能源装机2.37亿千瓦     | POWER
            机场货邮吞吐量459万吨    | MASS
            新建城市快速路里程48.5公里 | LENGTH
            完成造林面积2.3万公顷    | AREA
            工程蓄水能力352亿立方米  | VOLUME
            气温最高达到41℃          | TEMPERATURE
            城镇调查失业率为5.2%     | PERCENT
            港口集装箱吞吐量8097万标箱 | CONTAINERS
            生活垃圾处理能力16.9万吨/日 | RATE
            """)
    void knowsWhatEachUnitMeasures(String text, UnitKind kind) {
        assertEquals(kind, onlyQuantity(text).unit().kind());
    }
}
