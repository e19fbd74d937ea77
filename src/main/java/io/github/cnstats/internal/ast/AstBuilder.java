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
import io.github.cnstats.internal.ast.Node.Frame;
import io.github.cnstats.internal.ast.Node.SectionHeader;
import io.github.cnstats.internal.ast.Node.Marker;
import io.github.cnstats.internal.ast.Node.NotStatistic;
import io.github.cnstats.internal.ast.Node.PeriodPhrase;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;
import io.github.cnstats.internal.ast.Node.StreakPhrase;
import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.grammar.StatsParserBaseVisitor;
import io.github.cnstats.internal.numeral.NumeralShortcuts;
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
        List<Node> out = new ArrayList<>(sentence.size()); // at most a node for each element: never grown
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
     * The gaps between the nodes of the sentence last {@linkplain #build built}, in text order: with the nodes,
     * every character of the sentence is in exactly one of them.
     *
     * @param nodes the nodes {@link #build} gave for the sentence
     * @return a text for each stretch of the sentence that no node holds
     */
    public List<Node.Text> texts(List<Node> nodes) {
        List<Node.Text> out = new ArrayList<>(nodes.size() + 1);
        int at = 0; // in the sentence's own text
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            int start = node.start() - offset;
            if (start > at) {
                out.add(textOf(at, start));
            }
            at = Math.max(at, Math.min(text.length(), node.end() - offset));
        }
        if (at < text.length()) {
            out.add(textOf(at, text.length()));
        }
        return out;
    }

    /**
     * @return the words of the whole sentence last {@linkplain #build built}: its gaps and the words of its nodes,
     *         for what is read across a node (a region from the sentence's start, a subject with a number inside
     *         a word, 零售)
     */
    public Node.Text sentence() {
        return new Node.Text(offset, offset + text.length(), text);
    }

    private Node.Text textOf(int start, int end) {
        return new Node.Text(start + offset, end + offset, text.substring(start, end));
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
                out.add(new ComparedPeriod(from + offset, sentence.period(i).getStart().getStartIndex() + offset,
                        sentence.period(i).getStop().getStopIndex() + 1 + offset));
            }
        }
        return out == null ? List.of() : out;
    }

    /** The longest reference a frame holds: a longer stretch between 与 and 相比 is prose, not a reference. */
    private static final int MAX_REFERENCE = 12;

    /**
     * @param sentence what the grammar read in the sentence
     * @param offset   where the sentence's text starts in the normalised document
     * @return the comparison frames of the sentence in text order, each with the basis or the reference it names
     */
    public List<Frame> frames(ParsedSentence sentence, int offset) {
        if (sentence.frameCount() == 0) {
            return List.of();
        }
        this.offset = offset;
        List<Frame> out = new ArrayList<>(sentence.frameCount());
        for (int i = 0; i < sentence.frameCount(); i++) {
            if (sentence.frame(i) instanceof StatsParser.FrameContext frame && visit(frame) instanceof Frame node) {
                out.add(node);
            }
        }
        return out;
    }

    /**
     * @param sentence what the grammar read in the sentence
     * @param offset   where the sentence's text starts in the normalised document
     * @return the section headers of the sentence in text order (分地区看, 按消费类型分)
     */
    public List<SectionHeader> headers(ParsedSentence sentence, int offset) {
        List<SectionHeader> out = null;
        this.offset = offset;
        for (int i = 0; i < sentence.frameCount(); i++) {
            if (sentence.frame(i) instanceof StatsParser.HeaderContext header
                    && visit(header) instanceof SectionHeader node) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(node);
            }
        }
        return out == null ? List.of() : out;
    }

    /** The most words a header holds between its first word and its last: a longer clause is prose. */
    private static final int MAX_HEADER_WORDS = 10;

    /** 分季度看, 从行业来看, 按消费类型分: what the header names stands between its first word and 看, 来看 or 分. */
    @Override
    public SectionHeader visitSectionHeader(StatsParser.SectionHeaderContext ctx) {
        int last = ctx.getChildCount() - 1;
        if (last >= 2 && ctx.getChild(last - 1) instanceof TerminalNode come
                && come.getSymbol().getType() == StatsParser.COME) {
            last--; // 来看: the 来 closes the header with 看
        }
        int words = start(((TerminalNode) ctx.getChild(last)).getSymbol()) - end(ctx.getStart());
        return words >= 1 && words <= MAX_HEADER_WORDS ? new SectionHeader(start(ctx), end(ctx)) : null;
    }

    /** 从环比看, 从同比来看: the basis named alone. */
    @Override
    public Frame visitNamedFrame(StatsParser.NamedFrameContext ctx) {
        return new Frame(start(ctx), end(ctx), (ChangeBasis) visit(ctx.basis()), -1, -1);
    }

    /**
     * 与去年同期相比, 与上月相比: one token, whose reference is the words between its 与 and its 相比 (each a
     * character the lexer rule writes).
     */
    @Override
    public Frame visitBasisFrame(StatsParser.BasisFrameContext ctx) {
        Token whole = ctx.getStart();
        return reference(ctx, start(whole) + 1, end(whole) - 2);
    }

    /** 与去年同期比较, 与去年同期402件相比: the reference starts after the 与 of the basis token. */
    @Override
    public Frame visitBasisComparedFrame(StatsParser.BasisComparedFrameContext ctx) {
        return reference(ctx, start(ctx.getStart()) + 1, start(ctx.COMPARED_WORD().getSymbol()));
    }

    /** 与113年度相比, 同上月比较, 跟去年比较: the reference between the two words. */
    @Override
    public Frame visitComparedFrame(StatsParser.ComparedFrameContext ctx) {
        return reference(ctx, start(ctx.frameReference()), end(ctx.frameReference()));
    }

    private Frame reference(ParserRuleContext ctx, int refStart, int refEnd) {
        return refEnd - refStart > MAX_REFERENCE ? null
                : new Frame(start(ctx), end(ctx), ChangeBasis.REFERENCE, refStart, refEnd);
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

    /**
     * A quantity; with a word after it that makes it no statistic (四次会议, 3点钟), a {@link NotStatistic}; with the
     * name of a change after it (3%至5%的升幅), that change, of which it is the amount; with a signed amount in
     * brackets after it (8823宗(-15.9%)), that change, which reached it.
     */
    @Override
    public Object visitQuantityElement(StatsParser.QuantityElementContext ctx) {
        // quantity (notStatisticAfter | rateAfter | signedAfter)?: the children read once, not by an accessor each
        StatsParser.QuantityContext q = ctx.quantity();
        ParseTree after = ctx.getChild(ctx.getChildCount() - 1); // q itself when nothing follows it
        QuantityPhrase quantity = visitQuantity(q);
        if (isWordPart(q)) {
            return new NotStatistic(NotStatistic.Kind.WORD_PART, start(ctx), end(ctx), quantity);
        }
        if (after instanceof StatsParser.SignedAfterContext signed) {
            // 暴力罪案有8823宗(-15.9%): the figure, reached by the change in the brackets
            StatsParser.SignedAmountContext amount = signed.signedAmount();
            return new ChangePhrase(start(ctx), end(ctx), ChangeBasis.UNSPECIFIED, (Direction) visit(amount),
                    List.of(visitQuantity((StatsParser.QuantityContext) amount.getChild(1))), false, true, false,
                    -1, -1, -1, -1, quantity, false);
        }
        if (after instanceof StatsParser.RateAfterContext rate) {
            return new ChangePhrase(start(ctx), end(ctx), ChangeBasis.UNSPECIFIED, (Direction) visit(rate),
                    List.of(quantity), false, true, false, -1, -1, -1, -1, null, false);
        }
        return after instanceof StatsParser.NotStatisticAfterContext word
                ? new NotStatistic((NotStatistic.Kind) visit(word), start(ctx), end(ctx), quantity) : quantity;
    }

    /** 5%的升幅, 3%的跌幅: the rate's direction. */
    @Override
    public Direction visitRateNounAfter(StatsParser.RateNounAfterContext ctx) {
        return (Direction) visit(ctx.rateWord());
    }

    /** 5.2%的增长: the verb's direction, as a noun. */
    @Override
    public Direction visitDirectionNounAfter(StatsParser.DirectionNounAfterContext ctx) {
        return (Direction) visit(ctx.direction());
    }

    /**
     * 万元户, 万人空巷, 单位:万元, 万元GDP能耗: a numeral that is only 万, 亿 or 兆 (with what follows them), with no
     * digit and no word before it, is part of a word or a heading. After an approximation word it is a number
     * (近万人, 超亿元), and so before 余 or 多 (万余人, 亿余元); 百万, 千万 and 十万 stay numbers.
     */
    private static boolean isWordPart(StatsParser.QuantityContext q) {
        if (!(q.getChild(0) instanceof StatsParser.UnitMeasureContext
                || q.getChild(0) instanceof StatsParser.BareMeasureContext)) {
            return false; // an approximation word, a currency or a sign comes first, or 万分之三
        }
        StatsParser.MeasureContext m = (StatsParser.MeasureContext) q.getChild(0);
        StatsParser.NumeralContext n = numeralOf(m);
        if (!(n instanceof StatsParser.ChineseNumeralContext)
                || m instanceof StatsParser.UnitMeasureContext u && u.approxAfter() != null
                || !q.approxAfter().isEmpty()) {
            return false; // 万余人, 亿余元: 余 or 多 after the magnitude makes it a number, as 近 before it does
        }
        for (int i = 0; i < n.getChildCount(); i++) {
            if (!(n.getChild(i) instanceof TerminalNode t) || t.getSymbol().getType() != StatsParser.MAGNITUDE) {
                return false;
            }
        }
        return NumeralShortcuts.magnitudeExponent(n.getStart().getText().charAt(0)) >= 4;
    }

    /** The numeral a measure holds: the first one, or the one after 百分之 and 千分之. */
    private static StatsParser.NumeralContext numeralOf(StatsParser.MeasureContext m) {
        for (int i = 0; i < m.getChildCount(); i++) {
            if (m.getChild(i) instanceof StatsParser.NumeralContext n) {
                return n;
            }
        }
        return null;
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

    /** 数万起, 几十亿元, 上百万人: a vague count, no value. */
    @Override
    public NotStatistic visitVagueCount(StatsParser.VagueCountContext ctx) {
        return new NotStatistic(NotStatistic.Kind.VAGUE_COUNT, start(ctx), end(ctx), null);
    }

    /** 两位数增长, 个位数: how many digits a figure has, a vague size with no value. */
    @Override
    public NotStatistic visitDigitCount(StatsParser.DigitCountContext ctx) {
        return new NotStatistic(NotStatistic.Kind.VAGUE_COUNT, start(ctx), end(ctx), null);
    }

    /** 2e5, .5, 1/2: declined with a diagnostic, never read in part. */
    @Override
    public Object visitUnreadNumber(StatsParser.UnreadNumberContext ctx) {
        throw new UnreadForm("a number in a form that is not read: " + ctx.getText());
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
        StatsParser.BasisContext basis = ctx.basis();
        return n > 0 ? new StreakPhrase(start(ctx), end(ctx), n, ctx.timeWord.getText(),
                basis == null ? null : (ChangeBasis) visit(basis)) : null;
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
            } else if (child instanceof TerminalNode t && (t.getSymbol().getType() == StatsParser.MONEY_UNIT
                    || t.getSymbol().getType() == StatsParser.CURRENCY_SIGN)) {
                money = t.getSymbol();
            }
        }
        int start = start(q);
        int end = end(q);
        if (lastApproxAfter instanceof StatsParser.MoreAfterContext more && more == q.getChild(q.getChildCount() - 1)
                && startsWord(more.getStop().getStopIndex() + 1)) {
            // 10个多功能厅, 3家多部门: 多 after a unit that begins a word (多功能, 多部门) is not "more than"
            lastApproxAfter = null;
            end = end((StatsParser.MeasureContext) q.getChild(q.getChildCount() - 2));
        }
        QuantityPhrase low = (QuantityPhrase) visit(lowMeasure);
        QuantityPhrase high = highMeasure != null ? (QuantityPhrase) visit(highMeasure) : null;
        if (high != null && !compatible(low, high)) {
            high = null; // 上升10.9%至44,480宗: not a range but an amount and the level reached (see reached())
        }
        if (high != null && highMeasure instanceof StatsParser.TenthMeasureContext
                && lowMeasure instanceof StatsParser.BareMeasureContext && low.unit() == null
                && unscaled(numeralOf(lowMeasure))) {
            // 三至五成, 3到5成: 成 is written once, after the high end, and the low end counts tenths too (30 %, not
            // 3 %); tenthsToPercent refuses a low end above ten tenths, which is then no range of tenths at all
            low = low.withValue(Numerals.tenthsToPercent(low.value(), null), true);
        } else if (high != null) {
            BigDecimal shared = sharedMagnitude(numeralOf(lowMeasure), numeralOf(highMeasure), low, high);
            if (shared != null) {
                low = low.withValue(shared, true); // 5~8万人, 3至5亿元: the magnitude is written once, for both
            }
        } else if (numeralOf(lowMeasure) instanceof StatsParser.PairNumeralContext pair) {
            high = low.withValue(pairHigh(low.value(), pair), false); // 两三千人, 一两个百分点: a range
        }
        // A word after the number overrides one before it, and of two words after (a range) the last counts.
        ParserRuleContext approxWord = lastApproxAfter != null ? lastApproxAfter : firstApproxBefore;
        Approximation approx = approxWord != null ? (Approximation) visit(approxWord) : Approximation.EXACT;
        if (low.approx() != Approximation.EXACT && approx == Approximation.EXACT) {
            approx = low.approx();
        }
        if (high == null && money == null && !negative && approx == low.approx()
                && !(low.loneOne() && firstApproxBefore != null)) { // 近一吨: 一 after 近 is a number
            return low.withSpan(start, end); // one measure and no words that change it, as most quantities are
        }
        QuantityPhrase unitSource = high != null && high.unit() != null ? high : low;
        Unit unit = unitSource.unit();
        int unitStart = unitSource.unitStart();
        if (money != null) {
            Unit currency = Currencies.unitFor(signWithCountry(money), unit);
            if (currency != unit) {
                unit = currency;
                unitStart = -1;
            }
        }
        BigDecimal value = negative ? low.value().negate() : low.value();
        return new QuantityPhrase(start, end, value, high == null ? null : high.value(), unit, unitStart,
                unitSource.unitEnd(), approx, unitSource.time(),
                low.scaled() || (high != null && high.scaled()) || money != null,
                high == null && low.loneOne() && firstApproxBefore == null && !negative); // 近一吨, 零下一℃
    }

    /**
     * A range whose magnitude is written once, after the high end (5~8万人, 3至5亿元, 二十至三十万): the low end's
     * value scaled by it, or null. The low end must have no magnitude of its own and no unit, and stay at most the
     * high end once scaled. The magnitude is the high end's run after its number (8万, 5亿, 八千), or else the 万,
     * 亿 or 兆 that end it (三十万); a lone 十 (五至二十) is part of the number.
     */
    private BigDecimal sharedMagnitude(StatsParser.NumeralContext lowNumeral, StatsParser.NumeralContext highNumeral,
                                       QuantityPhrase low, QuantityPhrase high) {
        if (low.unit() != null || lowNumeral == null || highNumeral == null || high.value().signum() <= 0
                || !unscaled(lowNumeral)) {
            return null;
        }
        String run = null;
        String bigRun = null;
        if (highNumeral instanceof StatsParser.ArabicNumeralContext a) {
            if (a.getChildCount() < 2 || !(a.getChild(1) instanceof TerminalNode)) {
                return null;
            }
            run = magnitudesFrom(a, 1);
        } else if (highNumeral instanceof StatsParser.ChineseNumeralContext c) {
            if (c.getChildCount() >= 2 && c.getChild(0) instanceof TerminalNode first
                    && first.getSymbol().getType() == StatsParser.CN_DIGITS && first.getText().length() == 1) {
                run = magnitudesFrom(c, 1);
                if ("十".equals(run)) {
                    run = null;
                }
            }
            int from = c.getChildCount();
            while (from > 0 && c.getChild(from - 1) instanceof TerminalNode t
                    && t.getSymbol().getType() == StatsParser.MAGNITUDE
                    && NumeralShortcuts.magnitudeExponent(t.getText().charAt(0)) >= 4) {
                from--;
            }
            bigRun = from > 0 && from < c.getChildCount() ? magnitudesFrom(c, from) : null;
        } else {
            return null;
        }
        for (String candidate : new String[] {run, bigRun}) {
            if (candidate == null) {
                continue;
            }
            BigDecimal scaled = Numerals.applyMagnitudes(low.value(), candidate);
            if (scaled.compareTo(high.value()) <= 0) {
                return scaled;
            }
        }
        return null;
    }

    /** The magnitudes of a numeral from child {@code from} on, or null if anything else is there. */
    private static String magnitudesFrom(ParserRuleContext n, int from) {
        StringBuilder run = new StringBuilder();
        for (int i = from; i < n.getChildCount(); i++) {
            if (!(n.getChild(i) instanceof TerminalNode t) || t.getSymbol().getType() != StatsParser.MAGNITUDE) {
                return null;
            }
            run.append(t.getText());
        }
        return run.length() == 0 ? null : run.toString();
    }

    /** A numeral with no magnitude that scales it: 5, 二十 (十 is part of the number), not 5万 or 二十万. */
    private static boolean unscaled(StatsParser.NumeralContext n) {
        if (n instanceof StatsParser.ArabicNumeralContext) {
            return n.getChildCount() == 1;
        }
        if (n instanceof StatsParser.ChineseNumeralContext) {
            for (int i = 0; i < n.getChildCount(); i++) {
                if (!(n.getChild(i) instanceof TerminalNode t) || t.getSymbol().getType() == StatsParser.CN_FRACTION
                        || t.getSymbol().getType() == StatsParser.MAGNITUDE
                        && NumeralShortcuts.magnitudeExponent(t.getText().charAt(0)) >= 4) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The high end of 两三千 and 十二三万: the low end times the high digit over the low one (2000 × 3 / 2,
     * 120000 × 13 / 12).
     */
    private BigDecimal pairHigh(BigDecimal low, StatsParser.PairNumeralContext pair) {
        BigDecimal first = NumeralReader.pairLow(pair, text);
        int secondAt = pair.CN_PAIR().getSymbol().getStartIndex() + 1;
        BigDecimal second = first.subtract(NumeralShortcuts.chineseDigit(text.charAt(secondAt - 1)))
                .add(NumeralShortcuts.chineseDigit(text.charAt(secondAt)));
        return Numerals.canonical(low.multiply(second).divide(first));
    }

    /**
     * The currency word or sign before a number, with the letters that name the country of a dollar sign
     * (HK$, NT$, US$): a dollar sign after other letters (A$, S$) is a currency the table does not name, and the
     * quantity is declined rather than read as 美元.
     */
    private String signWithCountry(Token money) {
        String sign = money.getText();
        if (!sign.equals("$")) {
            return sign;
        }
        int from = money.getStartIndex();
        while (from > 0 && (text.charAt(from - 1) >= 'A' && text.charAt(from - 1) <= 'Z'
                || text.charAt(from - 1) >= 'a' && text.charAt(from - 1) <= 'z')) {
            from--;
        }
        String country = text.substring(from, money.getStartIndex()).toUpperCase(java.util.Locale.ROOT);
        return switch (country) {
            case "" -> sign;
            case "US" -> "US$";
            case "HK" -> "HK$";
            case "NT" -> "NT$";
            default -> throw new UnreadForm("a dollar sign of a currency not named: " + country + "$");
        };
    }

    /** Whether a Han character that is no magnitude stands at {@code i} of the sentence: a word goes on there. */
    private boolean startsWord(int i) {
        return i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN
                && NumeralShortcuts.magnitudeExponent(text.charAt(i)) < 0;
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
        if (amount.high() != null ? !countWrittenTwice(low, high) : compatible(low, high)) {
            return null; // a range: 增长5%至6%, 增加2万至3万人
        }
        return new QuantityPhrase(start(highMeasure), end(q), high.value(), null, high.unit(), high.unitStart(),
                high.unitEnd(), Approximation.EXACT, high.time(), high.scaled(), false);
    }

    /**
     * 增加130宗至1380宗, 下降12亿元至98亿元: a count or a sum written with its unit on both sides of 至 after a
     * direction is the amount and the level it reached, as Hong Kong press writes them; a range of growth is written
     * in percent (增长5%至6%) or with its unit once (增加2万至3万人).
     */
    private static boolean countWrittenTwice(QuantityPhrase low, QuantityPhrase high) {
        return low.unit() != null && high.unit() != null && low.unitStart() >= 0 && high.unitStart() >= 0
                && low.unit().text().equals(high.unit().text()) && !isRelative(low.unit()) && !low.time()
                && low.value().compareTo(high.value()) < 0;
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
        boolean half = false;
        for (int i = 0; i < m.getChildCount(); i++) {
            ParseTree child = m.getChild(i);
            if (child instanceof StatsParser.NumeralContext numeral) {
                n = numeral;
            } else if (child instanceof StatsParser.ApproxAfterContext inner) {
                innerAfter = inner;
            } else if (child instanceof StatsParser.UnitContext u) {
                unit = u;
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.HALF) {
                half = true;
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
        BigDecimal value = value(n);
        if (half) {
            // 两米半, 十五斤半: a whole number of units and a half. 两个半小时 names its unit after 半, and 2.5万半
            // or 十余吨半 is no form a reader writes: those are declined, not read in part.
            if (value.scale() > 0 || inner != Approximation.EXACT || read.text().equals("个")) {
                throw new UnreadForm("a half after this number and unit is not read: " + m.getText());
            }
            value = Numerals.canonical(value.add(HALF_UNIT));
        }
        boolean loneOne = !half && NumeralReader.isLoneOne(n, text)
                && !(read.kind() == UnitKind.MONEY && read.text().length() > 1); // 一美元 is money, 一元 may be a word
        return new QuantityPhrase(start(m), end(m), value, null, read,
                start(unitToken), end(unitToken), inner, time,
                NumeralReader.hasMagnitude(n, text), loneOne);
    }

    /** 五元三角, 5元3毛: yuan and tenths of a yuan, 5.3 元. Any other currency, or a count of 角 above 9, is declined. */
    @Override
    public QuantityPhrase visitYuanJiaoMeasure(StatsParser.YuanJiaoMeasureContext m) {
        Token money = m.MONEY_UNIT().getSymbol();
        BigDecimal yuan = (BigDecimal) visit(m.numeral(0));
        BigDecimal jiao = (BigDecimal) visit(m.numeral(1));
        if (!money.getText().equals("元") || yuan.scale() > 0 || jiao.scale() > 0
                || jiao.compareTo(BigDecimal.TEN) >= 0) {
            throw new UnreadForm("an amount in yuan and jiao that is not read: " + m.getText());
        }
        int unitStart = money.getStartIndex();
        return new QuantityPhrase(start(m), end(m), Numerals.canonical(yuan.add(jiao.movePointLeft(1))), null,
                units.of(text, unitStart, unitStart + 1), start(money), end(money), Approximation.EXACT, false, true,
                false);
    }

    /**
     * 3个多月, 两个多小时, 一个余月: the counter 个 and a time unit with the approximation between them, one unit
     * (个月, 个小时) more than the number. Any other counter split so is declined.
     */
    @Override
    public QuantityPhrase visitSplitUnitMeasure(StatsParser.SplitUnitMeasureContext m) {
        Token counter = m.UNIT().getSymbol();
        StatsParser.UnitContext unit = m.unit();
        if (!counter.getText().equals("个") || visit(unit) != Boolean.TRUE) {
            throw new UnreadForm("a counter split by an approximation word is not read: " + m.getText());
        }
        String whole = counter.getText() + unit.getText();
        Unit read = units.of(whole, 0, whole.length());
        StatsParser.NumeralContext n = m.numeral();
        return new QuantityPhrase(start(m), end(m), value(n), null, read, -1, -1,
                (Approximation) visit(m.approxAfter()), true, NumeralReader.hasMagnitude(n, text), false);
    }

    /** 5个多百分点, 两个多百分点: percentage points with the counter 个 split from 百分点 by an approximation word. */
    @Override
    public QuantityPhrase visitSplitPointMeasure(StatsParser.SplitPointMeasureContext m) {
        if (!m.UNIT().getText().equals("个")) {
            throw new UnreadForm("a counter split from 百分点 is not read: " + m.getText());
        }
        return new QuantityPhrase(start(m), end(m), value(m.numeral()), null, Unit.PERCENTAGE_POINT, -1,
                -1, (Approximation) visit(m.approxAfter()), false, true, false);
    }

    @Override
    public QuantityPhrase visitBareMeasure(StatsParser.BareMeasureContext m) {
        StatsParser.NumeralContext n = m.numeral();
        return new QuantityPhrase(start(m), end(m), value(n), null, null, -1, -1, innerApprox(n),
                false, NumeralReader.hasMagnitude(n, text), NumeralReader.isLoneOne(n, text));
    }

    /** 七成, 六成五: tenths (and hundredths) as a percent. */
    @Override
    public QuantityPhrase visitTenthMeasure(StatsParser.TenthMeasureContext t) {
        StatsParser.NumeralContext after = child(t, StatsParser.NumeralContext.class, 2);
        BigDecimal hundredths = after != null ? (BigDecimal) visit(after) : t.HALF() != null ? FIVE : null;
        return fixed(t, Numerals.tenthsToPercent((BigDecimal) visit(t.getChild(0)), hundredths), Unit.PERCENT);
    }

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal HALF_UNIT = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * 五分之一 (20 %), 万分之三 (0.03 %), 四分之三: a fraction as a percent, as 成 is. A fraction with no exact
     * decimal (三分之一) is declined: any decimal written for it would be a value the text does not state.
     */
    @Override
    public QuantityPhrase visitFractionMeasure(StatsParser.FractionMeasureContext m) {
        BigDecimal denominator = (BigDecimal) visit(m.numeral(0));
        BigDecimal numerator = (BigDecimal) visit(m.numeral(1));
        if (denominator.signum() <= 0 || numerator.compareTo(denominator) > 0) {
            throw new UnreadForm("not a fraction of a whole: " + m.getText());
        }
        BigDecimal percent;
        try {
            percent = numerator.multiply(HUNDRED).divide(denominator);
        } catch (ArithmeticException noExactDecimal) {
            throw new UnreadForm("a fraction with no exact decimal is not read: " + m.getText());
        }
        return fixed(m, Numerals.canonical(percent), Unit.PERCENT);
    }

    @Override
    public QuantityPhrase visitPercentMeasure(StatsParser.PercentMeasureContext m) {
        return fixed(m, value(m.numeral()), Unit.PERCENT);
    }

    /** 百分之五. */
    @Override
    public QuantityPhrase visitPercentOfMeasure(StatsParser.PercentOfMeasureContext m) {
        return fixed(m, value(m.numeral()), Unit.PERCENT);
    }

    @Override
    public QuantityPhrase visitPermilleMeasure(StatsParser.PermilleMeasureContext m) {
        return fixed(m, value(m.numeral()), Unit.PER_MILLE);
    }

    /** 千分之三. */
    @Override
    public QuantityPhrase visitPermilleOfMeasure(StatsParser.PermilleOfMeasureContext m) {
        return fixed(m, value(m.numeral()), Unit.PER_MILLE);
    }

    /** 2个百分点. */
    @Override
    public QuantityPhrase visitPointMeasure(StatsParser.PointMeasureContext m) {
        return fixed(m, value(m.numeral()), Unit.PERCENTAGE_POINT);
    }

    /** The points of a rate in permille, as 个百分点 are those of a percent. */
    private static final Unit PERMILLE_POINT = new Unit("个千分点", UnitKind.PERCENTAGE_POINT);

    /** 0.5个千分点: a movement of a rate in permille (出生率下降0.5个千分点). */
    @Override
    public QuantityPhrase visitPermillePointMeasure(StatsParser.PermillePointMeasureContext m) {
        return fixed(m, value(m.numeral()), PERMILLE_POINT);
    }

    /** 3倍. */
    @Override
    public QuantityPhrase visitTimesMeasure(StatsParser.TimesMeasureContext m) {
        return fixed(m, value(m.numeral()), Unit.TIMES);
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

    /** 两三千: the low end of the range, 2000; {@link #visitQuantity} makes the high end. */
    @Override
    public BigDecimal visitPairNumeral(StatsParser.PairNumeralContext ctx) {
        return numerals.pair(ctx, text);
    }

    /** The value of a numeral: what visiting it gives, read without the visitor's double dispatch. */
    private BigDecimal value(StatsParser.NumeralContext n) {
        return numerals.value(n, text);
    }

    /** 300多万: the approximation written between the number and its magnitude, or EXACT. */
    private Approximation innerApprox(StatsParser.NumeralContext n) {
        if (n instanceof StatsParser.ArabicNumeralContext || n instanceof StatsParser.ChineseNumeralContext) {
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

    /** 十几万, 二十几个: 几 after a number stands for digits not given, so the value is more than the number. */
    @Override
    public Approximation visitFewAfter(StatsParser.FewAfterContext ctx) {
        return Approximation.MORE_THAN;
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
        StatsParser.AsideAmountContext asideAmount = null;
        StatsParser.LevelReachedContext level = null;
        TerminalNode plus = null;
        boolean respectively = false;
        for (int i = 0; i < d.getChildCount(); i++) {
            ParseTree child = d.getChild(i);
            if (child instanceof StatsParser.ChangeLeadsContext l) {
                leads = l;
            } else if (child instanceof StatsParser.DirectionContext word) {
                directionWord = word;
            } else if (child instanceof StatsParser.ChangeAmountsContext a) {
                amountsContext = a;
            } else if (child instanceof StatsParser.AsideAmountContext a) {
                asideAmount = a;
            } else if (child instanceof StatsParser.LevelReachedContext l) {
                level = l;
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.RESPECTIVELY) {
                respectively = true;
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.PLUS) {
                plus = t;
            }
        }
        Lead lead = lead(leads);
        Direction direction = (Direction) visit(directionWord);
        plusAgrees(plus, direction, d);
        List<QuantityPhrase> amounts = amounts(amountsContext);
        QuantityPhrase reached = amounts.size() != 1 ? null : reached(amountsContext, amounts.get(0));
        if (reached != null && amounts.get(0).high() != null) {
            QuantityPhrase range = amounts.get(0); // 增加130宗至1380宗: by the low figure, to the high one
            amounts = List.of(new QuantityPhrase(range.start(), reached.start() - 1, range.value(), null,
                    range.unit(), -1, -1, range.approx(), false, range.scaled(), range.loneOne()));
        }
        StatsParser.QuantityContext levelQuantity = d.reachedAside != null ? d.reachedAside
                : level != null ? level.quantity() : null;
        if (levelQuantity != null && amounts.size() <= 1) {
            QuantityPhrase quantity = visitQuantity(levelQuantity);
            if (!quantity.time() && (quantity.unit() != null || quantity.scaled())) {
                reached = quantity; // 用电量上升,达5000亿千瓦时: the level the change reached
            }
        }
        ChangePhrase change = new ChangePhrase(start(d), end(d), lead.basis(), direction, amounts,
                lead.respectively() || respectively,
                lead.qualified() || direction == Direction.FLAT || reached != null && amounts.isEmpty(),
                false, -1, -1, -1, -1, reached, false);
        return aside(change, asideAmount);
    }

    /**
     * {@code LPAREN PLUS? quantity RPAREN} or {@code OR_WORD quantity} after a change: the change with its amount aside, when that is the other
     * kind of amount (a count beside a percent), or its only amount after a direction alone. An amount of the
     * same kind (增产52.4万吨(10.5亿斤)) is the same amount in another unit, and adds nothing.
     */
    private ChangePhrase aside(ChangePhrase change, StatsParser.AsideAmountContext ctx) {
        if (ctx == null) {
            return change;
        }
        boolean plus = ctx instanceof StatsParser.BracketedAsideContext b && b.PLUS() != null;
        QuantityPhrase amount = visitQuantity(ctx.getRuleContext(StatsParser.QuantityContext.class, 0))
                .withSpan(start(ctx), end(ctx));
        Direction direction = plus ? Direction.UP
                : amount.value().signum() < 0 ? Direction.DOWN : change.direction();
        if (amount.value().signum() < 0) {
            amount = new QuantityPhrase(amount.start(), amount.end(), amount.value().negate(),
                    amount.high() == null ? null : amount.high().negate(), amount.unit(), amount.unitStart(),
                    amount.unitEnd(), amount.approx(), amount.time(), amount.scaled(), amount.loneOne());
        }
        if (amount.unit() == null || amount.time() || amount.high() != null || change.amounts().size() > 1) {
            return change;
        }
        if (change.amounts().isEmpty()) {
            return new ChangePhrase(change.start(), change.end(), change.basis(), direction, List.of(amount),
                    change.respectively(), true, false, change.referenceStart(), change.referenceEnd(),
                    change.rateWordStart(), change.rateWordEnd(), change.reached(), change.ofRate());
        }
        QuantityPhrase main = change.amounts().get(0);
        return main.unit() != null && isRelative(main.unit()) != isRelative(amount.unit())
                ? change.withAside(amount, direction) : change;
    }

    /** A relative amount (%, 倍, 个百分点) rather than a count or a sum. */
    private static boolean isRelative(Unit unit) {
        return unit.kind() == UnitKind.PERCENT || unit.kind() == UnitKind.PERCENTAGE_POINT
                || unit.kind() == UnitKind.MULTIPLE;
    }

    @Override
    public ChangePhrase visitRateChange(StatsParser.RateChangeContext r) {
        // changeLeads? MONTHLY_AVG? rateWord RESPECTIVELY? REACH? changeAmounts asideAmount?, read in one walk
        StatsParser.ChangeLeadsContext leads = null;
        StatsParser.RateWordContext rateWord = null;
        StatsParser.ChangeAmountsContext amounts = null;
        StatsParser.AsideAmountContext asideAmount = null;
        boolean monthlyAverage = false;
        boolean respectively = false;
        for (int i = 0; i < r.getChildCount(); i++) {
            ParseTree child = r.getChild(i);
            if (child instanceof StatsParser.ChangeLeadsContext l) {
                leads = l;
            } else if (child instanceof StatsParser.RateWordContext w) {
                rateWord = w;
            } else if (child instanceof StatsParser.ChangeAmountsContext a) {
                amounts = a;
            } else if (child instanceof StatsParser.AsideAmountContext a) {
                asideAmount = a;
            } else if (child instanceof TerminalNode t) {
                monthlyAverage |= t.getSymbol().getType() == StatsParser.MONTHLY_AVG;
                respectively |= t.getSymbol().getType() == StatsParser.RESPECTIVELY;
            }
        }
        Lead lead = lead(leads);
        ChangeBasis basis = monthlyAverage && lead.basis() == ChangeBasis.UNSPECIFIED
                ? ChangeBasis.PERIOD_ON_PERIOD : lead.basis();
        return aside(new ChangePhrase(start(r), end(r), basis, (Direction) visit(rateWord),
                amounts(amounts), lead.respectively() || respectively, true, false,
                -1, -1, start(rateWord), end(rateWord), null, false), asideAmount);
    }

    /**
     * 涨幅回落到2.1%, 增幅放缓至4.5%, 降幅收窄至3%: the rate stated as a level is the statistic's change, in the
     * direction of the rate's name; the verb only says how the rate moved to it.
     */
    @Override
    public ChangePhrase visitRateLevelChange(StatsParser.RateLevelChangeContext r) {
        StatsParser.RateWordContext rateWord = r.rateWord();
        return new ChangePhrase(start(r), end(r), ChangeBasis.UNSPECIFIED, (Direction) visit(rateWord),
                amounts(r.changeAmounts()), !r.RESPECTIVELY().isEmpty(), true, false,
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
                start(r.refWords()), r.listedReference().isEmpty() ? end(r.refWords())
                        : end(r.listedReference(r.listedReference().size() - 1)), -1, -1, null, false);
    }

    @Override
    public ChangePhrase visitComparedChange(StatsParser.ComparedChangeContext r) {
        // LINK_ADVERB? COMPARE_MARK compareWords (LIST_SEP listedReference)* RESPECTIVELY? comparedDirection
        // changeAmounts asideAmount?, read in one walk: the reference runs to the last word listed
        StatsParser.CompareWordsContext words = null;
        ParserRuleContext lastReference = null;
        StatsParser.ComparedDirectionContext direction = null;
        StatsParser.ChangeAmountsContext amounts = null;
        StatsParser.AsideAmountContext asideAmount = null;
        boolean respectively = false;
        for (int i = 0; i < r.getChildCount(); i++) {
            ParseTree child = r.getChild(i);
            if (child instanceof StatsParser.CompareWordsContext c) {
                words = c;
                lastReference = c;
            } else if (child instanceof StatsParser.ListedReferenceContext l) {
                lastReference = l;
            } else if (child instanceof StatsParser.ComparedDirectionContext d) {
                direction = d;
            } else if (child instanceof StatsParser.ChangeAmountsContext a) {
                amounts = a;
            } else if (child instanceof StatsParser.AsideAmountContext a) {
                asideAmount = a;
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.RESPECTIVELY) {
                respectively = true;
            }
        }
        return aside(new ChangePhrase(start(r), end(r), ChangeBasis.REFERENCE, (Direction) visit(direction),
                amounts(amounts), respectively, true, false, start(words), end(lastReference), -1, -1, null, false),
                asideAmount);
    }

    /** 比上年多12万人, 比上年同期多完成12万吨, 比上月快0.2个百分点: more or less than the previous year or period. */
    @Override
    public ChangePhrase visitMoreOrLessChange(StatsParser.MoreOrLessChangeContext m) {
        return aside(new ChangePhrase(start(m), end(m), (ChangeBasis) visit(m.basis()),
                (Direction) visit(m.relative()), amounts(m.changeAmounts()), false,
                true, false, -1, -1, -1, -1, null, false), m.asideAmount());
    }

    /**
     * 较上年同期的3200亿元下降6.1%: the change of the current figure, counted from the earlier level written between
     * the comparison and the verb. Words between the basis and 的 (较去年同期拦阻之104亿元) name what the level
     * counted; more than a few are a clause of their own, and the level is then not read as one.
     */
    @Override
    public ChangePhrase visitEarlierLevelChange(StatsParser.EarlierLevelChangeContext e) {
        Lead lead = lead(e.changeLeads());
        Direction direction = (Direction) visit(e.comparedDirection()); // 下降了, 多, 為高
        StatsParser.PlainTextContext words = e.plainText();
        QuantityPhrase earlier = visitQuantity(e.earlier);
        if (earlier.time() && words == null && e.OF_WORD() == null && comparesPeriodOfYear(e.basis())) {
            // 比去年四季度增长2.3%, 較去年10月上升5%: the named period of the year before is the reference; whether it
            // is the figure's own period a year earlier (year on year) is decided with the figure's period.
            return aside(new ChangePhrase(start(e), end(e), ChangeBasis.REFERENCE, direction,
                    amounts(e.changeAmounts()), lead.respectively(), true, false, start(e.basis()) + 1,
                    end(e.earlier), -1, -1, null, false), e.asideAmount());
        }
        if (earlier.time()) {
            // 比去年同期的10天增长: a period after other words, not a level; the comparison is not read.
            return aside(new ChangePhrase(start(e), end(e), ChangeBasis.UNSPECIFIED, direction,
                    amounts(e.changeAmounts()), lead.respectively(), lead.qualified(), false, -1, -1, -1, -1, null,
                    false), e.asideAmount());
        }
        ChangePhrase change = aside(new ChangePhrase(start(e), end(e), (ChangeBasis) visit(e.basis()), direction,
                amounts(e.changeAmounts()), lead.respectively(), true, false, -1, -1, -1, -1, null, false),
                e.asideAmount());
        return words != null && end(words) - start(words) > SHORT_WORDS ? change : change.withEarlier(earlier);
    }

    /** 比去年, 较上年, 与去年: a comparison word and the year before, which a period of that year may follow. */
    private static boolean comparesPeriodOfYear(StatsParser.BasisContext basis) {
        String word = basis.getText();
        return basis instanceof StatsParser.YearOnYearContext && word.length() > 2 && "比较与".indexOf(word.charAt(0)) >= 0
                && word.endsWith("年");
    }

    /** Words between a comparison and the earlier level longer than this are no name of the level. */
    private static final int SHORT_WORDS = 4;

    /** 较前年的114宗上升1倍: a comparison with a named reference, counted from the level written after it. */
    @Override
    public ChangePhrase visitComparedLevelChange(StatsParser.ComparedLevelChangeContext r) {
        QuantityPhrase earlier = visitQuantity(r.earlier);
        ChangePhrase change = aside(new ChangePhrase(start(r), end(r), ChangeBasis.REFERENCE,
                (Direction) visit(r.comparedDirection()), amounts(r.changeAmounts()), false, true, false,
                start(r.compareWords()), end(r.compareWords()), -1, -1, null, false), r.asideAmount());
        return earlier.time() ? change : change.withEarlier(earlier);
    }

    /** 较二〇二〇年(11 000宗)增加1 345宗(+12.2%): the reference's level in brackets after it, counted from. */
    @Override
    public ChangePhrase visitBracketedLevelChange(StatsParser.BracketedLevelChangeContext r) {
        QuantityPhrase earlier = visitQuantity(r.earlier);
        ChangePhrase change = aside(new ChangePhrase(start(r), end(r), ChangeBasis.REFERENCE,
                (Direction) visit(r.comparedDirection()), amounts(r.changeAmounts()), false, true, false,
                start(r.compareWords()), end(r.compareWords()), -1, -1, null, false), r.asideAmount());
        return earlier.time() || earlier.unit() == null ? change : change.withEarlier(earlier);
    }

    /**
     * 由1250宗增加130宗至1380宗, 從A上升12%至B: from the earlier level, by the amount, to the level reached. The level
     * reached is the figure and the amount its change; the earlier level is a quantity of the same subject. A bare
     * amount (由1250宗增加130至1380宗) counts in the unit the two levels share. A level that is a time (由2020年…) or
     * a bare number is no level: the change then keeps its amount alone.
     */
    @Override
    public ChangePhrase visitFromLevelChange(StatsParser.FromLevelChangeContext f) {
        Lead lead = lead(f.changeLeads());
        Direction direction = (Direction) visit(f.direction() != null ? f.direction() : f.levelVerb());
        QuantityPhrase earlier = visitQuantity(f.earlier);
        QuantityPhrase amount = f.amount == null ? null : visitQuantity(f.amount);
        QuantityPhrase reached = visitQuantity(f.reached);
        boolean levels = isLevel(earlier) && isLevel(reached);
        if (amount != null && amount.isBare() && !amount.scaled() && levels && earlier.unit() != null
                && earlier.unit().equals(reached.unit())) {
            amount = amount.withUnitOf(reached); // 由1250宗增加130至1380宗: 130宗
        }
        List<QuantityPhrase> amounts = amount == null || amount.high() != null || amount.time() ? List.of()
                : List.of(amount);
        // 由二〇〇九年的63 418宗: the change is against the period of the earlier level, as written
        ParserRuleContext since = f.since != null ? f.since : null;
        int referenceStart = since != null ? start(since) : f.sinceName != null ? start(f.sinceName) : -1;
        int referenceEnd = since != null ? end(since) : f.sinceName != null ? end(f.sinceName) : -1;
        ChangeBasis basis = referenceStart >= 0 && lead.basis() == ChangeBasis.UNSPECIFIED ? ChangeBasis.REFERENCE
                : lead.basis();
        if (basis != ChangeBasis.REFERENCE) {
            referenceStart = referenceEnd = -1;
        }
        if (!levels || since != null && !visitQuantity(f.since).time()) {
            return aside(new ChangePhrase(start(f), end(f), lead.basis(), direction, amounts,
                    lead.respectively(), true, false, -1, -1, -1, -1, null, false), f.asideAmount());
        }
        ChangePhrase change = aside(new ChangePhrase(start(f), end(f), basis, direction, amounts,
                lead.respectively(), true, false, referenceStart, referenceEnd, -1, -1, reached, false),
                f.asideAmount());
        return change.withEarlier(earlier);
    }

    /** A figure that can be a level: one value with a unit or a magnitude, and no time. */
    private static boolean isLevel(QuantityPhrase q) {
        return !q.time() && (q.unit() != null || q.scaled()) && q.high() == null;
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

    /**
     * 增长+5.2%, 年增+3.2%: a plus sign before the amount of a rise repeats its direction; before the amount of a
     * fall (下降+5%) it contradicts the verb, and the change is declined rather than read one way or the other.
     */
    private static void plusAgrees(TerminalNode plus, Direction direction, ParserRuleContext change) {
        if (plus != null && direction != Direction.UP) {
            throw new UnreadForm("a plus sign after a verb of falling: " + change.getText());
        }
    }

    /** The change of which {@code word} is the combined word. */
    private ChangePhrase combined(StatsParser.CombinedWordContext word, ChangeBasis basis, Direction direction) {
        StatsParser.CombinedChangeContext m = (StatsParser.CombinedChangeContext) word.getParent();
        plusAgrees(m.PLUS(), direction, m);
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

    /** 袭警(-56.2百分点): a signed amount in brackets after a name, with no basis, is that name's change. */
    @Override
    public ChangePhrase visitBracketedChange(StatsParser.BracketedChangeContext b) {
        StatsParser.SignedAmountContext signed = b.signedAmount();
        return new ChangePhrase(start(b), end(b), ChangeBasis.UNSPECIFIED, (Direction) visit(signed),
                List.of(visitQuantity((StatsParser.QuantityContext) signed.getChild(1))), false, true, false,
                -1, -1, -1, -1, null, false);
    }

    @Override
    public Direction visitPlusAmount(StatsParser.PlusAmountContext ctx) {
        return Direction.UP;
    }

    @Override
    public Direction visitMinusAmount(StatsParser.MinusAmountContext ctx) {
        return Direction.DOWN;
    }

    /** 提高到71.35%: the amounts are the levels reached. */
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

    /** 亦, 更, 虽, 仅: an adverb that ties the change to its clause and says nothing of it. */
    @Override
    public Lead visitLinkingLead(StatsParser.LinkingLeadContext ctx) {
        return Lead.NONE;
    }

    /** 连续下降: a streak without its length, which qualifies as a measured adverb does. */
    @Override
    public Lead visitContinuousLead(StatsParser.ContinuousLeadContext ctx) {
        return Lead.of(ChangeBasis.UNSPECIFIED, false, true);
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
    public Object visitComparedRelative(StatsParser.ComparedRelativeContext ctx) {
        return visit(ctx.relative());
    }

    /** 多, 少, with or without the verb of what was more (多完成, 少发生). */
    @Override
    public Direction visitMoreOrLessRelative(StatsParser.MoreOrLessRelativeContext ctx) {
        return (Direction) visit(ctx.moreOrLess());
    }

    /** 比全国快: above it. */
    @Override
    public Direction visitFaster(StatsParser.FasterContext ctx) {
        return Direction.UP;
    }

    /** 比上月慢: below it. */
    @Override
    public Direction visitSlower(StatsParser.SlowerContext ctx) {
        return Direction.DOWN;
    }

    /** 較前年的43人為低: 为 (is) and the relative word, which gives the direction. */
    @Override
    public Direction visitReachedRelative(StatsParser.ReachedRelativeContext ctx) {
        return (Direction) visit(ctx.relative());
    }

    /** 比商品零售高: above the reference. */
    @Override
    public Direction visitHigher(StatsParser.HigherContext ctx) {
        return Direction.UP;
    }

    /** 比上年低: below it. */
    @Override
    public Direction visitLower(StatsParser.LowerContext ctx) {
        return Direction.DOWN;
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
        QuantityPhrase last = out.get(out.size() - 1);
        if (!last.isBare()) {
            // 分别提高0.7和3.3个百分点: bare numbers before the last share its unit, written once; so do numbers with
            // the 个 of 个百分点 alone (高于全国、全省0.6个和0.3个百分点), which are no count of 个.
            for (int i = out.size() - 2; i >= 0 && (out.get(i).isBare() || pointCounter(out.get(i), last)); i--) {
                out.set(i, out.get(i).withUnitOf(last));
            }
        }
        return out;
    }

    /** Whether {@code amount} is a number with 个 alone, before a last amount in 个百分点: 0.6个和0.3个百分点. */
    private static boolean pointCounter(QuantityPhrase amount, QuantityPhrase last) {
        return last.unit() != null && last.unit().kind() == UnitKind.PERCENTAGE_POINT && amount.unit() != null
                && "个".equals(amount.unit().text()) && amount.high() == null;
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
