package io.github.cnstats.internal.extract;

import io.github.cnstats.Approximation;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.Unit;
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
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;
import io.github.cnstats.internal.words.WordLists;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns what the grammar read in one sentence ({@link ParsedSentence}: the tree of each phrase, and the markers
 * between) into {@link Element}s: numbers become {@code BigDecimal}s, words become enums. Phrases whose numbers
 * cannot be read (too long, too large) are dropped here, so that nothing after this step sees a half-read
 * number.
 *
 * <p>The tree is read by walking each node's children once. The generated accessors of repeated parts
 * ({@code element()}, {@code measure()}, {@code quantity()}, {@code MAGNITUDE()}) build a new list on every
 * call, and {@code getText()} a new string; they are used only where a part occurs at most once. Numerals are
 * read from the sentence's text by their tokens' offsets ({@link NumeralReader}), and so are units, one
 * {@code Unit} shared by every unit written alike ({@link SharedUnits}). Each rule is walked once: a phrase's
 * parts are picked out of its children in one loop, and the level reached after a change's amount
 * ({@link #reached}) is looked for only in a range that {@link #quantity} split.
 */
final class ElementReader {

    private final SharedUnits units;
    private final NumeralReader numerals;

    ElementReader(UnitLexicon units, NumeralGuard guard) {
        this.units = new SharedUnits(units);
        this.numerals = new NumeralReader(guard);
    }

    /**
     * @param sentence what the grammar read in the sentence
     * @param text     the text the sentence was parsed from, which its tokens index
     * @param offset   where that text starts in the normalised document
     * @param declined where to note the phrases whose numerals could not be read
     * @return the elements in text order
     */
    List<Element> read(ParsedSentence sentence, String text, int offset, List<Declined> declined) {
        SentenceText at = new SentenceText(text, offset);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            ElementContext phrase = sentence.phrase(i);
            if (phrase != null) {
                read(phrase, at.start(phrase), false, at, declined, out);
            } else if (isRespectivelyBeforeChange(sentence, i)) {
                // 分别同比上升: 分别 belongs to the change after it (see changeLeads)
                int start = sentence.markerStart(i) + offset;
                read(sentence.phrase(++i), start, true, at, declined, out);
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
     * The text a sentence was parsed from, which its tokens index, and where it starts in the document, which
     * elements index.
     */
    private record SentenceText(String text, int offset) {

        int start(ParserRuleContext ctx) {
            return start(ctx.getStart());
        }

        int end(ParserRuleContext ctx) {
            return end(ctx.getStop());
        }

        int start(Token token) {
            return token.getStartIndex() + offset;
        }

        int end(Token token) {
            return token.getStopIndex() + 1 + offset;
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

    /**
     * Reads one phrase into {@code out}, or notes in {@code declined} why it is not a measurement.
     *
     * @param start        where the phrase starts in the document: before its 分别 when it takes one
     * @param respectively whether the phrase is a change that takes the 分别 before it as its own
     */
    private void read(ElementContext phrase, int start, boolean respectively, SentenceText at,
                      List<Declined> declined, List<Element> out) {
        try {
            int size = out.size();
            readElement(phrase, at, out);
            if (respectively && out.size() > size && out.get(size) instanceof ChangePhrase c) {
                out.set(size, c.withRespectivelyFrom(start));
            }
        } catch (NumberFormatException unreadable) {
            // A numeral beyond the limits or malformed: the phrase is not a measurement, and the caller
            // may want to know why.
            declined.add(new Declined(NumeralGuard.kindOf(unreadable), start, at.end(phrase),
                    unreadable.getMessage()));
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
        ElementContext next = sentence.phrase(i + 1);
        if (next instanceof StatsParser.LevelChangeElementContext) {
            return true;
        }
        return next instanceof StatsParser.ChangeElementContext c
                && (c.change() instanceof StatsParser.DirectedChangeContext
                || c.change() instanceof StatsParser.RateChangeContext
                || c.change() instanceof StatsParser.DoublingChangeContext);
    }

    private static final BigDecimal LONGEST_STREAK = BigDecimal.valueOf(10_000);

    private void readElement(ElementContext element, SentenceText at, List<Element> out) {
        if (element instanceof StatsParser.QuantityElementContext q) {
            out.add(quantity(child(q, QuantityContext.class), at));
        } else if (element instanceof StatsParser.ChangeElementContext c) {
            out.add(change(child(c, StatsParser.ChangeContext.class), at));
        } else if (element instanceof StatsParser.LevelChangeElementContext l) {
            out.add(level(l.levelChange(), at));
        } else if (element instanceof StatsParser.StreakElementContext s) {
            BigDecimal count = numerals.value(s.streak().numeral(), at.text());
            int n = count.signum() > 0 && count.scale() <= 0 && count.compareTo(LONGEST_STREAK) < 0
                    ? count.intValue() : 0;
            if (n > 0) {
                out.add(new StreakPhrase(at.start(s), at.end(s), n, s.streak().TIME_UNIT().getText()));
            }
        } else if (element instanceof StatsParser.OrdinalElementContext o) {
            out.add(marker(o, at, Marker.Kind.ORDINAL));
        } else {
            // A marker of one token, or text, which lies between the others and needs no element of its own.
            Marker.Kind kind = markerKind(element.getStart().getType());
            if (kind != null) {
                out.add(marker(element, at, kind));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Quantities

    /**
     * {@code approxBefore? MONEY_UNIT? negative? measure approxAfter? (rangeSep approxBefore? measure
     * approxAfter?)?}, read in one walk over the children.
     */
    private QuantityPhrase quantity(QuantityContext q, SentenceText at) {
        MeasureContext lowMeasure = null;
        MeasureContext highMeasure = null;
        Token firstApproxBefore = null;
        Token lastApproxAfter = null;
        Token money = null;
        boolean negative = false;
        for (int i = 0; i < q.getChildCount(); i++) {
            ParseTree child = q.getChild(i);
            if (child instanceof MeasureContext m) {
                if (lowMeasure == null) {
                    lowMeasure = m;
                } else {
                    highMeasure = m;
                }
            } else if (child instanceof StatsParser.ApproxBeforeContext before) {
                if (firstApproxBefore == null) {
                    firstApproxBefore = before.getStart(); // APPROX_BEFORE, then perhaps REACH
                }
            } else if (child instanceof StatsParser.ApproxAfterContext after) {
                lastApproxAfter = after.getStart();
            } else if (child instanceof StatsParser.NegativeContext) {
                negative = true;
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.MONEY_UNIT) {
                money = t.getSymbol();
            }
        }
        int start = at.start(q);
        int end = at.end(q);
        QuantityPhrase low = measure(lowMeasure, start, end, at);
        QuantityPhrase high = highMeasure != null ? measure(highMeasure, start, end, at) : null;
        if (high != null && !compatible(low, high)) {
            high = null; // 上升10.9%至44,480宗: not a range but an amount and the level reached (see reached())
        }
        // A word after the number overrides one before it, and of two words after (a range) the last counts.
        Token approxWord = lastApproxAfter != null ? lastApproxAfter : firstApproxBefore;
        Approximation approx = approxWord != null ? Approximations.of(approxWord.getText()) : Approximation.EXACT;
        if (low.approx() != Approximation.EXACT && approx == Approximation.EXACT) {
            approx = low.approx();
        }
        if (high == null && money == null && !negative && approx == low.approx()) {
            return low; // one measure and no words that change it, as most quantities are
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
     * quantity is a range whose two measures {@link #quantity} found incompatible, and read as the low one alone.
     *
     * @param amounts the change's amounts, of which {@code amount} is the one quantity, as read
     * @return the level, or null when the quantity is not written that way
     */
    private QuantityPhrase reached(ChangeAmountsContext amounts, QuantityPhrase amount, SentenceText at) {
        if (amount.high() != null) {
            return null; // a range of compatible measures: no level
        }
        QuantityContext q = child(amounts, QuantityContext.class);
        if (q.getChildCount() < 3) {
            return null; // one measure, perhaps with a word: no range (a range has a separator and two measures)
        }
        int separator = indexOfChild(q, StatsParser.RangeSepContext.class);
        if (separator < 0 || ((StatsParser.RangeSepContext) q.getChild(separator)).TO() == null) {
            return null; // no range, or one written with a dash: no level
        }
        MeasureContext lowMeasure = child(q, MeasureContext.class, 0);
        MeasureContext highMeasure = child(q, MeasureContext.class, separator + 1);
        if (highMeasure == null) {
            return null;
        }
        int start = at.start(highMeasure);
        int end = at.end(q);
        QuantityPhrase low = measure(lowMeasure, start, end, at);
        QuantityPhrase high = measure(highMeasure, start, end, at);
        if (compatible(low, high)) {
            return null;
        }
        return new QuantityPhrase(start, end, high.value(), null, high.unit(), high.unitStart(), high.unitEnd(),
                Approximation.EXACT, high.time(), high.scaled(), false);
    }

    /**
     * One measure, read as a quantity of its own over {@code [start, end)}: its approximation is the one written
     * inside it (300多万, 300万多吨), before the quantity's words are applied. Most quantities are one measure
     * with no words, and then this is the quantity's phrase.
     */
    private QuantityPhrase measure(MeasureContext m, int start, int end, SentenceText at) {
        String text = at.text();
        if (m instanceof StatsParser.UnitMeasureContext) {
            // numeral innerApprox? unit, read in one walk over the children
            NumeralContext n = null;
            StatsParser.InnerApproxContext innerAfter = null;
            StatsParser.UnitContext unit = null;
            for (int i = 0; i < m.getChildCount(); i++) {
                ParseTree child = m.getChild(i);
                if (child instanceof NumeralContext numeral) {
                    n = numeral;
                } else if (child instanceof StatsParser.InnerApproxContext inner) {
                    innerAfter = inner;
                } else if (child instanceof StatsParser.UnitContext u) {
                    unit = u;
                }
            }
            Approximation inner = innerAfter != null ? Approximations.of(innerAfter.getStart().getText())
                    : NumeralReader.innerApprox(n);
            Token unitToken = unit.getStart();
            int unitStart = unitToken.getStartIndex();
            int unitEnd = unitToken.getStopIndex() + 1;
            return new QuantityPhrase(start, end, numerals.value(n, text), null, units.of(text, unitStart, unitEnd),
                    at.start(unitToken), at.end(unitToken), inner, unit instanceof StatsParser.TimeUnitContext,
                    NumeralReader.hasMagnitude(n), NumeralReader.isLoneOne(n, text));
        } else if (m instanceof StatsParser.BareMeasureContext) {
            NumeralContext n = child(m, NumeralContext.class);
            return new QuantityPhrase(start, end, numerals.value(n, text), null, null, -1, -1,
                    NumeralReader.innerApprox(n), false, NumeralReader.hasMagnitude(n),
                    NumeralReader.isLoneOne(n, text));
        } else if (m instanceof StatsParser.TenthMeasureContext t) {
            NumeralContext after = t.numeral(1);
            BigDecimal hundredths = after != null ? numerals.value(after, text) : null;
            return fixed(start, end, Numerals.tenthsToPercent(numerals.value(t.numeral(0), text), hundredths),
                    Unit.PERCENT);
        }
        // A numeral and a sign or word that is its unit: 5.7%, 3‰, 百分之五, 2个百分点, 3倍.
        BigDecimal value = numerals.value(child(m, NumeralContext.class), text);
        if (m instanceof StatsParser.PercentMeasureContext || m instanceof StatsParser.PercentOfMeasureContext) {
            return fixed(start, end, value, Unit.PERCENT);
        } else if (m instanceof StatsParser.PermilleMeasureContext
                || m instanceof StatsParser.PermilleOfMeasureContext) {
            return fixed(start, end, value, Unit.PER_MILLE);
        } else if (m instanceof StatsParser.PointMeasureContext) {
            return fixed(start, end, value, Unit.PERCENTAGE_POINT);
        }
        return fixed(start, end, value, Unit.TIMES);
    }

    private static QuantityPhrase fixed(int start, int end, BigDecimal value, Unit unit) {
        return new QuantityPhrase(start, end, value, null, unit, -1, -1, Approximation.EXACT, false, true, false);
    }

    /**
     * The first child of {@code ctx} that is a {@code type}: what the generated accessor of a part that occurs
     * once gives, without the iterator that it makes.
     */
    private static <T extends ParseTree> T child(ParserRuleContext ctx, Class<T> type) {
        return child(ctx, type, 0);
    }

    /** The first child of {@code ctx} of {@code type} from child {@code from} on, or null. */
    private static <T extends ParseTree> T child(ParserRuleContext ctx, Class<T> type, int from) {
        int i = indexOfChild(ctx, type, from);
        return i < 0 ? null : type.cast(ctx.getChild(i));
    }

    /** The index of the first child of {@code ctx} of {@code type}, or -1. */
    private static int indexOfChild(ParserRuleContext ctx, Class<? extends ParseTree> type) {
        return indexOfChild(ctx, type, 0);
    }

    private static int indexOfChild(ParserRuleContext ctx, Class<? extends ParseTree> type, int from) {
        for (int i = from; i < ctx.getChildCount(); i++) {
            if (type.isInstance(ctx.getChild(i))) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Changes

    private static final Set<String> DOWNWARD_REFERENCE_VERBS = Set.copyOf(WordLists.words("downward-reference-verbs"));

    private ChangePhrase change(StatsParser.ChangeContext c, SentenceText at) {
        if (c instanceof StatsParser.DirectedChangeContext d) {
            // changeLeads? direction PERFECTIVE? RESPECTIVELY? changeAmounts?, the most frequent change: its
            // parts found in one walk over the children.
            ChangeLeadsContext leads = null;
            StatsParser.DirectionContext directionWord = null;
            ChangeAmountsContext amountsContext = null;
            boolean respectively = false;
            for (int i = 0; i < d.getChildCount(); i++) {
                ParseTree child = d.getChild(i);
                if (child instanceof ChangeLeadsContext l) {
                    leads = l;
                } else if (child instanceof StatsParser.DirectionContext word) {
                    directionWord = word;
                } else if (child instanceof ChangeAmountsContext a) {
                    amountsContext = a;
                } else if (child instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.RESPECTIVELY) {
                    respectively = true;
                }
            }
            Lead lead = lead(leads);
            Direction direction = direction(directionWord);
            List<QuantityPhrase> amounts = amounts(amountsContext, at);
            QuantityPhrase reached = amounts.size() != 1 ? null : reached(amountsContext, amounts.get(0), at);
            return new ChangePhrase(at.start(d), at.end(d), lead.basis, direction, amounts,
                    lead.respectively || respectively, lead.qualified() || direction == Direction.FLAT,
                    false, -1, -1, -1, -1, reached);
        } else if (c instanceof StatsParser.RateChangeContext r) {
            Lead lead = lead(r.changeLeads());
            ChangeBasis basis = r.MONTHLY_AVG() != null && lead.basis == ChangeBasis.UNSPECIFIED
                    ? ChangeBasis.PERIOD_ON_PERIOD : lead.basis;
            Token rateWord = r.RATE_WORD().getSymbol();
            return new ChangePhrase(at.start(r), at.end(r), basis, rateDirection(rateWord.getText()),
                    amounts(r.changeAmounts(), at), lead.respectively || r.RESPECTIVELY() != null, true, false,
                    -1, -1, at.start(rateWord), at.end(rateWord), null);
        } else if (c instanceof StatsParser.DoublingChangeContext d) {
            Lead lead = lead(d.changeLeads());
            int end = at.end(d);
            QuantityPhrase times = new QuantityPhrase(at.start(d), end, doublingTimes(d.DOUBLING().getText()),
                    null, Unit.TIMES, -1, -1, Approximation.EXACT, false, true, false);
            return new ChangePhrase(at.start(d), end, lead.basis, Direction.UP, List.of(times),
                    lead.respectively, true, false, -1, -1, -1, -1, null);
        } else if (c instanceof StatsParser.ReferenceChangeContext r) {
            Direction direction = DOWNWARD_REFERENCE_VERBS.contains(r.REF_VERB().getText())
                    ? Direction.DOWN : Direction.UP;
            return new ChangePhrase(at.start(r), at.end(r), ChangeBasis.REFERENCE, direction,
                    amounts(r.changeAmounts(), at), r.RESPECTIVELY() != null, true, false,
                    at.start(r.refWords()), at.end(r.refWords()), -1, -1, null);
        } else if (c instanceof StatsParser.ComparedChangeContext r) {
            Direction direction;
            var compared = r.comparedDirection();
            if (compared instanceof StatsParser.ComparedVerbContext verb) {
                direction = direction(verb.direction());
            } else {
                direction = compared instanceof StatsParser.ComparedMoreContext ? Direction.UP : Direction.DOWN;
            }
            return new ChangePhrase(at.start(r), at.end(r), ChangeBasis.REFERENCE, direction,
                    amounts(r.changeAmounts(), at), false, true, false,
                    at.start(r.compareWords()), at.end(r.compareWords()), -1, -1, null);
        } else if (c instanceof StatsParser.MoreOrLessChangeContext m) {
            // 比上年多12万人: a comparison with the previous year by 多 or 少.
            ChangeBasis basis = m.basis() instanceof StatsParser.YearOnYearContext
                    ? ChangeBasis.YEAR_ON_YEAR : ChangeBasis.PERIOD_ON_PERIOD;
            return new ChangePhrase(at.start(m), at.end(m), basis,
                    m.MORE_WORD() != null ? Direction.UP : Direction.DOWN, amounts(m.changeAmounts(), at), false,
                    true, false, -1, -1, -1, -1, null);
        } else if (c instanceof StatsParser.CombinedChangeContext m) {
            // 年增5.3%, 月减2%: Taiwan's one-word basis and direction.
            String word = m.COMBINED_CHANGE().getText();
            ChangeBasis basis = word.charAt(0) == '年' ? ChangeBasis.YEAR_ON_YEAR : ChangeBasis.PERIOD_ON_PERIOD;
            return new ChangePhrase(at.start(m), at.end(m), basis,
                    word.charAt(1) == '增' ? Direction.UP : Direction.DOWN, amounts(m.changeAmounts(), at), false,
                    true, false, -1, -1, -1, -1, null);
        } else {
            StatsParser.SignedChangeContext s = (StatsParser.SignedChangeContext) c;
            ChangeBasis basis = s.basis() instanceof StatsParser.YearOnYearContext
                    ? ChangeBasis.YEAR_ON_YEAR : ChangeBasis.PERIOD_ON_PERIOD;
            Direction direction = s.signedAmount().PLUS() != null ? Direction.UP : Direction.DOWN;
            return new ChangePhrase(at.start(s), at.end(s), basis, direction,
                    List.of(quantity(s.signedAmount().quantity(), at)), s.RESPECTIVELY() != null, true,
                    false, -1, -1, -1, -1, null);
        }
    }

    private ChangePhrase level(StatsParser.LevelChangeContext l, SentenceText at) {
        Lead lead = lead(l.changeLeads());
        Direction direction = l.RISE_TO() != null ? Direction.UP : Direction.DOWN;
        return new ChangePhrase(at.start(l), at.end(l), lead.basis, direction,
                amounts(l.changeAmounts(), at), lead.respectively || l.RESPECTIVELY() != null, true, true, -1,
                -1, -1, -1, null);
    }

    /**
     * What stands before a direction: the basis, 分别, adverbs. There are four for each basis, all made once
     * ({@link #of}), so reading a change's lead allocates nothing.
     */
    private record Lead(ChangeBasis basis, boolean respectively, boolean adverb) {

        static final Lead NONE = new Lead(ChangeBasis.UNSPECIFIED, false, false);

        /** Every lead, by basis, then 分别, then adverb. */
        private static final Lead[] ALL = new Lead[ChangeBasis.values().length * 4];

        static {
            for (ChangeBasis basis : ChangeBasis.values()) {
                for (int flags = 0; flags < 4; flags++) {
                    ALL[basis.ordinal() * 4 + flags] = new Lead(basis, (flags & 2) != 0, (flags & 1) != 0);
                }
            }
        }

        static Lead of(ChangeBasis basis, boolean respectively, boolean adverb) {
            return ALL[basis.ordinal() * 4 + (respectively ? 2 : 0) + (adverb ? 1 : 0)];
        }

        boolean qualified() {
            return adverb || basis != ChangeBasis.UNSPECIFIED;
        }
    }

    /** {@code changeLead (changeLead | RESPECTIVELY)*}, read in one walk over the children. */
    private static Lead lead(ChangeLeadsContext leads) {
        if (leads == null) {
            return Lead.NONE;
        }
        ChangeBasis basis = ChangeBasis.UNSPECIFIED;
        boolean adverb = false;
        boolean respectively = false;
        for (int i = 0; i < leads.getChildCount(); i++) {
            ParseTree child = leads.getChild(i);
            if (child instanceof ChangeLeadContext lead) {
                StatsParser.BasisContext leadBasis = child(lead, StatsParser.BasisContext.class);
                if (leadBasis instanceof StatsParser.YearOnYearContext) {
                    basis = ChangeBasis.YEAR_ON_YEAR;
                } else if (leadBasis instanceof StatsParser.PeriodOnPeriodContext) {
                    basis = ChangeBasis.PERIOD_ON_PERIOD;
                } else if (QUALIFYING_ADVERBS.contains(lead.getStart().getText())) {
                    adverb = true; // a lead without a basis is one token, CHANGE_ADVERB or YEARLY_AVG
                }
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == StatsParser.RESPECTIVELY) {
                respectively = true;
            }
        }
        return Lead.of(basis, respectively, adverb);
    }

    /**
     * Adverbs that make a bare direction a statement about a measured quantity (人员大幅减少, 发案持续下降), unlike
     * the adverbs of policy language (不断提升, 进一步扩大, 明显提升), which report progress, not a statistic.
     */
    private static final Set<String> QUALIFYING_ADVERBS = Set.copyOf(WordLists.words("qualifying-adverbs"));

    /** {@code quantity ((LIST_SEP | CONJ) quantity)*}: every quantity, in text order. */
    private List<QuantityPhrase> amounts(ChangeAmountsContext amounts, SentenceText at) {
        if (amounts == null) {
            return List.of();
        }
        if (amounts.getChildCount() == 1) {
            return List.of(quantity((QuantityContext) amounts.getChild(0), at)); // most changes have one amount
        }
        List<QuantityPhrase> out = new ArrayList<>((amounts.getChildCount() + 1) / 2);
        for (int i = 0; i < amounts.getChildCount(); i++) {
            if (amounts.getChild(i) instanceof QuantityContext q) {
                out.add(quantity(q, at));
            }
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

    private static Marker marker(ParserRuleContext ctx, SentenceText at, Marker.Kind kind) {
        return new Marker(at.start(ctx), at.end(ctx), kind);
    }
}
