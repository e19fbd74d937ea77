package io.github.cnstats.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.cnstats.extract.Parsed.assertNone;

/** Dates, codes, names and other numbers that a correct extractor reports nothing for. */
class NotAStatisticTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // dates, times and years
        "来源:本报讯 2024-03-15 09:47",
        "2022年12月30日,市政府召开新闻发布会。",
        "记者3月17日从市统计局获悉。",
        "2026年4月22日19时08分,卫星发射升空。",
        "会议于上午10时举行,下午3点钟结束。",
        "货车于凌晨3点驶入园区。",
        "展馆于傍晚6点闭馆,队伍7点半出发。",
        // hotlines, phone, document and licence numbers
        "群众可拨打96110反诈专线或12345政务服务热线咨询。",
        "联系电话:+86-29-84316027",
        "举报电话:13907215346 0871-6358241",
        "市监局行政处罚决定书(市监罚字〔2025〕41-44号)已送达。",
        "备案许可证:黔ICP备17035286号-2",
        // ordinals and sessions
        "第十四届全国运动会在本市开幕。",
        "十五届全国人大三次会议审议通过了决议。",
        "机场成为全省第4个枢纽机场。",
        "县十八届五次全会审议了报告。",
        "省十四届二次人代会今天开幕。",
        "该委员会召开两次全会。",
        "这是本市第三个国家级开发区。",
        // names that contain numbers
        "深入推进“两卡”专项整治。",
        "开展“5.10”专项行动和“净网2025”行动。",
        "工信部持续推进断卡行动2.0。",
        "认真落实市委“2468”工作要求。",
        "实施“十项重大工程”,落实“四个走在前”要求。",
        "一张蓝图绘到底,一步一个脚印。",
        "推出促消费“15条”“9条”等举措。",
        "百校结千企、万企联万村活动持续开展。",
        "完成了“三降两提”工作任务。",
        // rate denominators and attributive counts
        "每万人口拥有医生数量持续领先。",
        "全区每10万名学生配备心理教师。",
        "全市每百户家庭拥有空调。",
        // policy language
        "不断提升打击治理能力,进一步扩大宣传覆盖面,明显提升群众满意度。",
        // page furniture
        "点赞 1234 评论 56 分享",
        "阅读 1.2万 点赞 356 转发 2.1万",
        "1型糖尿病治疗迎来曙光",
        // Traditional
        "2024年03月15日 09:47 來源:本報 編輯:王明",
        "深入推進“兩卡”專項整治。"
    })
    void findsNothingIn(String text) {
        assertNone(text);
    }
}
