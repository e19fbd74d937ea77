package io.github.cnstats.internal.extract;

import io.github.cnstats.Approximation;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.extract.Element.ChangePhrase;
import io.github.cnstats.internal.extract.Element.Marker;
import io.github.cnstats.internal.extract.Element.QuantityPhrase;
import io.github.cnstats.internal.extract.Element.StreakPhrase;
import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.grammar.StatsParser.ChangeAmountsContext;
import io.github.cnstats.internal.grammar.StatsParser.ChangeLeadContext;
import io.github.cnstats.internal.grammar.StatsParser.ChangeLeadsContext;
import io.github.cnstats.internal.grammar.StatsParser.ElementContext;
import io.github.cnstats.internal.grammar.StatsParser.MeasureContext;
import io.github.cnstats.internal.grammar.StatsParser.NumeralContext;
import io.github.cnstats.internal.grammar.StatsParser.QuantityContext;
import io.github.cnstats.internal.numeral.Numerals;
import io.github.cnstats.internal.parse.ParsedSentence;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the parse tree of one sentence into {@link Element}s: numbers become {@code BigDecimal}s, words become
 * enums. Phrases whose numbers cannot be read (too long, too large) are dropped here, so that nothing after
 * this step sees a half-read number.
 */
final class ElementReader {

    private final UnitLexicon units;
    private final NumeralGuard guard;

    ElementReader(UnitLexicon units, NumeralGuard guard) {
        this.units = units;
        this.guard = guard;
    }

    /**
     * @param sentence what the grammar read in the sentence
     * @param offset   where the sentence starts in the normalised document
     * @param declined where to note the phrases whose numerals could not be read
     * @return the elements in text order
     */
    List<Element> read(ParsedSentence sentence, int offset, List<Declined> declined) {
        List<Element> out = new ArrayList<>();
        for (ParsedSentence.Piece piece : sentence.pieces()) {
            if (piece instanceof ParsedSentence.Parsed parsed) {
                read(parsed.tree(), offset, declined, out);
            } else {
                readMarkers(((ParsedSentence.Unparsed) piece).tokens(), offset, out);
            }
        }
        return out;
    }

    /** The markers among tokens that the grammar would read one at a time: the elements of one token. */
    private static void readMarkers(List<Token> tokens, int offset, List<Element> out) {
        for (Token token : tokens) {
            Marker.Kind kind = token.getChannel() == Token.DEFAULT_CHANNEL ? markerKind(token.getType()) : null;
            if (kind != null) {
                out.add(new Marker(token.getStartIndex() + offset, token.getStopIndex() + 1 + offset, kind));
            }
        }
    }

    /**
     * The marker that a token of {@code type} is as an element of its own (the one-token alternatives of
     * {@code element} in the grammar), or null for a token that is text there.
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

    private void read(StatsParser.SentenceContext sentence, int offset, List<Declined> declined, List<Element> out) {
        List<ElementContext> elements = sentence.element();
        for (int i = 0; i < elements.size(); i++) {
            ElementContext element = elements.get(i);
            int start = start(element, offset);
            boolean respectively = isRespectivelyBeforeChange(elements, i);
            if (respectively) {
                element = elements.get(++i); // 分别同比上升: 分别 belongs to the change after it (see changeLeads)
            }
            try {
                int size = out.size();
                readElement(element, offset, out);
                if (respectively && out.size() > size && out.get(size) instanceof ChangePhrase c) {
                    out.set(size, c.withRespectivelyFrom(start));
                }
            } catch (NumberFormatException unreadable) {
                // A numeral beyond the limits or malformed: the phrase is not a measurement, and the caller
                // may want to know why.
                declined.add(new Declined(NumeralGuard.kindOf(unreadable), start, end(element, offset),
                        unreadable.getMessage()));
            }
        }
    }

    /**
     * Whether element {@code i} is a 分别 that the change right after it takes as its own lead. Consecutive
     * elements are adjacent in the token stream, so nothing but white space stands between the two. The
     * changes that take a lead are those that start with {@code changeLeads?} in the grammar.
     */
    private static boolean isRespectivelyBeforeChange(List<ElementContext> elements, int i) {
        if (!(elements.get(i) instanceof StatsParser.RespectivelyElementContext) || i + 1 >= elements.size()) {
            return false;
        }
        ElementContext next = elements.get(i + 1);
        if (next instanceof StatsParser.LevelChangeElementContext) {
            return true;
        }
        return next instanceof StatsParser.ChangeElementContext c
                && (c.change() instanceof StatsParser.DirectedChangeContext
                || c.change() instanceof StatsParser.RateChangeContext
                || c.change() instanceof StatsParser.DoublingChangeContext);
    }

    private void readElement(ElementContext element, int offset, List<Element> out) {
        if (element instanceof StatsParser.QuantityElementContext q) {
            out.add(quantity(q.quantity(), offset));
        } else if (element instanceof StatsParser.ChangeElementContext c) {
            out.add(change(c.change(), offset));
        } else if (element instanceof StatsParser.LevelChangeElementContext l) {
            out.add(level(l.levelChange(), offset));
        } else if (element instanceof StatsParser.StreakElementContext s) {
            BigDecimal count = numeral(s.streak().numeral());
            int n = count.signum() > 0 && count.scale() <= 0 && count.compareTo(BigDecimal.valueOf(10_000)) < 0
                    ? count.intValue() : 0;
            if (n > 0) {
                out.add(new StreakPhrase(start(s, offset), end(s, offset), n, s.streak().TIME_UNIT().getText()));
            }
        } else if (element instanceof StatsParser.OrdinalElementContext o) {
            out.add(marker(o, offset, Marker.Kind.ORDINAL));
        } else {
            // A marker of one token, or text, which lies between the others and needs no element of its own.
            Marker.Kind kind = markerKind(element.getStart().getType());
            if (kind != null) {
                out.add(marker(element, offset, kind));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Quantities

    private QuantityPhrase quantity(QuantityContext q, int offset) {
        List<MeasureContext> measures = q.measure();
        Reading low = measure(measures.get(0), offset);
        Reading high = measures.size() > 1 ? measure(measures.get(1), offset) : null;
        if (high != null && !compatible(low, high)) {
            high = null; // 上升10.9%至44,480宗: not a range but an amount and the level reached (see reached())
        }
        Approximation approx = Approximation.EXACT;
        if (q.approxBefore().size() > 0) {
            approx = Approximations.of(q.approxBefore(0).APPROX_BEFORE().getText());
        }
        for (var after : q.approxAfter()) {
            approx = Approximations.of(after.getText());
        }
        if (low.approx != Approximation.EXACT && approx == Approximation.EXACT) {
            approx = low.approx;
        }
        Reading unitSource = high != null && high.unit != null ? high : low;
        if (low.unit != null && high != null && high.unit == null) {
            unitSource = low;
        }
        Unit unit = unitSource.unit;
        int unitStart = unitSource.unitStart;
        if (q.MONEY_UNIT() != null) {
            Unit currency = Currencies.unitFor(q.MONEY_UNIT().getText(), unit);
            if (currency != unit) {
                unit = currency;
                unitStart = -1;
            }
        }
        BigDecimal value = q.negative() != null ? low.value.negate() : low.value;
        return new QuantityPhrase(start(q, offset), end(q, offset), value, high == null ? null : high.value,
                unit, unitStart, unitSource.unitEnd, approx, unitSource.time,
                low.scaled || (high != null && high.scaled) || q.MONEY_UNIT() != null,
                high == null && low.loneOne);
    }

    private static boolean compatible(Reading low, Reading high) {
        return low.unit == null || high.unit == null || low.unit.text().equals(high.unit.text());
    }

    /**
     * 上升10.9%至44,480宗: after a change's amount, 至 names the level reached, in another unit.
     *
     * @return the level, or null when the quantity is not written that way
     */
    private QuantityPhrase reached(QuantityContext q, int offset) {
        if (q.measure().size() < 2 || !(q.rangeSep().TO() != null)) {
            return null;
        }
        Reading low = measure(q.measure(0), offset);
        Reading high = measure(q.measure(1), offset);
        if (compatible(low, high)) {
            return null;
        }
        MeasureContext m = q.measure(1);
        return new QuantityPhrase(start(m, offset), end(q, offset), high.value, null, high.unit, high.unitStart,
                high.unitEnd, Approximation.EXACT, high.time, high.scaled, false);
    }

    /** One measure of a quantity, before the quantity's approximation words are applied. */
    private record Reading(BigDecimal value, Unit unit, int unitStart, int unitEnd, boolean time, boolean scaled,
                           boolean loneOne, Approximation approx) {
    }

    private Reading measure(MeasureContext m, int offset) {
        if (m instanceof StatsParser.PercentMeasureContext p) {
            return fixed(numeral(p.numeral()), Unit.PERCENT);
        } else if (m instanceof StatsParser.PermilleMeasureContext p) {
            return fixed(numeral(p.numeral()), Unit.PER_MILLE);
        } else if (m instanceof StatsParser.PercentOfMeasureContext p) {
            return fixed(numeral(p.numeral()), Unit.PERCENT);
        } else if (m instanceof StatsParser.PermilleOfMeasureContext p) {
            return fixed(numeral(p.numeral()), Unit.PER_MILLE);
        } else if (m instanceof StatsParser.PointMeasureContext p) {
            return fixed(numeral(p.numeral()), Unit.PERCENTAGE_POINT);
        } else if (m instanceof StatsParser.TimesMeasureContext t) {
            return fixed(numeral(t.numeral()), Unit.TIMES);
        } else if (m instanceof StatsParser.TenthMeasureContext t) {
            BigDecimal hundredths = t.numeral().size() > 1 ? numeral(t.numeral(1)) : null;
            return fixed(Numerals.tenthsToPercent(numeral(t.numeral(0)), hundredths), Unit.PERCENT);
        } else if (m instanceof StatsParser.UnitMeasureContext u) {
            NumeralContext n = u.numeral();
            Approximation inner = innerApprox(n);
            if (u.innerApprox() != null) {
                inner = Approximations.of(u.innerApprox().getText());
            }
            Token unitToken = u.unit().getStart();
            String unitText = unitToken.getText();
            UnitKind kind = units.kindOf(unitText).orElse(UnitKind.OTHER);
            return new Reading(numeral(n), new Unit(unitText, kind), unitToken.getStartIndex() + offset,
                    unitToken.getStopIndex() + 1 + offset, u.unit() instanceof StatsParser.TimeUnitContext,
                    hasMagnitude(n), isLoneOne(n), inner);
        } else {
            NumeralContext n = ((StatsParser.BareMeasureContext) m).numeral();
            return new Reading(numeral(n), null, -1, -1, false, hasMagnitude(n), isLoneOne(n), innerApprox(n));
        }
    }

    private static Reading fixed(BigDecimal value, Unit unit) {
        return new Reading(value, unit, -1, -1, false, true, false, Approximation.EXACT);
    }

    private BigDecimal numeral(NumeralContext n) {
        String text = n.getText(); // built from the parse tree each time it is asked for: asked once
        guard.checkLength(text);
        return guard.checkValue(unguardedNumeral(n, text));
    }

    private static BigDecimal unguardedNumeral(NumeralContext n, String text) {
        if (n instanceof StatsParser.GroupedNumeralContext g) {
            return GroupedNumerals.value(g);
        }
        if (n instanceof StatsParser.ArabicNumeralContext a) {
            BigDecimal base = Numerals.parseArabic(a.NUMBER().getText());
            StringBuilder magnitudes = new StringBuilder();
            for (TerminalNode magnitude : a.MAGNITUDE()) {
                magnitudes.append(magnitude.getText());
            }
            return magnitudes.length() == 0 ? base : Numerals.applyMagnitudes(base, magnitudes.toString());
        }
        return Numerals.parseChinese(text);
    }

    /** 300多万: the approximation written between the number and its magnitude. */
    private static Approximation innerApprox(NumeralContext n) {
        if (n instanceof StatsParser.ArabicNumeralContext a && a.innerApprox() != null) {
            return Approximations.of(a.innerApprox().getText());
        }
        return Approximation.EXACT;
    }

    /**
     * Whether a number without a unit can still be a statistic: only an Arabic number with a magnitude
     * (罚款110.5万). A Chinese numeral with no unit is a word part (万企兴万村, 两升两降).
     */
    private static boolean hasMagnitude(NumeralContext n) {
        return n instanceof StatsParser.GroupedNumeralContext
                || n instanceof StatsParser.ArabicNumeralContext a && !a.MAGNITUDE().isEmpty();
    }

    private static boolean isLoneOne(NumeralContext n) {
        return n instanceof StatsParser.ChineseNumeralContext && n.getText().equals("一");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Changes

    private ChangePhrase change(StatsParser.ChangeContext c, int offset) {
        if (c instanceof StatsParser.DirectedChangeContext d) {
            Lead lead = lead(d.changeLeads());
            Direction direction = direction(d.direction());
            QuantityPhrase reached = d.changeAmounts() == null || d.changeAmounts().quantity().size() != 1 ? null
                    : reached(d.changeAmounts().quantity(0), offset);
            return new ChangePhrase(start(d, offset), end(d, offset), lead.basis, direction,
                    amounts(d.changeAmounts(), offset), lead.respectively || d.RESPECTIVELY() != null,
                    lead.qualified() || direction == Direction.FLAT, false, -1, -1, -1, -1, reached);
        } else if (c instanceof StatsParser.RateChangeContext r) {
            Lead lead = lead(r.changeLeads());
            ChangeBasis basis = r.MONTHLY_AVG() != null && lead.basis == ChangeBasis.UNSPECIFIED
                    ? ChangeBasis.PERIOD_ON_PERIOD : lead.basis;
            return new ChangePhrase(start(r, offset), end(r, offset), basis, rateDirection(r.RATE_WORD().getText()),
                    amounts(r.changeAmounts(), offset), lead.respectively || r.RESPECTIVELY() != null, true, false,
                    -1, -1, r.RATE_WORD().getSymbol().getStartIndex() + offset,
                    r.RATE_WORD().getSymbol().getStopIndex() + 1 + offset, null);
        } else if (c instanceof StatsParser.DoublingChangeContext d) {
            Lead lead = lead(d.changeLeads());
            int end = end(d, offset);
            QuantityPhrase times = new QuantityPhrase(start(d, offset), end, doublingTimes(d.DOUBLING().getText()),
                    null, Unit.TIMES, -1, -1, Approximation.EXACT, false, true, false);
            return new ChangePhrase(start(d, offset), end, lead.basis, Direction.UP, List.of(times),
                    lead.respectively, true, false, -1, -1, -1, -1, null);
        } else if (c instanceof StatsParser.ReferenceChangeContext r) {
            Direction direction = r.REF_VERB().getText().matches("低于|慢于|少于") ? Direction.DOWN : Direction.UP;
            return new ChangePhrase(start(r, offset), end(r, offset), ChangeBasis.REFERENCE, direction,
                    amounts(r.changeAmounts(), offset), r.RESPECTIVELY() != null, true, false,
                    start(r.refWords(), offset), end(r.refWords(), offset), -1, -1, null);
        } else if (c instanceof StatsParser.ComparedChangeContext r) {
            Direction direction;
            var compared = r.comparedDirection();
            if (compared instanceof StatsParser.ComparedVerbContext verb) {
                direction = direction(verb.direction());
            } else {
                direction = compared instanceof StatsParser.ComparedMoreContext ? Direction.UP : Direction.DOWN;
            }
            return new ChangePhrase(start(r, offset), end(r, offset), ChangeBasis.REFERENCE, direction,
                    amounts(r.changeAmounts(), offset), false, true, false,
                    start(r.compareWords(), offset), end(r.compareWords(), offset), -1, -1, null);
        } else if (c instanceof StatsParser.MoreOrLessChangeContext m) {
            // 比上年多12万人: a comparison with the previous year by 多 or 少.
            ChangeBasis basis = m.basis() instanceof StatsParser.YearOnYearContext
                    ? ChangeBasis.YEAR_ON_YEAR : ChangeBasis.PERIOD_ON_PERIOD;
            return new ChangePhrase(start(m, offset), end(m, offset), basis,
                    m.MORE_WORD() != null ? Direction.UP : Direction.DOWN, amounts(m.changeAmounts(), offset), false,
                    true, false, -1, -1, -1, -1, null);
        } else if (c instanceof StatsParser.CombinedChangeContext m) {
            // 年增5.3%, 月减2%: Taiwan's one-word basis and direction.
            String word = m.COMBINED_CHANGE().getText();
            ChangeBasis basis = word.charAt(0) == '年' ? ChangeBasis.YEAR_ON_YEAR : ChangeBasis.PERIOD_ON_PERIOD;
            return new ChangePhrase(start(m, offset), end(m, offset), basis,
                    word.charAt(1) == '增' ? Direction.UP : Direction.DOWN, amounts(m.changeAmounts(), offset), false,
                    true, false, -1, -1, -1, -1, null);
        } else {
            StatsParser.SignedChangeContext s = (StatsParser.SignedChangeContext) c;
            ChangeBasis basis = s.basis() instanceof StatsParser.YearOnYearContext
                    ? ChangeBasis.YEAR_ON_YEAR : ChangeBasis.PERIOD_ON_PERIOD;
            Direction direction = s.signedAmount().PLUS() != null ? Direction.UP : Direction.DOWN;
            return new ChangePhrase(start(s, offset), end(s, offset), basis, direction,
                    List.of(quantity(s.signedAmount().quantity(), offset)), s.RESPECTIVELY() != null, true,
                    false, -1, -1, -1, -1, null);
        }
    }

    private ChangePhrase level(StatsParser.LevelChangeContext l, int offset) {
        Lead lead = lead(l.changeLeads());
        Direction direction = l.RISE_TO() != null ? Direction.UP : Direction.DOWN;
        return new ChangePhrase(start(l, offset), end(l, offset), lead.basis, direction,
                amounts(l.changeAmounts(), offset), lead.respectively || l.RESPECTIVELY() != null, true, true, -1,
                -1, -1, -1, null);
    }

    /** What stands before a direction: the basis, 分别, adverbs. */
    private record Lead(ChangeBasis basis, boolean respectively, boolean adverb) {

        boolean qualified() {
            return adverb || basis != ChangeBasis.UNSPECIFIED;
        }
    }

    private static Lead lead(ChangeLeadsContext leads) {
        if (leads == null) {
            return new Lead(ChangeBasis.UNSPECIFIED, false, false);
        }
        ChangeBasis basis = ChangeBasis.UNSPECIFIED;
        boolean adverb = false;
        for (ChangeLeadContext lead : leads.changeLead()) {
            if (lead.basis() instanceof StatsParser.YearOnYearContext) {
                basis = ChangeBasis.YEAR_ON_YEAR;
            } else if (lead.basis() instanceof StatsParser.PeriodOnPeriodContext) {
                basis = ChangeBasis.PERIOD_ON_PERIOD;
            } else if (QUALIFYING_ADVERBS.contains(lead.getText())) {
                adverb = true;
            }
        }
        return new Lead(basis, !leads.RESPECTIVELY().isEmpty(), adverb);
    }

    /**
     * Adverbs that make a bare direction a statement about a measured quantity (人员大幅减少, 发案持续下降), unlike
     * the adverbs of policy language (不断提升, 进一步扩大, 明显提升), which report progress, not a statistic.
     */
    private static final java.util.Set<String> QUALIFYING_ADVERBS = java.util.Set.of(
            "大幅", "小幅", "微", "持续", "有所", "略有", "略", "显著", "实际", "名义", "累计", "年均");

    private List<QuantityPhrase> amounts(ChangeAmountsContext amounts, int offset) {
        if (amounts == null) {
            return List.of();
        }
        List<QuantityPhrase> out = new ArrayList<>();
        for (QuantityContext q : amounts.quantity()) {
            out.add(quantity(q, offset));
        }
        return out;
    }

    private static Direction direction(StatsParser.DirectionContext d) {
        if (d instanceof StatsParser.UpContext) {
            return Direction.UP;
        }
        return d instanceof StatsParser.DownContext ? Direction.DOWN : Direction.FLAT;
    }

    private static Direction rateDirection(String rateWord) {
        return rateWord.contains("降") || rateWord.contains("跌") || rateWord.contains("减")
                ? Direction.DOWN : Direction.UP;
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

    private static Marker marker(ParserRuleContext ctx, int offset, Marker.Kind kind) {
        return new Marker(start(ctx, offset), end(ctx, offset), kind);
    }

    private static int start(ParserRuleContext ctx, int offset) {
        return ctx.getStart().getStartIndex() + offset;
    }

    private static int end(ParserRuleContext ctx, int offset) {
        return ctx.getStop().getStopIndex() + 1 + offset;
    }
}
