package io.github.cnstats.internal.context;

import io.github.cnstats.Baseline;
import io.github.cnstats.DateRange;
import io.github.cnstats.Diagnostic;
import io.github.cnstats.DocumentContext;
import io.github.cnstats.Measurement;
import io.github.cnstats.Period;
import io.github.cnstats.internal.normalize.NormalizedText;
import io.github.cnstats.internal.normalize.TextNormalizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stage after the measurements of a document are made: find its context (what the caller did not give), and
 * give each measurement its period range, resolved region and baseline; for {@code explain}, the consistency
 * checks too. Nothing the earlier stages made changes: only the three fields are added.
 */
public final class ContextStage {

    /**
     * @param measurements the measurements with their resolved fields
     * @param context      the context used (the one given, when a parse had nothing to resolve)
     * @param diagnostics  what does not add up (empty unless asked for)
     */
    public record Result(List<Measurement> measurements, DocumentContext context, List<Diagnostic> diagnostics) {
    }

    /** Short texts (periods, regions) normalised, shared by every call: the same few hundred recur. */
    private final Map<String, String> shortTexts = new ConcurrentHashMap<>();
    private static final int SHORT_TEXTS = 4096;
    private static final int SHORT = 24;

    /**
     * Periods resolved, by the anchor they were resolved against, shared by every call: a period's range depends on
     * its text, its kind and the anchor only, and the same few hundred periods recur (2023年, 1-4月, 上半年).
     */
    private final Map<CalendarPeriods.Anchor, Map<Period, Object>> ranges = new ConcurrentHashMap<>();
    private static final int ANCHORS = 256;
    /** The anchor of the last document that had a period, and its map. */
    private volatile Anchored last;
    /** A period that resolves to nothing, as the maps hold no null. */
    private static final Object UNRESOLVED = new Object();

    private final TextNormalizer normalizer;
    private final ContextFinder finder;
    private final ConsistencyChecks checks;

    /** @param normalizer the parser's normaliser */
    public ContextStage(TextNormalizer normalizer) {
        this.normalizer = normalizer;
        this.finder = new ContextFinder(normalizer);
        this.checks = new ConsistencyChecks(normalizer);
    }

    /**
     * @param text     the document as given
     * @param found    its measurements, in text order, spans into {@code text}; an {@code ArrayList} is resolved in
     *                 place and returned
     * @param given    what the caller gave
     * @param checking whether to run the consistency checks
     * @return the measurements resolved, the context and the checks' diagnostics
     */
    public Result run(CharSequence text, List<Measurement> found, DocumentContext given, boolean checking) {
        return run(text, null, found, given, checking);
    }

    /**
     * @param text       the document as given
     * @param normalized the whole document normalised, when the parse has it, or {@code null}
     * @param found      its measurements, in text order, spans into {@code text}; an {@code ArrayList} is resolved
     *                   in place and returned
     * @param given      what the caller gave
     * @param checking   whether to run the consistency checks
     * @return the measurements resolved, the context and the checks' diagnostics
     */
    public Result run(CharSequence text, NormalizedText normalized, List<Measurement> found, DocumentContext given,
                      boolean checking) {
        if (found.isEmpty() && !checking) {
            return new Result(found, given, List.of()); // a parse with nothing to resolve has no use for a context
        }
        DocumentContext context = finder.find(text, normalized, given);
        LocalDate date = context.date().orElse(null);
        String region = context.region().map(this::normalized).orElse(null);
        boolean minguo = context.minguoYears();
        Anchored anchored = null; // looked up at the first period only
        // The parse's own list is given its resolved measurements in place; any other is copied.
        List<Measurement> out = found instanceof ArrayList<Measurement> own ? own : new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) { // indexed: no iterator
            Measurement m = out.get(i);
            DateRange range = null;
            if (m.period() != null) {
                if (anchored == null) {
                    anchored = anchored(date, minguo);
                }
                range = range(m.period(), anchored);
            }
            String resolved = null;
            if (m.region() != null) {
                String written = m.region().text();
                resolved = RegionResolver.resolve(normalized(written), written, region, minguo);
            }
            Baseline baseline = Baselines.of(m.quantity(), m.change());
            if (range != null || resolved != null || baseline != null) {
                out.set(i, m.withResolved(range, resolved, baseline));
            }
        }
        List<Diagnostic> diagnostics = checking ? checks.check(text, out) : List.of();
        return new Result(out, context, diagnostics);
    }

    /** An anchor and the periods resolved against it. */
    private record Anchored(CalendarPeriods.Anchor anchor, Map<Period, Object> ranges) {
    }

    /** The periods resolved against the anchor of this date and calendar, shared by every document with it. */
    private Anchored anchored(LocalDate date, boolean minguo) {
        Anchored recent = last;
        if (recent != null && recent.anchor().minguo() == minguo && Objects.equals(recent.anchor().date(), date)) {
            return recent; // most documents in a row share their anchor (none found, or one date)
        }
        CalendarPeriods.Anchor anchor = new CalendarPeriods.Anchor(date, minguo);
        Map<Period, Object> known = ranges.get(anchor);
        if (known == null) {
            if (ranges.size() >= ANCHORS) {
                ranges.clear(); // bounded: one map per document date seen, no more than this many
            }
            known = ranges.computeIfAbsent(anchor, a -> new ConcurrentHashMap<>());
        }
        recent = new Anchored(anchor, known);
        last = recent;
        return recent;
    }

    private DateRange range(Period period, Anchored anchored) {
        Map<Period, Object> known = anchored.ranges();
        Object range = known.get(period);
        if (range == null) {
            DateRange resolved = CalendarPeriods.resolve(normalized(period.text()), period.kind(), anchored.anchor());
            range = resolved == null ? UNRESOLVED : resolved;
            if (known.size() >= SHORT_TEXTS) {
                known.clear();
            }
            known.put(period, range);
        }
        return range == UNRESOLVED ? null : (DateRange) range;
    }

    private String normalized(String text) {
        if (text.length() > SHORT) {
            return normalizer.normalize(text).text();
        }
        String known = shortTexts.get(text);
        if (known == null) {
            known = normalizer.normalize(text).text();
            if (shortTexts.size() >= SHORT_TEXTS) {
                shortTexts.clear(); // bounded: a parser kept for a long time holds no more than this
            }
            shortTexts.put(text, known);
        }
        return known;
    }
}
