package example.spark;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a corpus of made-up bulletins to try the job on: one UTF-8 file per article, in folders of 500, with
 * statistics (period, region, subject, number, magnitude, unit, change) between sentences of prose and of
 * numbers that are no statistics (dates, telephone numbers). About one article in six is in Traditional
 * characters. Seeded: the same arguments give the same files.
 *
 * <p>Usage: {@code GenerateArticles FOLDER MEGABYTES [SEED]}; needs no Spark:
 * {@code java -cp target/original-cnstats-spark-1.jar example.spark.GenerateArticles /tmp/articles 64}.
 */
public final class GenerateArticles {

    private static final String[] PERIODS = {"2026年", "今年1至9月", "截至10月末", "上半年", "三季度", "去年全年",
        "8月份", "前三季度", "今年以来", "2025年1-6月"};
    private static final String[] REGIONS = {"全市", "全县", "全区", "浙江省", "成都市", "河北", "云南", "珠三角地区", "", ""};
    /** What is counted, and the units it is counted in. */
    private static final String[][] COUNTED = {{"共受理群众来信来访", "件", "人次"}, {"共查处酒驾醉驾", "起"},
        {"办理不动产登记", "件", "宗"}, {"城镇新增就业", "人"}, {"完成营造林", "公顷", "亩"},
        {"接诊门急诊病人", "人次"}, {"发放创业担保贷款", "元", "亿元", "万元"}, {"新建充电桩", "个", "台"},
        {"快递业务量", "件"}, {"社会物流总额", "亿元", "元"}, {"港口货物吞吐量", "吨", "万吨"},
        {"共抓获网络赌博嫌疑人", "人", "名"}, {"侦破盗窃案件", "起"}, {"网上零售额", "元", "亿元"},
        {"引进外资项目", "个"}, {"新登记经营主体", "户", "家"}};
    private static final String[] MAGNITUDES = {"", "", "", "万", "亿"};
    private static final String[] APPROX = {"", "", "", "约", "近", "超过"};
    private static final String[] CHANGES = {"同比增长", "同比下降", "比上年增加", "较去年同期减少", "环比上升", "增长"};
    private static final String[] PROSE = {
        "市统计局有关负责人在发布会上介绍了上述情况,并就社会关切作了回应。",
        "各县区要进一步细化工作方案,明确时间节点,确保各项任务按期完成。",
        "下阶段,相关部门将继续加大监督检查力度,对发现的问题及时督促整改。",
        "从走访情况看,基层群众对这项工作的满意度较高,普遍认为办事更方便了。",
        "有关专家认为,消费市场回暖的势头还需要进一步巩固,政策效应有待持续释放。",
        "该负责人提醒广大市民,如遇可疑情况请及时报警,不要轻信陌生来电。",
        "会议听取了各成员单位的工作汇报,研究部署了下一阶段的重点任务。",
    };
    private static final String[] NOT_STATISTICS = {
        "咨询电话:0571-8765%d。", "本办法自2026年%d月1日起施行。", "详情请拨打热线12345或登录政务网站查询第%d号公告。",
        "第%d次常务会议审议通过了该方案。",
    };
    /** ICU's conversion, from the ICU4J that cnstats depends on. */
    private static final Transliterator TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

    private final Random random;

    private GenerateArticles(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param args the folder, the size in MB (2^20 bytes of UTF-8), and optionally the seed
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: GenerateArticles FOLDER MEGABYTES [SEED]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        long target = (long) (Double.parseDouble(args[1]) * 1024 * 1024);
        GenerateArticles generator = new GenerateArticles(args.length == 3 ? Long.parseLong(args[2]) : 20L);
        long bytes = 0;
        int files = 0;
        while (bytes < target) {
            Path file = folder.resolve(String.format(Locale.ROOT, "part-%03d/article-%06d.txt", files / 500, files));
            Files.createDirectories(file.getParent());
            byte[] article = generator.article().getBytes(StandardCharsets.UTF_8);
            Files.write(file, article);
            bytes += article.length;
            files++;
        }
        System.out.printf(Locale.ROOT, "wrote %d articles, %d bytes, to %s%n", files, bytes, folder);
    }

    /** One article of 1,000 to 9,000 characters: a headline, then paragraphs. */
    String article() {
        int chars = 1000 + random.nextInt(8000);
        StringBuilder text = new StringBuilder(chars + 300);
        String[] counted = COUNTED[random.nextInt(COUNTED.length)];
        text.append(pick(REGIONS)).append(pick(PERIODS)).append(counted[0]).append(count())
                .append(counted[1 + random.nextInt(counted.length - 1)]).append('\n');
        while (text.length() < chars) {
            int sentences = 2 + random.nextInt(5);
            for (int i = 0; i < sentences; i++) {
                int kind = random.nextInt(10);
                if (kind < 4) {
                    text.append(statistic());
                } else if (kind == 4) {
                    text.append(String.format(Locale.ROOT, pick(NOT_STATISTICS), 1 + random.nextInt(12)));
                } else {
                    text.append(pick(PROSE));
                }
            }
            text.append('\n');
        }
        String article = text.toString();
        return random.nextInt(6) == 0 ? TRADITIONAL.transliterate(article) : article;
    }

    private String statistic() {
        String[] counted = COUNTED[random.nextInt(COUNTED.length)];
        String unit = counted[1 + random.nextInt(counted.length - 1)];
        StringBuilder s = new StringBuilder();
        // 亿 only before money, 万 before any single counter; decimals only with a magnitude (3.5万人, 12.8亿元).
        String magnitude = unit.length() > 1 ? ""
                : unit.equals("元") ? pick(MAGNITUDES) : pick(MAGNITUDES).replace("亿", "");
        boolean whole = magnitude.isEmpty() && !unit.startsWith("万") && !unit.startsWith("亿");
        s.append(pick(PERIODS)).append(',').append(pick(REGIONS)).append(counted[0]).append(pick(APPROX))
                .append(whole ? count() : number()).append(magnitude).append(unit);
        if (random.nextInt(5) == 0) {
            s.append(",其中").append(random.nextBoolean() ? "城区" : "乡村").append("占").append(random.nextInt(90))
                    .append('.').append(random.nextInt(10)).append('%');
        }
        if (random.nextInt(3) > 0) {
            s.append(',').append(pick(CHANGES)).append(random.nextInt(40)).append('.')
                    .append(1 + random.nextInt(9)).append('%');
        }
        return s.append('。').toString();
    }

    /** A count below 100,000. */
    private String count() {
        return Integer.toString(1 + random.nextInt(random.nextBoolean() ? 99 : 99999));
    }

    /** A number below 1,000, often with decimals: before 万 or 亿, or in 亿元. */
    private String number() {
        return random.nextBoolean() ? Integer.toString(1 + random.nextInt(999))
                : (1 + random.nextInt(49)) + "." + (1 + random.nextInt(99));
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
