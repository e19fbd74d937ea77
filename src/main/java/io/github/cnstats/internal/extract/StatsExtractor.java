package io.github.cnstats.internal.extract;

import io.github.cnstats.Diagnostic;
import io.github.cnstats.DocumentContext;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParts;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.ParseResult;
import io.github.cnstats.ParserLimits;
import io.github.cnstats.Span;
import io.github.cnstats.internal.ast.AstBuilder;
import io.github.cnstats.internal.context.ContextStage;
import io.github.cnstats.internal.ast.Node;
import io.github.cnstats.internal.ast.Node.ComparedPeriod;
import io.github.cnstats.internal.ast.Node.Frame;
import io.github.cnstats.internal.ast.Node.SectionHeader;
import io.github.cnstats.internal.ast.Node.PeriodPhrase;
import io.github.cnstats.internal.ast.NumeralReader;
import io.github.cnstats.internal.normalize.NormalizedText;
import io.github.cnstats.internal.normalize.SentenceSplitter;
import io.github.cnstats.internal.normalize.TextNormalizer;
import io.github.cnstats.internal.normalize.TextRange;
import io.github.cnstats.internal.parse.ParsedSentence;
import io.github.cnstats.internal.parse.SentenceParser;
import io.github.cnstats.internal.units.SharedUnits;
import io.github.cnstats.internal.units.UnitLexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The parser behind {@link io.github.cnstats.Cnstats#parser()}: normalise the document once, split it into
 * sentences, parse the stretches that can hold a number (see {@link ParseWindows}), bind what the grammar
 * found into drafts, and make each draft a measurement ({@link MeasurementMaker}: periods, regions and every
 * offset mapped back to the original text).
 *
 * <p>Immutable and thread-safe: every call keeps its state on its own stack.
 */
public final class StatsExtractor implements MeasurementParser {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final UnitLexicon units;
    private final SentenceParser sentenceParser;
    private final SharedUnits sharedUnits;
    private final NumeralReader numerals;

    private final ParserLimits limits;
    private final ContextStage contextStage = new ContextStage(normalizer);

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
        this.sharedUnits = new SharedUnits(units);
        this.numerals = new NumeralReader(limits);
    }

    /** The measurements alone: what was declined is noted as the parse goes, but never made a diagnostic. */
    @Override
    public List<Measurement> parse(CharSequence text) {
        return parse(text, DocumentContext.findInText());
    }

    @Override
    public List<Measurement> parse(CharSequence text, DocumentContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        List<TextRange> windows = InputWindows.of(text, limits.maxInputLength());
        ContextStage.Document document = contextStage.document(text, context);
        if (windows.size() == 1) {
            return new Run(text, false, document, true).measurements; // its normalised text serves the context too
        }
        List<Measurement> all = new ArrayList<>();
        for (TextRange w : windows) {
            for (Measurement m : new Run(text.subSequence(w.start(), w.end()), false, document, false).measurements) {
                all.add(shifted(m, w.start()));
            }
        }
        return all;
    }

    @Override
    public ParseResult explain(CharSequence text) {
        return explain(text, DocumentContext.findInText());
    }

    @Override
    public ParseResult explain(CharSequence text, DocumentContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        List<Measurement> measurements = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<MeasurementParts> parts = new ArrayList<>();
        ContextStage.Document document = contextStage.document(text, context);
        for (TextRange w : InputWindows.of(text, limits.maxInputLength())) {
            boolean all = w.start() == 0 && w.end() == text.length();
            Run run = new Run(all ? text : text.subSequence(w.start(), w.end()), true, document, all);
            for (Measurement m : run.measurements) {
                measurements.add(shifted(m, w.start()));
            }
            for (MeasurementParts p : run.parts) {
                parts.add(p.shifted(w.start()));
            }
            List<Declined> declined = run.declined;
            declined.sort(Comparator.comparingInt(Declined::start)); // in text order, as measurements are
            for (Declined d : declined) {
                Span span = run.original.span(d.start(), d.end());
                diagnostics.add(new Diagnostic(d.kind(), new Span(span.start() + w.start(), span.end() + w.start()),
                        d.message()));
            }
        }
        List<Diagnostic> checks = contextStage.check(text, measurements);
        if (!checks.isEmpty()) {
            diagnostics.addAll(checks);
            diagnostics.sort(Comparator.comparingInt(d -> d.span().start())); // stable: each list was in order
        }
        return new ParseResult(measurements, diagnostics, parts, document.context());
    }

    /** The measurement found in a window, placed in the whole text. */
    private static Measurement shifted(Measurement m, int by) {
        if (by == 0) {
            return m;
        }
        return new Measurement(m.subject(), m.quantity(), m.change(), m.period(), m.region(),
                new Span(m.span().start() + by, m.span().end() + by), m.text(), m.periodRange(), m.regionResolved(),
                m.baseline());
    }

    /**
     * One parse of one text: the measurements, and what was declined with its offsets still in the normalised
     * text, which only {@link #explain} maps back to the original (a parse throws them away).
     */
    private final class Run {

        final OriginalText original;
        final NormalizedText normalized;
        final List<Measurement> measurements = new ArrayList<>();
        final List<Declined> declined = new ArrayList<>();
        /** Where the parts of each measurement are written, if asked for; else null. */
        final List<MeasurementParts> parts;

        /**
         * @param withParts whether to find where the parts of each measurement are written ({@link #explain})
         * @param document  what resolves each measurement's period, region and baseline as it is made
         * @param whole     whether {@code text} is the whole document, whose normalised text the context finder
         *                  then reads
         */
        Run(CharSequence text, boolean withParts, ContextStage.Document document, boolean whole) {
            parts = withParts ? new ArrayList<>() : null;
            normalized = normalizer.normalize(text);
            if (whole) {
                document.wholeText(normalized);
            }
            String norm = OverlongNumerals.blank(normalized.text(), declined);
            WindowPeriods windowPeriods = new WindowPeriods();
            SentenceTexts texts = new SentenceTexts();
            RegionFinder regions = new RegionFinder(texts);
            SubjectText subjects = new SubjectText(texts, windowPeriods, regions);
            MeasurementBinder binder = new MeasurementBinder(texts, subjects, regions);
            original = new OriginalText(normalized);
            MeasurementMaker maker = new MeasurementMaker(original, regions, parts, document);
            SentenceBasis basis = new SentenceBasis(texts);
            UnknownUnits unknownUnits = new UnknownUnits(texts);
            AstBuilder ast = new AstBuilder(sharedUnits, numerals);
            AstBuilder.Refusals refusals = (kind, start, end, message) ->
                    declined.add(new Declined(kind, start, end, message));
            List<TextRange> windows = ParseWindows.of(norm, splitter.bounds(normalized));
            for (int w = 0; w < windows.size(); w++) { // indexed: an iterator per window and per draft was allocated
                TextRange window = windows.get(w);
                // The window is lexed where it stands in the text, and cut from it only when it holds an element:
                // a quarter of the windows of prose let through as maybe statistics hold none.
                ParsedSentence parsed = sentenceParser.parse(norm, window.start(), window.end());
                if (parsed.size() == 0) {
                    continue; // no node, so no draft: nothing the stages below would make or keep
                }
                String windowText = norm.substring(window.start(), window.end());
                List<Node> elements = ast.build(parsed, windowText, window.start(), refusals);
                texts.setWindow(ast.sentence(), elements); // the words read after the AST: its gaps, the sentence
                List<PeriodPhrase> periods = ast.periods(parsed, windowText, window.start()); // subjects trim them
                List<ComparedPeriod> compared = ast.comparedPeriods(parsed, window.start());
                windowPeriods.set(periods, compared);
                List<Frame> frames = ast.frames(parsed, window.start()); // 与去年同期相比: a basis, no subject
                List<SectionHeader> headers = ast.headers(parsed, window.start()); // 分地区看: no subject
                List<Draft> drafts = binder.bind(elements, frames, headers, window.start(), window.end());
                unknownUnits.note(elements, drafts, declined);
                basis.settle(drafts, window.start(), periods, compared, frames);
                for (int d = 0; d < drafts.size(); d++) {
                    measurements.add(maker.of(drafts.get(d), window, periods));
                }
            }
        }
    }
}
