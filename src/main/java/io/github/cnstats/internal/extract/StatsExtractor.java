package io.github.cnstats.internal.extract;

import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Diagnostic;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.ParseResult;
import io.github.cnstats.ParserLimits;
import io.github.cnstats.Period;
import io.github.cnstats.Quantity;
import io.github.cnstats.Span;
import io.github.cnstats.Unit;
import io.github.cnstats.internal.extract.Element.QuantityPhrase;
import io.github.cnstats.internal.normalize.NormalizedText;
import io.github.cnstats.internal.normalize.SentenceSplitter;
import io.github.cnstats.internal.normalize.TextNormalizer;
import io.github.cnstats.internal.normalize.TextRange;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.UnitLexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The parser behind {@link io.github.cnstats.Cnstats#parser()}: normalise the document once, split it into
 * sentences, parse the stretches that can hold a number (see {@link ParseWindows}), bind what the grammar
 * found into measurements, and map every offset back to the original text.
 *
 * <p>Immutable and thread-safe: every call keeps its state on its own stack.
 */
public final class StatsExtractor implements MeasurementParser {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final UnitLexicon units;
    private final SentenceParser sentenceParser;
    private final ElementReader reader;

    private final ParserLimits limits;

    /** A parser with the standard unit lexicon and the default limits. */
    public StatsExtractor() {
        this(UnitLexicon.standard(), ParserLimits.defaults());
    }

    /**
     * @param limits the limits to keep to
     */
    public StatsExtractor(ParserLimits limits) {
        this(UnitLexicon.standard(), limits);
    }

    /**
     * @param units the units and counters to recognise
     */
    public StatsExtractor(UnitLexicon units) {
        this(units, ParserLimits.defaults());
    }

    /**
     * @param units  the units and counters to recognise
     * @param limits the limits to keep to
     */
    public StatsExtractor(UnitLexicon units, ParserLimits limits) {
        this.units = Objects.requireNonNull(units, "units");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.sentenceParser = new SentenceParser(units);
        this.reader = new ElementReader(units, new NumeralGuard(limits));
    }

    @Override
    public List<Measurement> parse(CharSequence text) {
        return explain(text).measurements();
    }

    @Override
    public ParseResult explain(CharSequence text) {
        Objects.requireNonNull(text, "text");
        InputCut cut = InputCut.of(text, limits.maxInputLength());
        List<Declined> declined = new ArrayList<>();
        NormalizedText normalized = normalizer.normalize(cut.readable());
        String norm = OverlongNumerals.blank(normalized.text(), declined);
        PeriodFinder periods = new PeriodFinder(norm);
        RegionFinder regions = new RegionFinder(norm);
        SubjectText subjects = new SubjectText(norm, periods, regions);
        MeasurementBinder binder = new MeasurementBinder(norm, subjects, regions);
        RegionWalk clauseRegions = new RegionWalk(regions, periods, norm.length());
        OriginalText original = new OriginalText(normalized);
        UnknownUnits unknownUnits = new UnknownUnits(norm);
        List<Measurement> out = new ArrayList<>();
        for (TextRange window : ParseWindows.of(norm, splitter.sentences(normalized))) {
            String windowText = norm.substring(window.start(), window.end());
            List<Element> elements = reader.read(sentenceParser.parse(windowText), windowText, window.start(),
                    declined);
            List<Draft> drafts = binder.bind(elements, window.start(), window.end());
            unknownUnits.note(elements, drafts, declined);
            for (Draft draft : drafts) {
                out.add(toMeasurement(draft, window, original, periods, clauseRegions));
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>(declined.size() + 1);
        declined.sort(Comparator.comparingInt(Declined::start)); // in text order, as measurements are
        for (Declined d : declined) {
            diagnostics.add(new Diagnostic(d.kind(), original.span(d.start(), d.end()), d.message()));
        }
        cut.diagnostic().ifPresent(diagnostics::add);
        return new ParseResult(out, diagnostics);
    }

    private Measurement toMeasurement(Draft draft, TextRange sentence, OriginalText original, PeriodFinder periods,
                                      RegionWalk regions) {
        int start = draft.extentStart();
        int end = draft.extentEnd();
        Span span = original.span(start, end);
        String subject = null;
        if (draft.hasSubject()) {
            StringBuilder s = new StringBuilder();
            for (int[] range : draft.subject) {
                s.append(original.text(range[0], range[1]));
            }
            subject = s.toString();
        }
        Quantity quantity = draft.quantity == null ? null : quantity(draft.quantity, original);
        Change change = draft.change;
        if (change != null && draft.reference != null) {
            change = new Change(change.basis(), change.direction(), change.amount(), change.amountUnit(),
                    original.text(draft.reference[0], draft.reference[1]), change.streak());
        }
        Period period = null;
        PeriodFinder.Found last = periods.lastBefore(sentence.start(), firstNumber(draft, start));
        if (last != null) {
            period = new Period(original.text(last.start(), last.end()), last.kind());
        }
        if (change != null && draft.reference != null && last != null
                && Years.isYearBefore(normalizedText(original, draft.reference), normalizedText(original, last))) {
            // 二〇二三年…较二〇二二年上升28.4%: against the year before is year on year.
            change = new Change(ChangeBasis.YEAR_ON_YEAR, change.direction(), change.amount(), change.amountUnit(),
                    null, change.streak());
        }
        String region = null;
        int[] place = regions.lastIn(sentence.start(), Math.max(sentence.start(), firstNumber(draft, start)));
        if (place != null) {
            region = original.text(place[0], place[1]);
        }
        return new Measurement(subject, quantity, change, period, region, span, original.text(span));
    }

    private static String normalizedText(OriginalText original, int[] range) {
        return original.normalized(range[0], range[1]);
    }

    private static String normalizedText(OriginalText original, PeriodFinder.Found found) {
        return original.normalized(found.start(), found.end());
    }

    private static int firstNumber(Draft draft, int fallback) {
        return draft.quantity != null ? draft.quantity.start() : draft.start;
    }

    private Quantity quantity(QuantityPhrase q, OriginalText original) {
        Unit unit = q.unit();
        if (unit != null && q.unitStart() >= 0) {
            unit = new Unit(original.unitText(q.unitStart(), q.unitEnd()), unit.kind());
        }
        return new Quantity(q.value(), q.high(), unit, q.approx());
    }
}
