package io.github.cnstats.internal.context;

import io.github.cnstats.Change;
import io.github.cnstats.DateRange;
import io.github.cnstats.Diagnostic;
import io.github.cnstats.DocumentContext;
import io.github.cnstats.Measurement;
import io.github.cnstats.Period;
import io.github.cnstats.Quantity;
import io.github.cnstats.Region;
import io.github.cnstats.Span;
import io.github.cnstats.internal.normalize.NormalizedText;
import io.github.cnstats.internal.normalize.TextNormalizer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the context of a document resolves: each measurement's period range, resolved region and baseline, given
 * to it as it is made ({@link Document}), and for {@code explain} the context itself and the consistency checks.
 * The context is found ({@link ContextFinder}) only when something needs it: a period whose days depend on the
 * document's date or calendar (上月, 1至4月, 113年; not 2023年 or 2023年1至4月), or a relative region (全省, 本港,
 * 全国). A parse whose statistics need neither never reads its head and foot.
 */
public final class ContextStage {

    /** Short texts (periods, regions) normalised, shared by every call: the same few hundred recur. */
    private final Map<String, String> shortTexts = new ConcurrentHashMap<>();
    private static final int SHORT_TEXTS = 4096;
    private static final int SHORT = 24;

    /**
     * Periods resolved, by the anchor they were resolved against, shared by every call: a period's range depends on
     * its text, its kind and the anchor only, and the same few hundred periods recur (上半年, 1-4月, 今年以来).
     */
    private final Map<CalendarPeriods.Anchor, Map<Period, Object>> ranges = new ConcurrentHashMap<>();
    private static final int ANCHORS = 256;
    /**
     * Periods whose range needs no anchor (2023年, 2023年1至4月), with it, shared by every call; a period that does
     * need one is here too, as {@link #ANCHORED}, so that it is not tried without one again.
     */
    private final Map<Period, Object> ownRanges = new ConcurrentHashMap<>();
    /** The anchor of the last document that had a period, and its map. */
    private volatile Anchored last;
    /** A period that resolves to nothing, as the maps hold no null. */
    private static final Object UNRESOLVED = new Object();
    /** In {@link #ownRanges}: a period whose range depends on the document's anchor. */
    private static final Object ANCHORED = new Object();

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
     * @param text  the document as given
     * @param given what the caller gave
     * @return what resolves the measurements of this document as they are made; on one thread
     */
    public Document document(CharSequence text, DocumentContext given) {
        return new Document(text, given);
    }

    /**
     * @param text         the document as given
     * @param measurements its measurements, resolved, in text order, spans into {@code text}
     * @return what does not add up among them
     */
    public List<Diagnostic> check(CharSequence text, List<Measurement> measurements) {
        return checks.check(text, measurements);
    }

    /**
     * One document: its context, found at the first need, and the period ranges, regions and baselines of its
     * measurements. As a {@link CalendarPeriods.Reference} it gives the document's date and calendar, and notes that
     * they were asked for.
     */
    public final class Document implements CalendarPeriods.Reference {

        private final CharSequence text;
        private final DocumentContext given;
        /** The whole document normalised, when the parse has it, or null. */
        private NormalizedText normalized;
        /** Found at the first need; null before. */
        private DocumentContext context;
        /** The context's region, normalised, or null. */
        private String contextRegion;
        /** Looked up at the first period that needs the anchor. */
        private Anchored anchored;
        /** Whether {@link #date} or {@link #minguo} was asked for since this was last cleared. */
        private boolean asked;
        /** The last period resolved, and its range: the statistics of a sentence share one period record. */
        private Period lastPeriod;
        private DateRange lastRange;
        /** The last region's text resolved, and what it resolved to. */
        private String lastRegion;
        private String lastResolved;

        private Document(CharSequence text, DocumentContext given) {
            this.text = text;
            this.given = given;
        }

        /** @param whole the whole document normalised, which the context finder then reads instead of its own */
        public void wholeText(NormalizedText whole) {
            this.normalized = whole;
        }

        /** @return the document's context: what the caller gave, and what was found for the rest */
        public DocumentContext context() {
            if (context == null) {
                context = finder.find(text, normalized, given);
                contextRegion = context.region().map(ContextStage.this::normalized).orElse(null);
            }
            return context;
        }

        @Override
        public LocalDate date() {
            asked = true;
            return context().date().orElse(null);
        }

        @Override
        public boolean minguo() {
            asked = true;
            return context().minguoYears();
        }

        /**
         * A measurement of this document with its period range, resolved region and baseline, made once: the
         * parameters are those of {@link Measurement}'s constructor without them.
         *
         * @param subject  what was counted, or null
         * @param quantity the amount, or null
         * @param change   the change, or null
         * @param period   the period as written, or null
         * @param region   the region as written, or null
         * @param span     where it stands in the document
         * @param written  the text of {@code span}
         * @return the measurement, resolved
         */
        public Measurement resolved(String subject, Quantity quantity, Change change, Period period, Region region,
                                    Span span, String written) {
            return new Measurement(subject, quantity, change, period, region, span, written,
                    period == null ? null : range(period), region == null ? null : region(region),
                    Baselines.of(quantity, change));
        }

        /** @return the days {@code period} covers in this document, or null */
        public DateRange range(Period period) {
            if (period != lastPeriod) {
                lastRange = rangeOf(period);
                lastPeriod = period;
            }
            return lastRange;
        }

        private DateRange rangeOf(Period period) {
            Object own = ownRanges.get(period);
            if (own == null) {
                asked = false;
                DateRange resolved = CalendarPeriods.resolve(normalized(period.text()), period.kind(), this);
                if (!asked) {
                    bounded(ownRanges).put(period, resolved == null ? UNRESOLVED : resolved);
                    return resolved; // the same in every document
                }
                bounded(ownRanges).put(period, ANCHORED);
                bounded(anchored().ranges()).put(period, resolved == null ? UNRESOLVED : resolved);
                return resolved;
            }
            if (own != ANCHORED) {
                return own == UNRESOLVED ? null : (DateRange) own;
            }
            Map<Period, Object> known = anchored().ranges();
            Object range = known.get(period);
            if (range == null) {
                DateRange resolved = CalendarPeriods.resolve(normalized(period.text()), period.kind(),
                        anchored().anchor());
                range = resolved == null ? UNRESOLVED : resolved;
                bounded(known).put(period, range);
            }
            return range == UNRESOLVED ? null : (DateRange) range;
        }

        /** @return {@code region} by name in this document, or null */
        public String region(Region region) {
            String written = region.text();
            if (written != lastRegion) { // the same string when the region is the statistic before's
                lastResolved = regionOf(written);
                lastRegion = written;
            }
            return lastResolved;
        }

        private String regionOf(String written) {
            String normal = normalized(written);
            if (!RegionResolver.relative(normal)) {
                return RegionResolver.resolve(normal, written, null, false); // the same in every document
            }
            DocumentContext found = context();
            return RegionResolver.resolve(normal, written, contextRegion, found.minguoYears());
        }

        private Anchored anchored() {
            if (anchored == null) {
                DocumentContext found = context();
                anchored = ContextStage.this.anchored(found.date().orElse(null), found.minguoYears());
            }
            return anchored;
        }
    }

    /** {@code map}, emptied first when it holds as many as a parser keeps. */
    private static Map<Period, Object> bounded(Map<Period, Object> map) {
        if (map.size() >= SHORT_TEXTS) {
            map.clear(); // bounded: a parser kept for a long time holds no more than this
        }
        return map;
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
