package io.github.cnstats.extract;

import io.github.cnstats.Measurement;
import io.github.cnstats.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.github.cnstats.extract.Parsed.all;
import static io.github.cnstats.extract.Parsed.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a measurement counts, when and where. */
class SubjectPeriodRegionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全市共侦破入室盗窃案件1.2万起                 | 侦破入室盗窃案件
            2024年全市公安机关共侦破1.6万起盗窃案件        | 侦破盗窃案件
            押解1900余名电诈嫌疑人返川                     | 押解电诈嫌疑人返川
            成功避免4215万名群众受骗                       | 避免群众受骗
            市反诈中心发布短视频9330余条                   | 发布短视频
            某财险公司被罚款110.5万                        | 罚款
            其中,居民用水量同比增长3.8%                    | 居民用水量
            全年接待游客7.3亿人次                          | 接待游客
            """)
    void findsTheSubject(String text, String subject) {
        assertEquals(subject, only(text).subject());
    }

    @Test
    void fillsAnElidedSubjectFromTheList() {
        List<Measurement> found = all("清理违规账号12.6万个、帖文8.3万条");
        assertEquals("清理违规账号", found.get(0).subject());
        assertEquals("帖文", found.get(1).subject());
    }

    @Test
    void keepsTheNounAfterACountWithItsOwnCount() {
        List<Measurement> found = all("全年共发生道路交通事故1234起,造成56人死亡、789人受伤");
        assertEquals(3, found.size());
        assertEquals("造成死亡", found.get(1).subject());
        assertEquals("受伤", found.get(2).subject());
    }

    @Test
    void sharesAListsHeadAmongItsItems() {
        List<Measurement> found = all("小麦、玉米、大豆产量分别达1350万吨、2800万吨、16万吨以上");
        assertEquals(3, found.size());
        assertEquals("小麦产量", found.get(0).subject());
        assertEquals("玉米产量", found.get(1).subject());
        assertEquals("大豆产量", found.get(2).subject());
        found.forEach(m -> assertEquals(io.github.cnstats.Approximation.MORE_THAN, m.quantity().approx()));
    }

    @Test
    void carriesPeriodAndRegionThroughTheSentence() {
        List<Measurement> found = all("截至10月底,全省共侦破盗窃案件2.3万起,抓获犯罪嫌疑人9800余人。");
        assertEquals(2, found.size());
        for (Measurement m : found) {
            assertEquals("截至10月底", m.period().text());
            assertEquals(Period.Kind.UP_TO, m.period().kind());
            assertEquals("全省", m.region().text());
        }
    }

    @Test
    void doesNotCarryAcrossSentences() {
        List<Measurement> found = all("2024年,河南共查处案件3.12万起。抓获违法人员3.86万名。");
        assertEquals(2, found.size());
        assertEquals("2024年", found.get(0).period().text());
        assertEquals("河南", found.get(0).region().text());
        assertNull(found.get(1).period());
        assertNull(found.get(1).region());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023年,全省破获案件1.7万余起           | 2023年       | YEAR
            今年以来,共冻结资金58.6亿元           | 今年以来     | SINCE
            2026年1至4月,全社会用电量31207亿千瓦时 | 2026年1至4月 | MONTHS
            今年前11个月共破获案件39.1万起         | 今年前11个月 | UP_TO
            一年来,共推送预警指令4067万条          | 一年来       | DURATION
            自2023年8月以来,发案数同比下降12%      | 自2023年8月以来 | SINCE
            2025年首三季,整体罪案共有6.6万宗       | 2025年首三季 | MONTHS
            警方今年首十个月共拘捕2345人           | 今年首十个月 | UP_TO
            """)
    void typesThePeriod(String text, String period, Period.Kind kind) {
        Measurement m = only(text);
        assertEquals(period, m.period().text());
        assertEquals(kind, m.period().kind());
    }

    @Test
    void keepsPeriodsAndSubjectsAsWrittenInTraditional() {
        Measurement m = only("2023年,四川公安破獲電詐案件8163起");
        assertEquals("2023年", m.period().text());
        assertEquals("破獲電詐案件", m.subject().substring(m.subject().length() - 6));
    }

    @Test
    void leavesPinyinGlossesAndLineBreaksOutOfWrittenText() {
        // Mirror sites put a gloss after some characters; the author wrote neither it nor the line break.
        Measurement m = only("截至\n\n8月底,全省發(fā)案數(shù)同比下降22%");
        assertEquals("截至8月底", m.period().text());
        assertEquals("發案數", m.subject());
        assertEquals("全省", m.region().text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            建立治安重点地区挂牌督办机制,对12个重点乡镇进行集中整治
            部分地区破获案件1200起
            """)
    void doesNotTakeAKindOfAreaForARegion(String text) {
        assertNull(only(text).region());
    }

    @Test
    void readsTheRegionOfAHongKongReport() {
        Measurement m = only("本港第三季失业率为3.0%,与上一季持平");
        assertEquals("本港", m.region().text());
        assertEquals("第三季", m.period().text());
    }

    @Test
    void stillFindsANamedArea() {
        assertEquals("成渝地区", only("成渝地区新增就业岗位12万个").region().text());
    }
}
