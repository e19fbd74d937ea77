package io.github.cnstats.internal.extract;

import io.github.cnstats.Change;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParts;
import io.github.cnstats.Period;
import io.github.cnstats.Quantity;
import io.github.cnstats.Region;
import io.github.cnstats.Span;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.ast.Node.PeriodPhrase;
import io.github.cnstats.internal.context.ContextStage;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;
import io.github.cnstats.internal.normalize.TextRange;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the drafts of one document into the public {@link Measurement}s: the span and original text, the
 * subject, the quantity with its unit as written, the change, and the period and region each statistic holds
 * for, resolved as each is made ({@link ContextStage.Document}: the period's days, the region by name, the
 * baseline), so each is one record.
 *
 * <p>The statistics of a sentence mostly share their period: the last period made is given again when asked for
 * again, instead of a new record each time, and a unit is the one the phrase was read with unless brackets make
 * its written text differ ({@link UnitTexts}); the records are immutable, so sharing one changes nothing a caller
 * can see. One per call of the parser, on one thread.
 */
final class MeasurementMaker {

    private final OriginalText original;
    /** The periods the grammar read in the window of the statistic at hand, which a region's search reads after. */
    private final WindowPeriods grammarPeriods = new WindowPeriods();
    private final RegionFinder regions;
    private final UnitTexts units;
    /** What resolves each measurement's period, region and baseline as it is made. */
    private final ContextStage.Document document;
    /** Where the parts of each measurement made are written, or null when nobody asked. */
    private final List<MeasurementParts> parts;

    /** The last period found, and the record made for it. */
    private PeriodPhrase lastFound;
    private Period lastPeriod;
    /** The last region made: the statistics of a sentence mostly share their region, and so its written string. */
    private Region lastRegion;

    /**
     * @param parts    where to add the parts of each measurement made, in the same order, or null not to find them
     * @param document the document's context stage, which resolves each measurement as it is made
     */
    MeasurementMaker(OriginalText original, RegionFinder regions, List<MeasurementParts> parts,
                     ContextStage.Document document) {
        this.original = original;
        this.document = document;
        this.regions = regions;
        this.units = new UnitTexts(original);
        this.parts = parts;
    }

    /**
     * @param periods the periods of the window, in text order
     * @return the measurement of {@code draft}, bound in the window {@code window}
     */
    Measurement of(Draft draft, TextRange window, List<PeriodPhrase> periods) {
        int start = draft.extentStart();
        int end = draft.extentEnd();
        Span span = original.span(start, end);
        String subject = draft.hasSubject() ? subject(draft.subject) : null;
        Quantity quantity = draft.quantity == null ? null : quantity(draft.quantity);
        Change change = draft.change;
        QuantityPhrase figure = draft.quantity != null ? draft.quantity : draft.figure;
        if (change != null && figure != null) {
            change = inCurrencyOf(change, quantity != null ? quantity.unit() : quantity(figure).unit());
        }
        if (change != null && draft.reference != null) {
            change = new Change(change.basis(), change.direction(), change.amount(), change.amountUnit(),
                    original.text(draft.reference[0], draft.reference[1]), change.streak());
        }
        int number = firstNumber(draft);
        PeriodPhrase last = lastBefore(periods, number);
        Period period = last == null ? null : period(last);
        Region region = null;
        grammarPeriods.set(periods);
        int[] place = regions.lastOpening(window.start(), Math.max(window.start(), number), grammarPeriods);
        if (draft.hasSubject() && draft.subject.size() == 1) {
            int[] named = regions.wholeName(draft.subject.get(0)[0], draft.subject.get(0)[1]);
            if (named != null) {
                place = named; // 广东、湖北和江西增加500小时: a subject that is only a place names where the figure holds
            }
        } else if (draft.groupVerb != null && draft.subject.size() == 2) {
            int[] named = regions.wholeName(draft.subject.get(0)[0], draft.subject.get(0)[1]);
            if (named != null) {
                place = named; // 山东和河南分别完成投资320亿元和280亿元: the item's place, then the words after 分别
                subject = subject(draft.subject.subList(1, 2));
            }
        }
        if (place != null) {
            region = region(original.text(place[0], place[1]));
        }
        if (parts != null) {
            parts.add(parts(draft, last, place));
        }
        return document.resolved(subject, quantity, change, period, region, span, original.text(span));
    }

    /**
     * Where the parts of a draft are written. A change is placed by its phrase; a change without one (a change
     * given again in brackets, 增加512宗(+6.4%), or one taken over from another draft) only when it is all the
     * draft has, since its extent is then the change.
     */
    private MeasurementParts parts(Draft draft, PeriodPhrase period, int[] region) {
        List<Span> subject = new ArrayList<>(draft.subject.size());
        for (int[] range : draft.subject) {
            subject.add(original.span(range[0], range[1]));
        }
        Span quantity = draft.quantity == null ? null : original.span(draft.quantity.start(), draft.quantity.end());
        Span change = null;
        if (draft.change != null) {
            if (draft.changeAt >= 0 && draft.changeEnd >= draft.changeAt) {
                change = original.span(draft.changeAt, draft.changeEnd);
            } else if (draft.quantity == null) {
                change = original.span(draft.start, draft.end);
            }
        }
        return new MeasurementParts(subject, quantity, change,
                period == null ? null : original.span(period.start(), period.end()),
                region == null ? null : original.span(region[0], region[1]));
    }

    /** The subject as written: one range, or two when it wraps the number (破获2.9万起电诈案件). */
    private String subject(List<int[]> ranges) {
        if (ranges.size() == 1) {
            return original.text(ranges.get(0)[0], ranges.get(0)[1]); // no copy of a copy
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ranges.size(); i++) {
            s.append(original.text(ranges.get(i)[0], ranges.get(i)[1]));
        }
        return s.toString();
    }

    /**
     * The period a statistic whose first number starts at {@code at} holds for: the last one written before it in
     * its window that holds there (a streak, 连续7个月, only in its own clause).
     *
     * @return the period, or null
     */
    static PeriodPhrase lastBefore(List<PeriodPhrase> periods, int at) {
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (periods.get(i).holdsAt(at)) {
                return periods.get(i);
            }
        }
        return null;
    }

    private Period period(PeriodPhrase found) {
        if (found != lastFound && !found.equals(lastFound)) { // mostly the very node of the statistic before
            lastFound = found;
            lastPeriod = new Period(original.text(found.start(), found.end()), found.kind());
        }
        return lastPeriod;
    }

    /** A region of this text, the record made last when its text is that very string ({@link OriginalText} keeps it). */
    private Region region(String written) {
        if (lastRegion == null || lastRegion.text() != written) {
            lastRegion = new Region(written);
        }
        return lastRegion;
    }

    private static int firstNumber(Draft draft) {
        return draft.quantity != null ? draft.quantity.start() : draft.start;
    }

    /**
     * 新台币52.3亿元,较上年同期减少18.2亿元: an amount in 元 of a figure in another currency (新台币, 港元, 美元) is in that
     * currency, as the spec has an absolute change take the quantity's unit.
     */
    private static Change inCurrencyOf(Change change, Unit figureUnit) {
        Unit amountUnit = change.amountUnit();
        if (amountUnit == null || figureUnit == null || figureUnit.kind() != UnitKind.MONEY
                || amountUnit.kind() != UnitKind.MONEY || !amountUnit.text().equals("元")
                || figureUnit.text().equals("元")) {
            return change;
        }
        return new Change(change.basis(), change.direction(), change.amount(), figureUnit, change.reference(),
                change.streak());
    }

    private Quantity quantity(QuantityPhrase q) {
        Unit unit = q.unit();
        if (unit != null && q.unitStart() >= 0) {
            unit = units.unit(unit, q.unitStart(), q.unitEnd());
        }
        return new Quantity(q.value(), q.high(), unit, q.approx());
    }
}
