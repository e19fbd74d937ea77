package io.github.cnstats.internal.format;

import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.Measurement;
import io.github.cnstats.Quantity;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.words.CharClasses;

import java.math.BigDecimal;

/**
 * Writes quantities, changes and measurements as the phrases that official text uses and that the parser
 * reads: {@code 超1.8万人}, {@code 6至8个}, {@code 同比上升5.7%}, {@code 高于全国平均水平4.6个百分点},
 * {@code 连续7个月环比下降}. Always in Simplified characters; the caller converts the script.
 *
 * <p>One word is chosen for each approximation, basis and direction, the most common in official text, so the
 * output is canonical: two equal measurements give the same text.
 */
public final class PhraseText {

    private final NumberText numbers;
    private final boolean chinese;

    /**
     * @param numbers how numbers are written
     * @param chinese whether numbers are spelled in Chinese numerals, which puts 百分之 before a percentage
     */
    public PhraseText(NumberText numbers, boolean chinese) {
        this.numbers = numbers;
        this.chinese = chinese;
    }

    /**
     * @param m a measurement
     * @return its period, region, subject, quantity and change, in that order; the span and text of {@code m}
     *         play no part
     */
    public String measurement(Measurement m) {
        StringBuilder out = new StringBuilder();
        Change c = m.change();
        if (m.period() != null && isStreakPeriod(m.period().text(), c)) {
            // 整體治安情況連續12年下降: the period is the change's streak, written once and as in the text, so that it
            // reads back as both in the text's own script.
            out.append(m.region() == null ? "" : m.region().text());
            append(out, m.subject());
            if (m.quantity() != null) {
                out.append(endsWithApproximation(m.subject()) ? "共" : "").append(quantity(m.quantity())).append(',');
            }
            return out.append(m.period().text()).append(change(c, false)).toString();
        }
        boolean streak = m.period() != null && isStreak(m.period().text());
        if (m.period() != null && !streak) {
            // A comma after the period, as in 截至11月底,全国…: without it 2024年 could run into a count.
            out.append(m.period().text()).append(',');
        }
        if (m.region() != null) {
            out.append(m.region().text());
        }
        if (!streak && isPassiveCount(m)) {
            // 3名责任人被记过, 25人被警方拘留: people who underwent something are counted first, as the text does;
            // 责任人被记过3名 would read as a count of 记过.
            out.append(quantity(m.quantity())).append(m.subject());
            return c == null ? out.toString() : out.append(',').append(change(c)).toString();
        }
        append(out, m.subject());
        if (streak) {
            out.append(m.period().text()); // 棉花产量连续4年超90%: a streak holds in its own clause, after the subject
        }
        if (m.quantity() != null && c != null && c.amount() == null && c.streak() == null
                && c.direction() != Direction.FLAT && c.basis() != ChangeBasis.REFERENCE) {
            // 城镇化率提高到76.6%: a level reached with its direction is written as read; 76.6%,上升 would read
            // as a level and a passing verb.
            return out.append(basisWord(c.basis())).append(directionWord(c.direction())).append('到')
                    .append(quantity(m.quantity())).toString();
        }
        if (m.quantity() != null) {
            if (endsWithApproximation(m.subject())) {
                out.append('共'); // 卡点攻关取得突破共36项: 突破36项 would read as more than 36
            }
            out.append(quantity(m.quantity()));
            if (m.change() != null) {
                out.append(',');
            }
        }
        if (m.change() != null) {
            out.append(change(m.change()));
        }
        return out.toString();
    }

    /**
     * @param q a quantity
     * @return {@code 39.1万起}, {@code 超1.8万人}, {@code 6至8个}
     */
    public String quantity(Quantity q) {
        String prefix = q.approx().word();
        if (q.high() == null) {
            return prefix + amount(q.value(), q.unit());
        }
        String low = numbers.write(q.value());
        String high = amount(q.high(), q.unit());
        if (q.unit() != null && !hasLargeMagnitude(low) && endsWithMagnitude(numbers.write(q.high()))) {
            // A reader takes 5至8万 for 5万 to 8万: a low end with no magnitude of its own keeps its unit.
            low = amount(q.value(), q.unit());
        }
        return prefix + low + "至" + high;
    }

    private static boolean hasLargeMagnitude(String number) {
        return number.indexOf('万') >= 0 || number.indexOf('亿') >= 0 || number.indexOf('兆') >= 0;
    }

    private static boolean endsWithMagnitude(String number) {
        return !number.isEmpty() && "十百千万亿兆".indexOf(number.charAt(number.length() - 1)) >= 0;
    }

    /**
     * @param c a change
     * @return {@code 同比上升5.7%}, {@code 低于全国平均水平4.6个百分点}, {@code 连续7个月环比下降}
     */
    public String change(Change c) {
        return change(c, true);
    }

    /** 连续12年 or 連續12年 as the period of a measurement whose change has that streak. */
    private static boolean isStreakPeriod(String period, Change c) {
        return c != null && c.streak() != null && isStreak(period) && period.endsWith(c.streak().unit().text())
                && period.substring(2, period.length() - c.streak().unit().text().length())
                        .equals(String.valueOf(c.streak().count()));
    }

    /** 连续4年, 連續12年: a streak, in either script, with its count in digits. */
    private static boolean isStreak(String period) {
        return (period.startsWith("连续") || period.startsWith("連續")) && period.length() > 3
                && Character.isDigit(period.charAt(2));
    }

    private String change(Change c, boolean withStreak) {
        StringBuilder out = new StringBuilder();
        if (withStreak && c.streak() != null) {
            out.append("连续").append(numbers.write(BigDecimal.valueOf(c.streak().count())))
                    .append(c.streak().unit().text());
        }
        if (c.basis() == ChangeBasis.REFERENCE && c.reference() != null) {
            out.append(referencePhrase(c.direction(), c.reference()));
        } else {
            if (c.amount() == null && c.streak() == null && c.direction() != Direction.FLAT
                    && basisWord(c.basis()).isEmpty()) {
                // 破案率大幅下降, 犯罪上升 (after 近年来): a direction alone, with nothing that makes it a statement,
                // would read back as a verb in passing; 有所 says no more than the direction does.
                out.append("有所");
            }
            out.append(basisWord(c.basis())).append(directionWord(c.direction()));
        }
        if (c.amount() != null) {
            out.append(amount(c.amount(), c.amountUnit()));
        }
        return out.toString();
    }

    private String amount(BigDecimal value, Unit unit) {
        if (unit == null) {
            return numbers.write(value);
        }
        if (chinese && unit.equals(Unit.PERCENT)) {
            return "百分之" + numbers.write(value);
        }
        if (chinese && unit.equals(Unit.PER_MILLE)) {
            return "千分之" + numbers.write(value);
        }
        return numbers.write(value) + unit.text();
    }

    /** A count of people whose subject holds the passive 被: 嫌疑人被移交, 被警方拘捕, 被拐儿童. */
    private static boolean isPassiveCount(Measurement m) {
        return m.subject() != null && m.subject().indexOf('被') >= 0 && m.quantity() != null
                && m.quantity().unit() != null && m.quantity().unit().kind() == UnitKind.PERSONS;
    }

    /**
     * The words the grammar reads before a number as an approximation (StatsLexer's NEARLY, ABOUT, MORE_THAN,
     * BEYOND, LESS_THAN, AT_LEAST, AT_MOST), in both scripts, since a subject is written as it was read.
     */
    private static final String[] APPROXIMATION_WORDS = {"近", "约", "約", "超", "超过", "超過", "逾", "超出", "大于", "大於", "突破",
        "跨越", "跨上", "迈上", "邁上", "跨过", "跨過", "迈过", "邁過", "不足", "不到", "小于", "小於", "至少", "至多",
        "最多", "不少于", "不少於", "不低于", "不低於", "不小于", "不小於", "等于", "等於", "不超过", "不超過",
        "不大于", "不大於", "不高于", "不高於", "不多于", "不多於"};

    /** Whether a subject ends with a word that, right before the number, would make it an approximation. */
    private static boolean endsWithApproximation(String subject) {
        if (subject == null) {
            return false;
        }
        for (String word : APPROXIMATION_WORDS) {
            if (subject.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    private static void append(StringBuilder out, String textOrNull) {
        if (textOrNull != null) {
            out.append(textOrNull);
        }
    }

    private static String basisWord(ChangeBasis basis) {
        return switch (basis) {
            case YEAR_ON_YEAR -> "同比";
            case PERIOD_ON_PERIOD -> "环比";
            // A reference basis without a reference text has nothing to name, like an unspecified one.
            case REFERENCE, UNSPECIFIED -> "";
        };
    }

    private static String directionWord(Direction direction) {
        return switch (direction) {
            case UP -> "上升";
            case DOWN -> "下降";
            case FLAT -> "持平";
        };
    }

    /**
     * 高于X, 低于X, 与X持平: the comparison word carries the direction. A reference that holds a number (7月份,
     * 2021年, 二〇一八年同期) is written 比X上升: the words after 高于 never hold one, those after 比 may.
     */
    private static String referencePhrase(Direction direction, String reference) {
        if (direction != Direction.FLAT && holdsDigit(reference)) {
            return "比" + reference + directionWord(direction);
        }
        return switch (direction) {
            case UP -> "高于" + reference;
            case DOWN -> "低于" + reference;
            case FLAT -> "与" + reference + "持平";
        };
    }

    private static boolean holdsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || CharClasses.isChineseDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
