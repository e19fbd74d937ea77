package io.github.cnstats.bench;

import java.util.Random;

/**
 * Writes official-style articles: statistics sentences made from templates (period, region, subject, number,
 * magnitude, unit, change) between sentences of prose, which is what most of a real article is. Seeded, so
 * every run benchmarks the same text, and self-contained, so the benchmark runs without the shared seeds.
 */
final class StatisticsTextGenerator {

    private static final String[] PERIODS = {"2025年", "今年1—11月", "截至11月底", "上半年", "一季度", "全年",
        "10月份", "2024年全年", "前三季度"};
    private static final String[] REGIONS = {"全国", "全省", "广东省", "北京市", "山西", "四川", "长三角地区", ""};
    private static final String[] SUBJECTS = {"规模以上工业增加值", "社会消费品零售总额", "共破获电信网络诈骗案件",
        "粮食总产量", "城镇新增就业", "居民人均可支配收入", "货物进出口总额", "固定资产投资", "新能源汽车产量",
        "抓获犯罪嫌疑人", "为群众挽回损失", "接待游客", "发放贷款", "新登记市场主体", "完成造林面积"};
    private static final String[] UNITS = {"起", "人", "元", "亿元", "万吨", "辆", "户", "家", "人次", "公顷", "件"};
    private static final String[] MAGNITUDES = {"", "万", "亿", "万余", ""};
    private static final String[] BASES = {"同比", "比上年", "环比", "较去年同期"};
    private static final String[] DIRECTIONS = {"增长", "上升", "下降", "提高", "减少"};
    private static final String[] PROSE = {
        "各地区各部门坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,加快构建新发展格局。",
        "会议强调,要进一步压实各方责任,推动政策措施落地见效,切实维护人民群众合法权益。",
        "记者从新闻发布会上获悉,相关部门将持续深化改革,不断优化营商环境,增强发展内生动力。",
        "与此同时,有关方面加强统筹协调,坚持问题导向,推动形成齐抓共管的工作格局。",
        "专家表示,当前经济运行总体平稳、稳中有进,高质量发展扎实推进,但外部环境依然复杂严峻。",
        "下一步,将围绕群众关切,统一思想认识,强化宣传引导,营造全社会共同参与的良好氛围。",
        "据介绍,此次活动由市政府新闻办主办,邀请了多位业内人士介绍情况并回答记者提问。",
        "他指出,要坚持以人民为中心的发展思想,着力解决群众急难愁盼问题,让改革成果更多惠及全体人民。",
    };

    private final Random random;

    StatisticsTextGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One article of about {@code chars} characters, with a headline and paragraphs. */
    String article(int chars) {
        StringBuilder text = new StringBuilder(chars + 200);
        text.append(pick(REGIONS)).append(pick(SUBJECTS)).append(number()).append(pick(UNITS)).append("\n\n");
        while (text.length() < chars) {
            int sentences = 2 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                text.append(random.nextInt(3) == 0 ? statistic() : pick(PROSE));
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private String statistic() {
        StringBuilder s = new StringBuilder();
        s.append(pick(PERIODS)).append(',').append(pick(REGIONS)).append(pick(SUBJECTS))
                .append(number()).append(pick(MAGNITUDES)).append(pick(UNITS));
        if (random.nextBoolean()) {
            s.append(',').append(pick(BASES)).append(pick(DIRECTIONS)).append(percent()).append('%');
        }
        if (random.nextInt(4) == 0) {
            s.append(",占全部的").append(percent()).append('%');
        }
        return s.append('。').toString();
    }

    private String number() {
        int whole = 1 + random.nextInt(random.nextBoolean() ? 99 : 9999);
        return random.nextBoolean() ? Integer.toString(whole) : whole + "." + random.nextInt(10);
    }

    private String percent() {
        return random.nextInt(60) + "." + random.nextInt(10);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
