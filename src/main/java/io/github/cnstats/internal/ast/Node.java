package io.github.cnstats.internal.ast;

import io.github.cnstats.Approximation;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.Period;
import io.github.cnstats.Unit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The AST of a sentence: what the grammar found in it, one node for each phrase or marker in text order, before
 * anything is bound to anything. {@link AstBuilder} makes them from the parse tree; nothing after it reads the
 * tree. Every node carries its span, {@code [start, end)} as indices into the normalised text of the whole
 * document (the offsets the binder and the measurement maker use), and is immutable.
 */
public sealed interface Node {

    /** @return where the node starts in the normalised document */
    int start();

    /** @return where the node ends in the normalised document, exclusive */
    int end();

    /**
     * A number with what it counts: {@code 39.1万起}, {@code 6至8个}, {@code 5.7%}.
     *
     * @param unit      the unit, or null for a bare number
     * @param unitStart where the unit is written, or -1 for a unit the grammar knows ({@code %}, {@code 倍})
     * @param time      whether the unit is a calendar or duration unit (年, 个月): a period, not a measurement
     * @param scaled    whether the number carries a magnitude (万, 亿) or is a percent or multiple: a bare number
     *                  that is not scaled is an identifier, a year or a code, never a statistic
     * @param loneOne   whether the number is the single Chinese numeral 一, which official text uses as an
     *                  article (一批, 一个) far more often than as a count
     */
    record QuantityPhrase(int start, int end, BigDecimal value, BigDecimal high, Unit unit, int unitStart,
                          int unitEnd, Approximation approx, boolean time, boolean scaled, boolean loneOne)
            implements Node {

        /** @return this quantity over another span, as the phrase that holds it is written */
        QuantityPhrase withSpan(int start, int end) {
            return start == this.start && end == this.end ? this
                    : new QuantityPhrase(start, end, value, high, unit, unitStart, unitEnd, approx, time, scaled,
                    loneOne);
        }

        /** @return this quantity with another value, scaled if {@code scaled} or already so */
        QuantityPhrase withValue(BigDecimal value, boolean scaled) {
            return new QuantityPhrase(start, end, value, high, unit, unitStart, unitEnd, approx, time,
                    this.scaled || scaled, loneOne);
        }

        /** @return this quantity with another approximation: the one written before a list it opens */
        public QuantityPhrase withApprox(Approximation approx) {
            return new QuantityPhrase(start, end, value, high, unit, unitStart, unitEnd, approx, time, scaled,
                    loneOne);
        }

        /** @return this quantity with the unit (and its time flag) of {@code other}, whose list it shares */
        public QuantityPhrase withUnitOf(QuantityPhrase other) {
            return new QuantityPhrase(start, end, value, high, other.unit, -1, -1, approx, other.time, scaled,
                    loneOne);
        }

        /** @return whether the number is written without a unit */
        public boolean isBare() {
            return unit == null;
        }
    }

    /**
     * A change: {@code 同比上升5.7%}, {@code 分别增长5.4%、11.7%}, {@code 提高到71.35%} (a level).
     *
     * @param amounts        the amounts in text order (empty for a direction only); for a level, the levels
     * @param respectively   whether 分别 stands in the phrase
     * @param qualified      whether the direction is qualified (持续, 大幅, a basis...), which makes a
     *                       direction-only change a statement rather than a verb in passing
     * @param level          whether the amounts are levels reached (提高到X), not sizes of change
     * @param referenceStart where the named reference is written ({@code 全国平均水平}), or -1
     * @param rateWordStart  where the name of a rate is written ({@code 涨幅}), or -1
     * @param reached        the level reached after the amount ({@code 上升10.9%至44,480宗}), or null
     * @param ofRate         whether the change is a movement of the rate it names ({@code 增幅回落2个百分点}):
     *                       the rate is then what is measured, never the subject of an earlier figure
     * @param earlier        the earlier level the change is counted from, written between the comparison and the
     *                       verb ({@code 较上年同期的3200亿元下降6.1%}), or null: a quantity of the same subject,
     *                       never the current figure
     * @param aside          the same change again in another kind of amount, in brackets after it
     *                       ({@code 增806宗(+9.1%)}), or null
     * @param asideDirection the direction of {@link #aside}: its sign's, or the change's when it has none
     */
    record ChangePhrase(int start, int end, ChangeBasis basis, Direction direction, List<QuantityPhrase> amounts,
                        boolean respectively, boolean qualified, boolean level, int referenceStart,
                        int referenceEnd, int rateWordStart, int rateWordEnd, QuantityPhrase reached,
                        boolean ofRate, QuantityPhrase earlier, QuantityPhrase aside, Direction asideDirection)
            implements Node {

        public ChangePhrase {
            amounts = List.copyOf(amounts);
        }

        /** A change with no earlier level and no amount aside. */
        public ChangePhrase(int start, int end, ChangeBasis basis, Direction direction, List<QuantityPhrase> amounts,
                            boolean respectively, boolean qualified, boolean level, int referenceStart,
                            int referenceEnd, int rateWordStart, int rateWordEnd, QuantityPhrase reached,
                            boolean ofRate) {
            this(start, end, basis, direction, amounts, respectively, qualified, level, referenceStart,
                    referenceEnd, rateWordStart, rateWordEnd, reached, ofRate, null, null, null);
        }

        /** This change with an amount aside ({@link #aside}). */
        ChangePhrase withAside(QuantityPhrase aside, Direction asideDirection) {
            return new ChangePhrase(start, end, basis, direction, amounts, respectively, qualified, level,
                    referenceStart, referenceEnd, rateWordStart, rateWordEnd, reached, ofRate, earlier, aside,
                    asideDirection);
        }

        /** This change counted from an earlier level ({@link #earlier}). */
        ChangePhrase withEarlier(QuantityPhrase earlier) {
            return new ChangePhrase(start, end, basis, direction, amounts, respectively, qualified, level,
                    referenceStart, referenceEnd, rateWordStart, rateWordEnd, reached, ofRate, earlier, aside,
                    asideDirection);
        }

        /** This change with the 分别 written just before it, at {@code respectivelyStart}, as its own. */
        ChangePhrase withRespectivelyFrom(int respectivelyStart) {
            return new ChangePhrase(respectivelyStart, end, basis, direction, amounts, true, qualified, level,
                    referenceStart, referenceEnd, rateWordStart, rateWordEnd, reached, ofRate, earlier, aside,
                    asideDirection);
        }
    }

    /**
     * 连续7个月: how long the next change has lasted.
     *
     * @param basis the basis written before the streak for the change after it (同比连续7个月下降), or null
     */
    record StreakPhrase(int start, int end, int count, String unit, ChangeBasis basis) implements Node {
    }

    /**
     * The time the statistics after it hold for: {@code 截至11月底}, {@code 2023年}, {@code 今年以来}, {@code 连续7个月}.
     * Read apart from the other nodes, which it does not stand among (see {@code AstBuilder#periods}).
     *
     * @param holdsUntil where the period stops holding: the end of its clause for a streak (连续7个月 is said of
     *                   its own clause), else {@link Integer#MAX_VALUE}, as a period carries through its sentence
     */
    record PeriodPhrase(int start, int end, Period.Kind kind, int holdsUntil) implements Node {

        /** @return whether the period holds for a statistic whose first number starts at {@code at} */
        public boolean holdsAt(int at) {
            return end <= at && at <= holdsUntil;
        }
    }

    /**
     * A period that a change is measured against, with the word of the comparison: 比2020年, 较去年10月, 与去年二季度.
     * No statistic holds for it; a subject is trimmed of it (房屋销售价格与去年二季度持平), and a change right after it
     * that names no basis of its own is measured against it.
     *
     * @param periodStart where the period's own words start, after the comparison word
     */
    record ComparedPeriod(int start, int periodStart, int end) implements Node {
    }

    /**
     * A fronted comparison frame ({@code frame} in the grammar): 从环比看, 与去年同期相比, 与113年度相比较, 同上月比较. It
     * states the basis of the changes after it in its sentence, and is no subject.
     *
     * @param basis    YEAR_ON_YEAR or PERIOD_ON_PERIOD when the frame names it (从同比看), else REFERENCE
     * @param refStart where the words of the reference start (去年同期 of 与去年同期相比), or -1 with none
     * @param refEnd   where they end, or -1
     */
    record Frame(int start, int end, ChangeBasis basis, int refStart, int refEnd) implements Node {
    }

    /**
     * A section header, a clause of its own ({@code header} in the grammar): 分季度看, 从分产业看, 按消费类型分. It names
     * what follows and counts nothing, so it is never a subject.
     */
    record SectionHeader(int start, int end) implements Node {
    }

    /**
     * The words of a sentence as written between the other nodes ({@link AstBuilder#texts}: 全国共破获, the words a
     * subject and a region are read from), so that each character of a sentence is in exactly one node; or the
     * words of the whole sentence ({@link AstBuilder#sentence}), for what is read across a node. The stages after
     * the AST read words from these texts, each as its own string, never from the document.
     *
     * @param text the normalised characters of {@code [start, end)}
     */
    record Text(int start, int end, String text) implements Node {

        public Text {
            if (text.length() != end - start) {
                throw new IllegalArgumentException("a text of " + text.length() + " characters over " + start
                        + ".." + end);
            }
        }

        /** @return the character at {@code at}, a position of the document inside this text */
        public char charAt(int at) {
            return text.charAt(at - start);
        }
    }

    /** A word or sign that binds phrases: 分别, 均, 、, 和, 从, a clause end, a quote. */
    record Marker(int start, int end, Kind kind) implements Node {

        public enum Kind { RESPECTIVELY, EACH, LIST_SEP, CONJ, FROM, CLAUSE_END, OPEN_QUOTE, CLOSE_QUOTE }
    }

    /**
     * A number written in a shape that is never a statistic ({@code notStatistic} in the grammar): 每万人口,
     * 凌晨3点, 十四届二次会议, 第十四届.
     *
     * @param number the quantity the shape holds, as it would read alone ({@code 万人} of 每万人口, {@code 二次} of
     *               二次会议), for a shape that holds one; null for a clock time and an ordinal. A number, though
     *               no statistic, still ends the text before it and makes its clause one that holds a number,
     *               so the binder keeps it as such
     */
    record NotStatistic(Kind kind, int start, int end, QuantityPhrase number) implements Node {

        /** The shape, after the label of its alternative. */
        public enum Kind {
            /** 每万人口: 每 before a quantity, the denominator of a rate. */
            RATE_DENOMINATOR,
            /** 凌晨3点, 晚上8时, 3点钟, 10:41. */
            CLOCK_TIME,
            /** 十四届二次会议, 四次会议: a session counted in its name. */
            SESSION_NAME,
            /** 第十四届, 第4个. */
            ORDINAL,
            /** 数万起, 几十亿元, 上百万人, 两位数: a vague count or size, which has no value. */
            VAGUE_COUNT,
            /** 万元户, 万人空巷, 单位:万元: a magnitude with no digit inside a word or a heading. */
            WORD_PART
        }
    }
}
