package io.github.cnstats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a document is about beyond its sentences: the date it was published and the region it reports on. With
 * them, relative periods ({@code 今年以来}, {@code 上月}) resolve to dates and relative regions ({@code 全省},
 * {@code 本港}) to a named region; see {@link Measurement#periodRange()} and {@link Measurement#regionResolved()}.
 *
 * <p>A caller may give the date and region ({@link #builder()}); what it does not give, the parser looks for in
 * the text itself unless told not to ({@link Builder#findInText(boolean)}): a date line at the top or the foot
 * ({@code 2024-05-27}, {@code 发布时间:2024年5月27日}, {@code 来源:… 2024-05-27}, a dateline with its year
 * {@code 2024年5月27日电}), the publisher in the first lines ({@code 广东省公安厅} gives 广东省, {@code 香港警务处}
 * 香港, {@code 国家统计局} 中国) and Taiwan's 民国 years ({@code 民國113年}, a date line {@code 113年5月27日}).
 * A dateline without a year ({@code 新华社北京5月27日电}) gives no date: nothing is guessed. What the caller
 * gives always wins over what the text says.
 *
 * <p>{@link MeasurementParser#explain(CharSequence, DocumentContext)} reports the context it used in
 * {@link ParseResult#context()}, with a {@link Clue} for each part: where it came from and, when it was found in
 * the text, its span. Immutable and thread-safe.
 */
public final class DocumentContext {

    private static final DocumentContext FIND_IN_TEXT = new Builder().build();

    /** Where a part of the context came from. */
    public enum Source {
        /** Given by the caller. */
        CALLER,
        /** A line of its own that is, or holds, a full date: {@code 2024-05-27}, {@code 发布时间:2024年5月27日}. */
        DATE_LINE,
        /** A news dateline that names its year: {@code 新华社北京2024年5月27日电}. */
        DATELINE,
        /** The publisher named in the first lines or the signature: {@code 广东省公安厅}, {@code 香港警务处}. */
        PUBLISHER,
        /** The text names a 民国 year: {@code 民國113年}, or a date line in 民国 years. */
        TEXT
    }

    /**
     * Where one part of the context came from.
     *
     * @param source what kind of clue it was
     * @param span   where it stands in the text as given, or {@code null} when the caller gave it
     * @param text   the clue as written, or {@code null} when the caller gave it
     */
    public record Clue(Source source, Span span, String text) {

        /**
         * @param source what kind of clue it was
         * @param span   where it stands, or {@code null} for the caller's
         * @param text   the clue as written, or {@code null} for the caller's
         * @throws NullPointerException if {@code source} is null
         */
        public Clue {
            Objects.requireNonNull(source, "source");
        }
    }

    private final LocalDate date;
    private final Clue dateClue;
    private final String region;
    private final Clue regionClue;
    private final boolean minguoYears;
    private final Clue minguoClue;
    private final boolean findInText;

    private DocumentContext(Builder b) {
        this.date = b.date;
        this.dateClue = b.dateClue;
        this.region = b.region;
        this.regionClue = b.regionClue;
        this.minguoYears = b.minguoYears;
        this.minguoClue = b.minguoClue;
        this.findInText = b.findInText;
    }

    /**
     * The context that {@code parse(text)} uses: nothing given, everything looked for in the text.
     *
     * @return that context
     */
    public static DocumentContext findInText() {
        return FIND_IN_TEXT;
    }

    /** @return a builder with nothing given, that looks for the rest in the text */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the date the document was published, if known */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** @return where the date came from, if there is one */
    public Optional<Clue> dateClue() {
        return Optional.ofNullable(dateClue);
    }

    /** @return the region the document reports on ({@code 广东省}, {@code 香港}, {@code 中国}), if known */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** @return where the region came from, if there is one */
    public Optional<Clue> regionClue() {
        return Optional.ofNullable(regionClue);
    }

    /**
     * @return whether years of two or three digits are 民国 years ({@code 113年} is 2024), as in Taiwan's official
     *         text; when false they resolve to nothing
     */
    public boolean minguoYears() {
        return minguoYears;
    }

    /** @return where the use of 民国 years came from, if they are used */
    public Optional<Clue> minguoClue() {
        return Optional.ofNullable(minguoClue);
    }

    /** @return whether what is not given is looked for in the text */
    public boolean findsInText() {
        return findInText;
    }

    /** @return a builder that starts from this context */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.date = date;
        b.dateClue = dateClue;
        b.region = region;
        b.regionClue = regionClue;
        b.minguoYears = minguoYears;
        b.minguoClue = minguoClue;
        b.findInText = findInText;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentContext c && Objects.equals(date, c.date) && Objects.equals(dateClue, c.dateClue)
                && Objects.equals(region, c.region) && Objects.equals(regionClue, c.regionClue)
                && minguoYears == c.minguoYears && Objects.equals(minguoClue, c.minguoClue)
                && findInText == c.findInText;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, dateClue, region, regionClue, minguoYears, minguoClue, findInText);
    }

    @Override
    public String toString() {
        return "DocumentContext[date=" + date + (dateClue == null ? "" : " (" + dateClue.source() + ")")
                + ", region=" + region + (regionClue == null ? "" : " (" + regionClue.source() + ")")
                + ", minguoYears=" + minguoYears + ", findInText=" + findInText + "]";
    }

    /** Builds a {@link DocumentContext}. Not thread-safe; the context it builds is. */
    public static final class Builder {

        private LocalDate date;
        private Clue dateClue;
        private String region;
        private Clue regionClue;
        private boolean minguoYears;
        private Clue minguoClue;
        private boolean findInText = true;

        private Builder() {
        }

        /**
         * @param date the date the document was published, or {@code null} to leave it to the text
         * @return this builder
         */
        public Builder date(LocalDate date) {
            return date(date, date == null ? null : new Clue(Source.CALLER, null, null));
        }

        /**
         * @param date the date
         * @param clue where it came from
         * @return this builder
         */
        public Builder date(LocalDate date, Clue clue) {
            this.date = date;
            this.dateClue = date == null ? null : clue;
            return this;
        }

        /**
         * @param region the region the document reports on, as a name ({@code 广东省}, {@code 广州市}, {@code 香港},
         *               {@code 中国}); {@code null} or blank to leave it to the text
         * @return this builder
         */
        public Builder region(String region) {
            return region(region, new Clue(Source.CALLER, null, null));
        }

        /**
         * @param region the region
         * @param clue   where it came from
         * @return this builder
         */
        public Builder region(String region, Clue clue) {
            this.region = region == null || region.isBlank() ? null : region.strip();
            this.regionClue = this.region == null ? null : clue;
            return this;
        }

        /**
         * @param minguoYears whether years of two or three digits are 民国 years
         * @return this builder
         */
        public Builder minguoYears(boolean minguoYears) {
            return minguoYears(minguoYears, new Clue(Source.CALLER, null, null));
        }

        /**
         * @param minguoYears whether years of two or three digits are 民国 years
         * @param clue        where that came from
         * @return this builder
         */
        public Builder minguoYears(boolean minguoYears, Clue clue) {
            this.minguoYears = minguoYears;
            this.minguoClue = minguoYears ? clue : null;
            return this;
        }

        /**
         * @param findInText whether to look in the text for what is not given (the default); false uses exactly
         *                   what was given, as for the later chunks of a document whose context was found in its
         *                   first
         * @return this builder
         */
        public Builder findInText(boolean findInText) {
            this.findInText = findInText;
            return this;
        }

        /** @return the context */
        public DocumentContext build() {
            return new DocumentContext(this);
        }
    }
}
