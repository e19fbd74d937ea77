package io.github.cnstats.internal.ast;

import io.github.cnstats.Approximation;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Diagnostic;
import io.github.cnstats.Direction;
import io.github.cnstats.Period;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.ast.Node.ChangePhrase;
import io.github.cnstats.internal.ast.Node.ComparedPeriod;
import io.github.cnstats.internal.ast.Node.Marker;
import io.github.cnstats.internal.ast.Node.NotStatistic;
import io.github.cnstats.internal.ast.Node.PeriodPhrase;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;
import io.github.cnstats.internal.ast.Node.StreakPhrase;
import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.grammar.StatsParserBaseVisitor;
import io.github.cnstats.internal.numeral.Numerals;
import io.github.cnstats.internal.parse.ParsedSentence;
import io.github.cnstats.internal.units.SharedUnits;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the AST of a sentence ({@link Node}s) from what the grammar read in it ({@link ParsedSentence}: the tree
 * of each phrase, and the markers between): the generated visitor, with one method for each labelled alternative
 * of {@code StatsParser.g4}, so the label a phrase was read under decides what it means. Numbers become
 * {@code BigDecimal}s ({@link NumeralReader}), units shared {@code Unit}s ({@link SharedUnits}), words enums.
 * Phrases whose numerals cannot be read (too long, too large) are refused here, so that nothing after this step
 * sees a half-read number.
 *
 * <p>The tree is read through ANTLR's generic API ({@code getChild}, {@code getChildCount}, tokens) and the
 * generated accessors of parts that occur once: the accessors of repeated parts build a list on every call,
 * and {@code getText()} a string. A phrase's parts are picked out of its children in one loop.
 *
 * <p>One builder reads the sentences of one document, one after another: it keeps the sentence being read.
 * Not thread-safe; it is cheap to make.
 */
public final class AstBuilder extends StatsParserBaseVisitor<Object> {

    /** Where a phrase whose numerals cannot be read is reported, with its offsets in the normalised document. */
    @FunctionalInterface
    public interface Refusals {

        void refuse(Diagnostic.Kind kind, int start, int end, String message);
    }

    private final SharedUnits units;
    private final NumeralReader numerals;

    /** The text the sentence being read was parsed from, which its tokens index. */
    private String text;
    /** Where {@link #text} starts in the normalised document, which nodes index. */
    private int offset;

    /**
     * @param units    the units shared by the phrases read
     * @param numerals how numerals are read, and the limits they are held to
     */
    public AstBuilder(SharedUnits units, NumeralReader numerals) {
        this.units = units;
        this.numerals = numerals;
    }

    /**
     * @param sentence what the grammar read in the sentence
     * @param text     the text the sentence was parsed from, which its tokens index
     * @param offset   where that text starts in the normalised document
     * @param refusals where to report the phrases whose numerals could not be read
     * @return the nodes in text order
     */
    public List<Node> build(ParsedSentence sentence, String text, int offset, Refusals refusals) {
        this.text = text;
        this.offset = offset;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            StatsParser.ElementContext phrase = sentence.phrase(i);
            if (phrase != null) {
                phrase(phrase, start(phrase), false, refusals, out);
            } else if (isRespectivelyBeforeChange(sentence, i)) {
                // 分别同比上升: 分别 belongs to the change after it (see changeLeads)
                int start = sentence.markerStart(i) + offset;
                phrase(sentence.phrase(++i), start, true, refusals, out);
            } else {
                Marker.Kind kind = markerKind(sentence.markerType(i));
                if (kind != null) {
                    out.add(new Marker(sentence.markerStart(i) + offset, sentence.markerEnd(i) + offset, kind));
                }
            }
        }
        return out;
    }

    /**
     * @param sentence what the grammar read in the sentence
     * @param text     the text the sentence was parsed from, which its tokens index
     * @param offset   where that text starts in the normalised document
     * @return the periods of the sentence in text order, each with the kind its alternative names
     */
    public List<PeriodPhrase> periods(ParsedSentence sentence, String text, int offset) {
        if (sentence.periodCount() == 0) {
            return List.of();
        }
        this.text = text;
        this.offset = offset;
        List<PeriodPhrase> out = new ArrayList<>(sentence.periodCount());
        for (int i = 0; i < sentence.periodCount(); i++) {
            StatsParser.PeriodContext period = sentence.period(i);
            if (sentence.periodComparedFrom(i) < 0 && visit(period) instanceof Period.Kind kind) {
                int holdsUntil = period instanceof StatsParser.StreakPeriodContext
                        ? sentence.periodClauseEnd(i) + offset : Integer.MAX_VALUE;
                out.add(new PeriodPhrase(start(period), end(period), kind, holdsUntil));
            }
        }
        return out;
    }

    /**
     * @param sentence what the grammar read in the sentence
     * @param offset   where the sentence's text starts in the normalised document
     * @return the periods of the sentence that a change is measured against, each with its comparison word, in
     *         text order
     */
    public List<ComparedPeriod> comparedPeriods(ParsedSentence sentence, int offset) {
        List<ComparedPeriod> out = null;
        for (int i = 0; i < sentence.periodCount(); i++) {
            int from = sentence.periodComparedFrom(i);
            if (from >= 0) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(new ComparedPeriod(from + offset, sentence.period(i).getStop().getStopIndex() + 1 + offset));
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * The marker that a token of {@code type} is as an element of its own: the one-token alternatives of
     * {@code element}. Written once, here, for the markers that {@link ParsedSentence} keeps as token types and
     * for their visit methods, which see them as trees.
     */
    private static Marker.Kind markerKind(int type) {
        return switch (type) {
            case StatsParser.FROM -> Marker.Kind.FROM;
            case StatsParser.RESPECTIVELY -> Marker.Kind.RESPECTIVELY;
            case StatsParser.EACH -> Marker.Kind.EACH;
            case StatsParser.LIST_SEP -> Marker.Kind.LIST_SEP;
            case StatsParser.CONJ -> Marker.Kind.CONJ;
            case StatsParser.CLAUSE_SEP, StatsParser.SENTENCE_END -> Marker.Kind.CLAUSE_END;
            case StatsParser.OPEN_QUOTE -> Marker.Kind.OPEN_QUOTE;
            case StatsParser.CLOSE_QUOTE -> Marker.Kind.CLOSE_QUOTE;
            default -> null;
        };
    }

    /**
     * Reads one phrase into {@code out}, or reports why it is not a measurement.
     *
     * @param start        where the phrase starts in the document: before its 分别 when it takes one
     * @param respectively whether the phrase is a change that takes the 分别 before it as its own
     */
    private void phrase(StatsParser.ElementContext phrase, int start, boolean respectively, Refusals refusals,
                        List<Node> out) {
        try {
            if (visit(phrase) instanceof Node node) {
                out.add(respectively && node instanceof ChangePhrase c ? c.withRespectivelyFrom(start) : node);
            }
        } catch (NumberFormatException unreadable) {
            // A numeral beyond the limits or malformed: the phrase is not a measurement, and the caller
            // may want to know why.
            refusals.refuse(NumeralGuard.kindOf(unreadable), start, end(phrase), unreadable.getMessage());
        }
    }

    /**
     * Whether element {@code i} of the sentence is a 分别 that the change right after it takes as its own lead:
     * a phrase follows it with no text between, only white space. The changes that take a lead are those that
     * start with {@code changeLeads?} in the grammar.
     */
    private static boolean isRespectivelyBeforeChange(ParsedSentence sentence, int i) {
        if (sentence.markerType(i) != StatsParser.RESPECTIVELY || i + 1 >= sentence.size()
                || sentence.followsText(i + 1)) {
            return false;
        }
        StatsParser.ElementContext next = sentence.phrase(i + 1);
        if (next instanceof StatsParser.LevelChangeElementContext) {
            return true;
        }
        return next instanceof StatsParser.ChangeElementContext c
                && (c.change() instanceof StatsParser.DirectedChangeContext
                || c.change() instanceof StatsParser.RateChangeContext
                || c.change() instanceof StatsParser.DoublingChangeContext);
    }

    private int start(ParserRuleContext ctx) {
        return start(ctx.getStart());
    }

    private int end(ParserRuleContext ctx) {
        return end(ctx.getStop());
    }

    private int start(Token token) {
        return token.getStartIndex() + offset;
    }

    private int end(Token token) {
        return token.getStopIndex() + 1 + offset;
    }

    /** A one-token element as its marker, of the kind its token gives ({@link #markerKind}). */
    private Marker marker(ParserRuleContext ctx) {
        return new Marker(start(ctx), end(ctx), markerKind(ctx.getStart().getType()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Elements

    @Override
    public Object visitStreakElement(StatsParser.StreakElementContext ctx) {
        return visit(ctx.streak());
    }

    @Override
    public Object visitNotStatisticElement(StatsParser.NotStatisticElementContext ctx) {
        return visit(ctx.notStatistic());
    }

    @Override
    public Object visitLevelChangeElement(StatsParser.LevelChangeElementContext ctx) {
        return visit(ctx.levelChange());
    }

    @Override
    public Object visitChangeElement(StatsParser.ChangeElementContext ctx) {
        return visit(ctx.change());
    }

    /** A quantity, or with a word after it that makes it no statistic (四次会议, 3点钟), a {@link NotStatistic}. */
    @Override
    public Object visitQuantityElement(StatsParser.QuantityElementContext ctx) {
        QuantityPhrase quantity = visitQuantity(ctx.quantity());
        StatsParser.NotStatisticAfterContext after = ctx.notStatisticAfter();
        return after == null ? quantity
                : new NotStatistic((NotStatistic.Kind) visit(after), start(ctx), end(ctx), quantity);
    }

    @Override
    public Object visitFromElement(StatsParser.FromElementContext ctx) {
        return marker(ctx);
    }

    @Override
    public Object visitRespectivelyElement(StatsParser.RespectivelyElementContext ctx) {
        return marker(ctx);
    }

    @Override
    public Object visitEachElement(StatsParser.EachElementContext ctx) {
        return marker(ctx);
    }

    @Override
    public Object visitListSepElement(StatsParser.ListSepElementContext ctx) {
        return marker(ctx);
    }

    @Override
    public Object visitConjElement(StatsParser.ConjElementContext ctx) {
        return marker(ctx);
    }

    @Override
    public Object visitClauseEndElement(StatsParser.ClauseEndElementContext ctx) {
        return marker(ctx);
    }

    @Override
    public Object visitOpenQuoteElement(StatsParser.OpenQuoteElementContext ctx) {
        return marker(ctx);
    }

    @Override
    public Object visitCloseQuoteElement(StatsParser.CloseQuoteElementContext ctx) {
        return marker(ctx);
    }

    /** Text lies between the nodes and needs none of its own. */
    @Override
    public Object visitTextElement(StatsParser.TextElementContext ctx) {
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Shapes that are not statistics

    /** 每万人口: the quantity after 每 is the denominator of a rate. */
    @Override
    public NotStatistic visitRateDenominator(StatsParser.RateDenominatorContext ctx) {
        return new NotStatistic(NotStatistic.Kind.RATE_DENOMINATOR, start(ctx), end(ctx),
                visitQuantity(ctx.quantity()));
    }

    /** 凌晨3点, 晚上8时, 10:41: the hours of a clock hold no quantity, as 点 and 时 are no units there. */
    @Override
    public NotStatistic visitClockTime(StatsParser.ClockTimeContext ctx) {
        return new NotStatistic(NotStatistic.Kind.CLOCK_TIME, start(ctx), end(ctx), null);
    }

    /** 十四届二次会议: the count of the session within the term. */
    @Override
    public NotStatistic visitSessionName(StatsParser.SessionNameContext ctx) {
        return new NotStatistic(NotStatistic.Kind.SESSION_NAME, start(ctx), end(ctx), visitQuantity(ctx.quantity()));
    }

    /** 四次会议: a session counted in its name. */
    @Override
    public NotStatistic.Kind visitMeetingAfter(StatsParser.MeetingAfterContext ctx) {
        return NotStatistic.Kind.SESSION_NAME;
    }

    /** 3点钟, 3点半: the hour of a clock. */
    @Override
    public NotStatistic.Kind visitOClockAfter(StatsParser.OClockAfterContext ctx) {
        return NotStatistic.Kind.CLOCK_TIME;
    }

    /** 第十四届, 第4个. */
    @Override
    public NotStatistic visitOrdinalNumber(StatsParser.OrdinalNumberContext ctx) {
        return new NotStatistic(NotStatistic.Kind.ORDINAL, start(ctx), end(ctx), null);
    }

    private static final BigDecimal LONGEST_STREAK = BigDecimal.valueOf(10_000);

    /** 连续7个月; a count that is no whole number of months, or an absurd one, makes no node. */
    @Override
    public Object visitStreak(StatsParser.StreakContext ctx) {
        BigDecimal count = (BigDecimal) visit(ctx.numeral());
        int n = count.signum() > 0 && count.scale() <= 0 && count.compareTo(LONGEST_STREAK) < 0
                ? count.intValue() : 0;
        return n > 0 ? new StreakPhrase(start(ctx), end(ctx), n, ctx.timeWord.getText()) : null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Quantities

    /**
     * {@code approxBefore? MONEY_UNIT? negative? measure approxAfter? (rangeSep approxBefore? measure
     * approxAfter?)?}, read in one walk over the children.
     */
    @Override
    public QuantityPhrase visitQuantity(StatsParser.QuantityContext q) {
        StatsParser.MeasureContext lowMeasure = null;
        StatsParser.MeasureContext highMeasure = null;
        StatsParser.ApproxBeforeContext firstApproxBefore = null;
        StatsParser.ApproxAfterContext lastApproxAfter = null;
        Token money = null;
        boolean negative = false;
        for (int i = 0; i < q.getChildCount(); i++) {
            ParseTree child = q.getChild(i);
            if (child instanceof StatsParser.MeasureContext m) {
                if (lowMeasure == null) {
                    lowMeasure = m;
                } else {
                    highMeasure = m;
                }
            } else if (child instanceof StatsParser.ApproxBeforeContext before) {
                if (firstApproxBefore == null) {
                    firstApproxBefore = before;
                }
            } else if (child instanceof StatsParser.ApproxAfterContext after) {
                lastApproxAfter = after;
            } else if (child instanceof StatsParser.NegativeContext) {
                negative = true;
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.MONEY_UNIT) {
                money = t.getSymbol();
            }
        }
        int start = start(q);
        int end = end(q);
        QuantityPhrase low = (QuantityPhrase) visit(lowMeasure);
        QuantityPhrase high = highMeasure != null ? (QuantityPhrase) visit(highMeasure) : null;
        if (high != null && !compatible(low, high)) {
            high = null; // 上升10.9%至44,480宗: not a range but an amount and the level reached (see reached())
        }
        // A word after the number overrides one before it, and of two words after (a range) the last counts.
        ParserRuleContext approxWord = lastApproxAfter != null ? lastApproxAfter : firstApproxBefore;
        Approximation approx = approxWord != null ? (Approximation) visit(approxWord) : Approximation.EXACT;
        if (low.approx() != Approximation.EXACT && approx == Approximation.EXACT) {
            approx = low.approx();
        }
        if (high == null && money == null && !negative && approx == low.approx()) {
            return low.withSpan(start, end); // one measure and no words that change it, as most quantities are
        }
        QuantityPhrase unitSource = high != null && high.unit() != null ? high : low;
        Unit unit = unitSource.unit();
        int unitStart = unitSource.unitStart();
        if (money != null) {
            Unit currency = Currencies.unitFor(money.getText(), unit);
            if (currency != unit) {
                unit = currency;
                unitStart = -1;
            }
        }
        BigDecimal value = negative ? low.value().negate() : low.value();
        return new QuantityPhrase(start, end, value, high == null ? null : high.value(), unit, unitStart,
                unitSource.unitEnd(), approx, unitSource.time(),
                low.scaled() || (high != null && high.scaled()) || money != null,
                high == null && low.loneOne());
    }

    private static boolean compatible(QuantityPhrase low, QuantityPhrase high) {
        return low.unit() == null || high.unit() == null || low.unit().text().equals(high.unit().text());
    }

    /**
     * 上升10.9%至44,480宗: after a change's amount, 至 names the level reached, in another unit. Then the amount's
     * quantity is a range whose two measures {@link #visitQuantity} found incompatible, and read as the low one
     * alone.
     *
     * @param amounts the change's amounts, of which {@code amount} is the one quantity, as read
     * @return the level, or null when the quantity is not written that way
     */
    private QuantityPhrase reached(StatsParser.ChangeAmountsContext amounts, QuantityPhrase amount) {
        if (amount.high() != null) {
            return null; // a range of compatible measures: no level
        }
        StatsParser.QuantityContext q = (StatsParser.QuantityContext) amounts.getChild(0);
        if (q.getChildCount() < 3) {
            return null; // one measure, perhaps with a word: no range (a range has a separator and two measures)
        }
        int separator = indexOfChild(q, StatsParser.RangeSepContext.class, 0);
        if (separator < 0 || visit(q.getChild(separator)) != Boolean.TRUE) {
            return null; // no range, or one written with a dash: no level
        }
        StatsParser.MeasureContext highMeasure = child(q, StatsParser.MeasureContext.class, separator + 1);
        if (highMeasure == null) {
            return null;
        }
        QuantityPhrase low = (QuantityPhrase) visit(child(q, StatsParser.MeasureContext.class, 0));
        QuantityPhrase high = (QuantityPhrase) visit(highMeasure);
        if (compatible(low, high)) {
            return null;
        }
        return new QuantityPhrase(start(highMeasure), end(q), high.value(), null, high.unit(), high.unitStart(),
                high.unitEnd(), Approximation.EXACT, high.time(), high.scaled(), false);
    }

    /** The first child of {@code ctx} of {@code type} from child {@code from} on, or null. */
    private static <T extends ParseTree> T child(ParserRuleContext ctx, Class<T> type, int from) {
        int i = indexOfChild(ctx, type, from);
        return i < 0 ? null : type.cast(ctx.getChild(i));
    }

    private static int indexOfChild(ParserRuleContext ctx, Class<? extends ParseTree> type, int from) {
        for (int i = from; i < ctx.getChildCount(); i++) {
            if (type.isInstance(ctx.getChild(i))) {
                return i;
            }
        }
        return -1;
    }

    // Each measure is read as a quantity of its own over its own span, with the approximation written inside it
    // (300多万, 300万多吨); the quantity around it applies its words and takes its span.

    /** {@code numeral approxAfter? unit}, read in one walk over the children. */
    @Override
    public QuantityPhrase visitUnitMeasure(StatsParser.UnitMeasureContext m) {
        StatsParser.NumeralContext n = null;
        StatsParser.ApproxAfterContext innerAfter = null;
        StatsParser.UnitContext unit = null;
        for (int i = 0; i < m.getChildCount(); i++) {
            ParseTree child = m.getChild(i);
            if (child instanceof StatsParser.NumeralContext numeral) {
                n = numeral;
            } else if (child instanceof StatsParser.ApproxAfterContext inner) {
                innerAfter = inner;
            } else if (child instanceof StatsParser.UnitContext u) {
                unit = u;
            }
        }
        Approximation inner = innerAfter != null ? (Approximation) visit(innerAfter) : innerApprox(n);
        Token unitToken = unit.getStart();
        int unitStart = unitToken.getStartIndex();
        int unitEnd = unitToken.getStopIndex() + 1;
        boolean time = visit(unit) == Boolean.TRUE;
        Unit read = units.of(text, unitStart, unitEnd);
        if (time && read.kind() == UnitKind.OTHER) {
            read = new Unit(read.text(), UnitKind.TIME); // a calendar word of the grammar's own: 年初, 月初
        }
        return new QuantityPhrase(start(m), end(m), (BigDecimal) visit(n), null, read,
                start(unitToken), end(unitToken), inner, time,
                NumeralReader.hasMagnitude(n), NumeralReader.isLoneOne(n, text));
    }

    @Override
    public QuantityPhrase visitBareMeasure(StatsParser.BareMeasureContext m) {
        StatsParser.NumeralContext n = m.numeral();
        return new QuantityPhrase(start(m), end(m), (BigDecimal) visit(n), null, null, -1, -1, innerApprox(n),
                false, NumeralReader.hasMagnitude(n), NumeralReader.isLoneOne(n, text));
    }

    /** 七成, 六成五: tenths (and hundredths) as a percent. */
    @Override
    public QuantityPhrase visitTenthMeasure(StatsParser.TenthMeasureContext t) {
        StatsParser.NumeralContext after = child(t, StatsParser.NumeralContext.class, 2);
        BigDecimal hundredths = after != null ? (BigDecimal) visit(after) : null;
        return fixed(t, Numerals.tenthsToPercent((BigDecimal) visit(t.getChild(0)), hundredths), Unit.PERCENT);
    }

    @Override
    public QuantityPhrase visitPercentMeasure(StatsParser.PercentMeasureContext m) {
        return fixed(m, (BigDecimal) visit(m.numeral()), Unit.PERCENT);
    }

    /** 百分之五. */
    @Override
    public QuantityPhrase visitPercentOfMeasure(StatsParser.PercentOfMeasureContext m) {
        return fixed(m, (BigDecimal) visit(m.numeral()), Unit.PERCENT);
    }

    @Override
    public QuantityPhrase visitPermilleMeasure(StatsParser.PermilleMeasureContext m) {
        return fixed(m, (BigDecimal) visit(m.numeral()), Unit.PER_MILLE);
    }

    /** 千分之三. */
    @Override
    public QuantityPhrase visitPermilleOfMeasure(StatsParser.PermilleOfMeasureContext m) {
        return fixed(m, (BigDecimal) visit(m.numeral()), Unit.PER_MILLE);
    }

    /** 2个百分点. */
    @Override
    public QuantityPhrase visitPointMeasure(StatsParser.PointMeasureContext m) {
        return fixed(m, (BigDecimal) visit(m.numeral()), Unit.PERCENTAGE_POINT);
    }

    /** 3倍. */
    @Override
    public QuantityPhrase visitTimesMeasure(StatsParser.TimesMeasureContext m) {
        return fixed(m, (BigDecimal) visit(m.numeral()), Unit.TIMES);
    }

    /** A numeral and a sign or word that is its unit, which the grammar knows: no unit is written to point at. */
    private QuantityPhrase fixed(ParserRuleContext m, BigDecimal value, Unit unit) {
        return new QuantityPhrase(start(m), end(m), value, null, unit, -1, -1, Approximation.EXACT, false, true,
                false);
    }

    /** A counter from the lexicon (起, 人次): a measurement's unit. The answer is whether the unit makes a period. */
    @Override
    public Boolean visitCountUnit(StatsParser.CountUnitContext ctx) {
        return Boolean.FALSE;
    }

    /** A money unit (元, 美元). */
    @Override
    public Boolean visitMoneyUnit(StatsParser.MoneyUnitContext ctx) {
        return Boolean.FALSE;
    }

    /** 年, 个月: a calendar or duration unit, which makes the phrase a period, not a measurement. */
    @Override
    public Boolean visitTimeUnit(StatsParser.TimeUnitContext ctx) {
        return Boolean.TRUE;
    }

    /** 至 between two figures: a range, or the level a change reached. The answer is whether it may be the latter. */
    @Override
    public Boolean visitToSep(StatsParser.ToSepContext ctx) {
        return Boolean.TRUE;
    }

    /** A dash between two figures: a range only. */
    @Override
    public Boolean visitDashSep(StatsParser.DashSepContext ctx) {
        return Boolean.FALSE;
    }

    /** A hyphen between two figures: a range only. */
    @Override
    public Boolean visitHyphenSep(StatsParser.HyphenSepContext ctx) {
        return Boolean.FALSE;
    }

    @Override
    public BigDecimal visitArabicNumeral(StatsParser.ArabicNumeralContext ctx) {
        return numerals.arabic(ctx, text);
    }

    @Override
    public BigDecimal visitGroupedNumeral(StatsParser.GroupedNumeralContext ctx) {
        return numerals.grouped(ctx);
    }

    @Override
    public BigDecimal visitChineseNumeral(StatsParser.ChineseNumeralContext ctx) {
        return numerals.chinese(ctx, text);
    }

    /** 300多万: the approximation written between the number and its magnitude, or EXACT. */
    private Approximation innerApprox(StatsParser.NumeralContext n) {
        if (n instanceof StatsParser.ArabicNumeralContext) {
            for (int i = 1; i < n.getChildCount(); i++) {
                if (n.getChild(i) instanceof StatsParser.ApproxAfterContext inner) {
                    return (Approximation) visit(inner);
                }
            }
        }
        return Approximation.EXACT;
    }

    /** {@code approxWord REACH?}: 约为91亿元 means what 约 means. */
    @Override
    public Approximation visitApproxBefore(StatsParser.ApproxBeforeContext ctx) {
        return (Approximation) visit(ctx.approxWord());
    }

    /** 近, 将近, 接近. */
    @Override
    public Approximation visitNearly(StatsParser.NearlyContext ctx) {
        return Approximation.NEARLY;
    }

    /** 约, 大约. */
    @Override
    public Approximation visitAbout(StatsParser.AboutContext ctx) {
        return Approximation.ABOUT;
    }

    /** 超, 超过, 逾. */
    @Override
    public Approximation visitMoreThan(StatsParser.MoreThanContext ctx) {
        return Approximation.MORE_THAN;
    }

    /** 突破, 跨越, 迈上: a mark passed is a value exceeded. */
    @Override
    public Approximation visitBeyond(StatsParser.BeyondContext ctx) {
        return Approximation.MORE_THAN;
    }

    /** 不足, 不到. */
    @Override
    public Approximation visitLessThan(StatsParser.LessThanContext ctx) {
        return Approximation.LESS_THAN;
    }

    /** 至少, 不少于, 不低于. */
    @Override
    public Approximation visitAtLeast(StatsParser.AtLeastContext ctx) {
        return Approximation.AT_LEAST;
    }

    /** 至多, 不超过, 最多. */
    @Override
    public Approximation visitAtMost(StatsParser.AtMostContext ctx) {
        return Approximation.AT_MOST;
    }

    /** 余, 有余, 以上. */
    @Override
    public Approximation visitOverAfter(StatsParser.OverAfterContext ctx) {
        return Approximation.MORE_THAN;
    }

    /** 多: 4300多条, 300多万. */
    @Override
    public Approximation visitMoreAfter(StatsParser.MoreAfterContext ctx) {
        return Approximation.MORE_THAN;
    }

    /** 左右, 上下, 许. */
    @Override
    public Approximation visitAboutAfter(StatsParser.AboutAfterContext ctx) {
        return Approximation.ABOUT;
    }

    /** 以下. */
    @Override
    public Approximation visitUnderAfter(StatsParser.UnderAfterContext ctx) {
        return Approximation.LESS_THAN;
    }

    /** 以内, 之内. */
    @Override
    public Approximation visitWithinAfter(StatsParser.WithinAfterContext ctx) {
        return Approximation.AT_MOST;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Changes

    /**
     * {@code changeLeads? direction PERFECTIVE? RESPECTIVELY? changeAmounts?}, the most frequent change: its parts
     * found in one walk over the children.
     */
    @Override
    public ChangePhrase visitDirectedChange(StatsParser.DirectedChangeContext d) {
        StatsParser.ChangeLeadsContext leads = null;
        StatsParser.DirectionContext directionWord = null;
        StatsParser.ChangeAmountsContext amountsContext = null;
        boolean respectively = false;
        for (int i = 0; i < d.getChildCount(); i++) {
            ParseTree child = d.getChild(i);
            if (child instanceof StatsParser.ChangeLeadsContext l) {
                leads = l;
            } else if (child instanceof StatsParser.DirectionContext word) {
                directionWord = word;
            } else if (child instanceof StatsParser.ChangeAmountsContext a) {
                amountsContext = a;
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.RESPECTIVELY) {
                respectively = true;
            }
        }
        Lead lead = lead(leads);
        Direction direction = (Direction) visit(directionWord);
        List<QuantityPhrase> amounts = amounts(amountsContext);
        QuantityPhrase reached = amounts.size() != 1 ? null : reached(amountsContext, amounts.get(0));
        return new ChangePhrase(start(d), end(d), lead.basis(), direction, amounts,
                lead.respectively() || respectively, lead.qualified() || direction == Direction.FLAT,
                false, -1, -1, -1, -1, reached, false);
    }

    @Override
    public ChangePhrase visitRateChange(StatsParser.RateChangeContext r) {
        Lead lead = lead(r.changeLeads());
        ChangeBasis basis = r.MONTHLY_AVG() != null && lead.basis() == ChangeBasis.UNSPECIFIED
                ? ChangeBasis.PERIOD_ON_PERIOD : lead.basis();
        StatsParser.RateWordContext rateWord = r.rateWord();
        return new ChangePhrase(start(r), end(r), basis, (Direction) visit(rateWord),
                amounts(r.changeAmounts()), lead.respectively() || r.RESPECTIVELY() != null, true, false,
                -1, -1, start(rateWord), end(rateWord), null, false);
    }

    /**
     * 增幅回落2个百分点, 降幅收窄0.3个百分点, 增速比上月加快0.5个百分点: a movement of the rate itself, so the rate's
     * name is part of what is measured and the direction is the verb's, whichever way the rate points.
     */
    @Override
    public ChangePhrase visitRateMovementChange(StatsParser.RateMovementChangeContext r) {
        Lead lead = lead(r.changeLeads());
        StatsParser.RateWordContext rateWord = r.rateWord();
        return new ChangePhrase(start(r), end(r), lead.basis(), (Direction) visit(r.direction()),
                amounts(r.changeAmounts()), lead.respectively() || r.RESPECTIVELY() != null, true, false,
                -1, -1, start(rateWord), end(rateWord), null, true);
    }

    @Override
    public ChangePhrase visitDoublingChange(StatsParser.DoublingChangeContext d) {
        Lead lead = lead(d.changeLeads());
        int end = end(d);
        QuantityPhrase times = new QuantityPhrase(start(d), end, doublingTimes(d.DOUBLING().getText()),
                null, Unit.TIMES, -1, -1, Approximation.EXACT, false, true, false);
        return new ChangePhrase(start(d), end, lead.basis(), Direction.UP, List.of(times),
                lead.respectively(), true, false, -1, -1, -1, -1, null, false);
    }

    @Override
    public ChangePhrase visitReferenceChange(StatsParser.ReferenceChangeContext r) {
        return new ChangePhrase(start(r), end(r), ChangeBasis.REFERENCE, (Direction) visit(r.refVerb()),
                amounts(r.changeAmounts()), r.RESPECTIVELY() != null, true, false,
                start(r.refWords()), end(r.refWords()), -1, -1, null, false);
    }

    @Override
    public ChangePhrase visitComparedChange(StatsParser.ComparedChangeContext r) {
        return new ChangePhrase(start(r), end(r), ChangeBasis.REFERENCE, (Direction) visit(r.comparedDirection()),
                amounts(r.changeAmounts()), false, true, false,
                start(r.compareWords()), end(r.compareWords()), -1, -1, null, false);
    }

    /** 比上年多12万人: a comparison with the previous year or period by 多 or 少. */
    @Override
    public ChangePhrase visitMoreOrLessChange(StatsParser.MoreOrLessChangeContext m) {
        return new ChangePhrase(start(m), end(m), (ChangeBasis) visit(m.basis()),
                (Direction) visit(m.moreOrLess()), amounts(m.changeAmounts()), false,
                true, false, -1, -1, -1, -1, null, false);
    }

    /** 年增5.3%, 月减2%: Taiwan's one-word basis and direction, which the word's label gives. */
    @Override
    public ChangePhrase visitCombinedChange(StatsParser.CombinedChangeContext m) {
        return (ChangePhrase) visit(m.combinedWord());
    }

    @Override
    public ChangePhrase visitYearRise(StatsParser.YearRiseContext ctx) {
        return combined(ctx, ChangeBasis.YEAR_ON_YEAR, Direction.UP);
    }

    @Override
    public ChangePhrase visitYearFall(StatsParser.YearFallContext ctx) {
        return combined(ctx, ChangeBasis.YEAR_ON_YEAR, Direction.DOWN);
    }

    @Override
    public ChangePhrase visitPeriodRise(StatsParser.PeriodRiseContext ctx) {
        return combined(ctx, ChangeBasis.PERIOD_ON_PERIOD, Direction.UP);
    }

    @Override
    public ChangePhrase visitPeriodFall(StatsParser.PeriodFallContext ctx) {
        return combined(ctx, ChangeBasis.PERIOD_ON_PERIOD, Direction.DOWN);
    }

    /** The change of which {@code word} is the combined word. */
    private ChangePhrase combined(StatsParser.CombinedWordContext word, ChangeBasis basis, Direction direction) {
        StatsParser.CombinedChangeContext m = (StatsParser.CombinedChangeContext) word.getParent();
        return new ChangePhrase(start(m), end(m), basis, direction, amounts(m.changeAmounts()), false, true, false,
                -1, -1, -1, -1, null, false);
    }

    /** +22宗, (-47.2%): the sign is the direction. */
    @Override
    public ChangePhrase visitSignedChange(StatsParser.SignedChangeContext s) {
        StatsParser.SignedAmountContext signed = s.signedAmount();
        Direction direction = (Direction) visit(signed);
        return new ChangePhrase(start(s), end(s), (ChangeBasis) visit(s.basis()), direction,
                List.of(visitQuantity((StatsParser.QuantityContext) signed.getChild(1))), s.RESPECTIVELY() != null,
                true, false, -1, -1, -1, -1, null, false);
    }

    @Override
    public Direction visitPlusAmount(StatsParser.PlusAmountContext ctx) {
        return Direction.UP;
    }

    @Override
    public Direction visitMinusAmount(StatsParser.MinusAmountContext ctx) {
        return Direction.DOWN;
    }

    /** 提高到76.58%: the amounts are the levels reached. */
    @Override
    public ChangePhrase visitLevelChange(StatsParser.LevelChangeContext l) {
        Lead lead = lead(l.changeLeads());
        return new ChangePhrase(start(l), end(l), lead.basis(), (Direction) visit(l.levelVerb()),
                amounts(l.changeAmounts()), lead.respectively() || l.RESPECTIVELY() != null, true, true, -1,
                -1, -1, -1, null, false);
    }

    private Lead lead(StatsParser.ChangeLeadsContext leads) {
        return leads == null ? Lead.NONE : (Lead) visit(leads);
    }

    /** {@code changeLead (changeLead | RESPECTIVELY)*}, read in one walk over the children. */
    @Override
    public Lead visitChangeLeads(StatsParser.ChangeLeadsContext leads) {
        ChangeBasis basis = ChangeBasis.UNSPECIFIED;
        boolean adverb = false;
        boolean respectively = false;
        for (int i = 0; i < leads.getChildCount(); i++) {
            ParseTree child = leads.getChild(i);
            if (child instanceof StatsParser.ChangeLeadContext word) {
                Lead lead = (Lead) visit(word);
                if (lead.basis() != ChangeBasis.UNSPECIFIED) {
                    basis = lead.basis(); // of two, the last counts
                }
                adverb |= lead.adverb();
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.RESPECTIVELY) {
                respectively = true;
            }
        }
        return Lead.of(basis, respectively, adverb);
    }

    /** 同比, 环比. */
    @Override
    public Lead visitBasisLead(StatsParser.BasisLeadContext ctx) {
        return Lead.of((ChangeBasis) visit(ctx.basis()), false, false);
    }

    /** 大幅, 持续, 累计: a bare direction after one is a statement about a measured quantity (人员大幅减少). */
    @Override
    public Lead visitMeasuredLead(StatsParser.MeasuredLeadContext ctx) {
        return Lead.of(ChangeBasis.UNSPECIFIED, false, true);
    }

    /** 不断, 进一步, 明显: policy language, which reports progress (不断提升), not a statistic. */
    @Override
    public Lead visitPolicyLead(StatsParser.PolicyLeadContext ctx) {
        return Lead.NONE;
    }

    /** 年均: a yearly average, which qualifies as a measured adverb does. */
    @Override
    public Lead visitYearlyAverageLead(StatsParser.YearlyAverageLeadContext ctx) {
        return Lead.of(ChangeBasis.UNSPECIFIED, false, true);
    }

    @Override
    public ChangeBasis visitYearOnYear(StatsParser.YearOnYearContext ctx) {
        return ChangeBasis.YEAR_ON_YEAR;
    }

    @Override
    public ChangeBasis visitPeriodOnPeriod(StatsParser.PeriodOnPeriodContext ctx) {
        return ChangeBasis.PERIOD_ON_PERIOD;
    }

    @Override
    public Direction visitUp(StatsParser.UpContext ctx) {
        return Direction.UP;
    }

    @Override
    public Direction visitDown(StatsParser.DownContext ctx) {
        return Direction.DOWN;
    }

    @Override
    public Direction visitFlat(StatsParser.FlatContext ctx) {
        return Direction.FLAT;
    }

    @Override
    public Object visitComparedVerb(StatsParser.ComparedVerbContext ctx) {
        return visit(ctx.direction());
    }

    @Override
    public Object visitComparedMoreOrLess(StatsParser.ComparedMoreOrLessContext ctx) {
        return visit(ctx.moreOrLess());
    }

    /** 比上年多. */
    @Override
    public Direction visitMore(StatsParser.MoreContext ctx) {
        return Direction.UP;
    }

    /** 比上年少. */
    @Override
    public Direction visitLess(StatsParser.LessContext ctx) {
        return Direction.DOWN;
    }

    /** 增速, 增幅, 涨幅. */
    @Override
    public Direction visitRisingRate(StatsParser.RisingRateContext ctx) {
        return Direction.UP;
    }

    /** 降幅, 跌幅. */
    @Override
    public Direction visitFallingRate(StatsParser.FallingRateContext ctx) {
        return Direction.DOWN;
    }

    /** 高于, 快于: above the reference. */
    @Override
    public Direction visitRefAbove(StatsParser.RefAboveContext ctx) {
        return Direction.UP;
    }

    /** 低于, 慢于: below the reference. */
    @Override
    public Direction visitRefBelow(StatsParser.RefBelowContext ctx) {
        return Direction.DOWN;
    }

    /** 提高到: the level after a rise. */
    @Override
    public Direction visitRisesTo(StatsParser.RisesToContext ctx) {
        return Direction.UP;
    }

    /** 降至: the level after a fall. */
    @Override
    public Direction visitFallsTo(StatsParser.FallsToContext ctx) {
        return Direction.DOWN;
    }

    /** {@code quantity ((LIST_SEP | CONJ) quantity)*}: every quantity, in text order; none for no amounts. */
    private List<QuantityPhrase> amounts(StatsParser.ChangeAmountsContext amounts) {
        return amounts == null ? List.of() : visitChangeAmounts(amounts);
    }

    @Override
    public List<QuantityPhrase> visitChangeAmounts(StatsParser.ChangeAmountsContext amounts) {
        if (amounts.getChildCount() == 1) {
            return List.of(visitQuantity((StatsParser.QuantityContext) amounts.getChild(0))); // most have one
        }
        List<QuantityPhrase> out = new ArrayList<>((amounts.getChildCount() + 1) / 2);
        for (int i = 0; i < amounts.getChildCount(); i++) {
            if (amounts.getChild(i) instanceof StatsParser.QuantityContext q) {
                out.add(visitQuantity(q));
            }
        }
        return out;
    }

    /** 翻一番 doubles (up one times), 翻两番 quadruples (up three times), 倍增 doubles. */
    private static BigDecimal doublingTimes(String word) {
        if (word.equals("倍增") || word.equals("翻番")) {
            return BigDecimal.ONE;
        }
        String count = word.replaceAll("[翻了番]", "");
        int doublings = count.isEmpty() ? 1 : Numerals.parseChinese(count).intValueExact();
        if (doublings < 1 || doublings > 10) {
            throw new NumberFormatException("doublings out of range: " + word);
        }
        return BigDecimal.valueOf((1L << doublings) - 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Periods: each alternative of the grammar's period rule names its kind

    @Override
    public Period.Kind visitUpToNow(StatsParser.UpToNowContext ctx) {
        return Period.Kind.UP_TO;
    }

    @Override
    public Period.Kind visitUpToPoint(StatsParser.UpToPointContext ctx) {
        return Period.Kind.UP_TO;
    }

    @Override
    public Period.Kind visitUpToDay(StatsParser.UpToDayContext ctx) {
        return Period.Kind.UP_TO;
    }

    @Override
    public Period.Kind visitSince(StatsParser.SinceContext ctx) {
        return Period.Kind.SINCE;
    }

    /** 至今 alone: until now, from a start the text leaves to the reader. A lone 以来 is no period. */
    @Override
    public Period.Kind visitToDate(StatsParser.ToDateContext ctx) {
        return Period.Kind.SINCE;
    }

    @Override
    public Period.Kind visitYearsSince(StatsParser.YearsSinceContext ctx) {
        return Period.Kind.DURATION;
    }

    @Override
    public Period.Kind visitFirstMonths(StatsParser.FirstMonthsContext ctx) {
        return Period.Kind.UP_TO;
    }

    @Override
    public Period.Kind visitMonthsOfYear(StatsParser.MonthsOfYearContext ctx) {
        return ctx.sinceEnd() != null ? Period.Kind.SINCE : Period.Kind.MONTHS;
    }

    @Override
    public Period.Kind visitStreakPeriod(StatsParser.StreakPeriodContext ctx) {
        return Period.Kind.DURATION;
    }

    @Override
    public Period.Kind visitRecentYears(StatsParser.RecentYearsContext ctx) {
        return Period.Kind.DURATION;
    }

    @Override
    public Period.Kind visitWholeYear(StatsParser.WholeYearContext ctx) {
        return Period.Kind.YEAR;
    }

    @Override
    public Period.Kind visitPartOfYear(StatsParser.PartOfYearContext ctx) {
        return Period.Kind.YEAR;
    }

    /** 上周, 本周, 昨日: a week or a day named relative to the text's date, which no other kind names. */
    @Override
    public Period.Kind visitNamedDays(StatsParser.NamedDaysContext ctx) {
        return Period.Kind.OTHER;
    }

    /** “十四五”时期: a named time in double quotes of at most eight characters; other quotes name no period. */
    @Override
    public Period.Kind visitEra(StatsParser.EraContext ctx) {
        Token open = ctx.getStart();
        Token close = ((TerminalNode) ctx.getChild(ctx.getChildCount() - 2)).getSymbol(); // before 时期
        int inside = close.getStartIndex() - open.getStopIndex() - 1;
        boolean named = text.charAt(open.getStartIndex()) == '“' && text.charAt(close.getStartIndex()) == '”'
                && inside <= MAX_ERA_NAME;
        return named ? Period.Kind.OTHER : null;
    }

    /** The longest name in quotes that a period ({@code “十四五”时期}) is read from. */
    private static final int MAX_ERA_NAME = 8;
}
