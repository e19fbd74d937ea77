package io.github.cnstats.internal.units;

import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.words.CharClasses;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The units and counters that may follow a number (起 人次 千瓦时 吨标准煤 港元 …), kept as data so that users
 * can extend them. The lexer asks {@link #matchLength} whether a unit starts at a position of the normalised
 * text; the mapping asks {@link #unitOf} for the {@link Unit} of the text it took.
 *
 * <p>Besides the listed units, composites are recognised by their structure: rates ({@code 吨/日},
 * {@code 吨标准煤/万元}), alternatives in parentheses after a unit ({@code 台(套)}, {@code 辆(艘、架、列)次}),
 * class designations ({@code 吨级}). Entries may also be blocked: a blocked text (年级, 周岁) is not a unit and
 * hides the shorter units it starts with, so that 三年级 is not three years.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class UnitLexicon {

    private static final String STANDARD_RESOURCE = "/io/github/cnstats/units.tsv";
    private static final String MAGNITUDES = CharClasses.MAGNITUDES;

    private final Map<String, UnitKind> units;
    private final Set<String> blocked;
    private final UnitScanner scanner;

    private UnitLexicon(Map<String, UnitKind> units, Set<String> blocked) {
        this.units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
        this.blocked = Collections.unmodifiableSet(new LinkedHashSet<>(blocked));
        this.scanner = new UnitScanner(UnitTrie.of(this.units, this.blocked));
    }

    /**
     * The lexicon of cnstats, read once from {@code io/github/cnstats/units.tsv} on first use.
     *
     * @throws IllegalStateException if the resource is missing or malformed (a packaging error)
     */
    public static UnitLexicon standard() {
        return StandardHolder.STANDARD;
    }

    /**
     * A lexicon of exactly the given units.
     *
     * @param units unit texts and their kinds
     * @throws IllegalArgumentException if a text is not a possible unit (see {@link Builder#add})
     */
    public static UnitLexicon of(Map<String, UnitKind> units) {
        Builder builder = builder();
        units.forEach(builder::add);
        return builder.build();
    }

    /**
     * A lexicon read from a units file ({@code text<TAB>KIND} a line, {@code #} comments, {@code NONE} as the
     * kind of a blocked text).
     *
     * @throws MalformedUnitsException if a line is malformed; its message and {@code line()} say which
     * @throws UncheckedIOException    if {@code tsv} cannot be read
     */
    public static UnitLexicon load(Reader tsv) {
        return builder().read(tsv).build();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts with this lexicon's entries. */
    public Builder toBuilder() {
        return builder().addAll(this);
    }

    /**
     * A copy of this lexicon with one more unit, or with the kind of an existing unit replaced.
     *
     * @throws IllegalArgumentException if {@code text} is not a possible unit (see {@link Builder#add})
     */
    public UnitLexicon with(String text, UnitKind kind) {
        return toBuilder().add(text, kind).build();
    }

    /**
     * A copy of this lexicon in which {@code text} is blocked: not a unit, and hiding the shorter units it
     * starts with.
     *
     * @throws IllegalArgumentException if {@code text} is not a possible unit text (see {@link Builder#add})
     */
    public UnitLexicon withBlocked(String text) {
        return toBuilder().block(text).build();
    }

    /**
     * The length of the longest unit, listed or composite, that starts at {@code from}, or 0 if none does.
     * Allocates nothing.
     *
     * @param text the text, normally the normalised input
     * @param from where the unit would start, {@code 0 <= from <= text.length()}
     * @throws IndexOutOfBoundsException if {@code from} is outside the text
     */
    public int matchLength(CharSequence text, int from) {
        Objects.checkFromToIndex(from, text.length(), text.length());
        return UnitScanner.length(scanner.longest(text, from));
    }

    /**
     * Whether a unit, listed or composite, may start with {@code c}: when not, {@link #matchLength} is 0 at
     * every position that holds {@code c}, whatever follows.
     */
    public boolean mayStartWith(char c) {
        return scanner.mayStartWith(c);
    }

    /**
     * The kind of {@code unitText} if the whole text is one unit, listed or composite: {@code 人次} gives
     * PERSONS, {@code 台（套）} ITEMS, {@code 元/人} RATE, {@code 年级} (blocked) and {@code 吨吨} nothing.
     */
    public Optional<UnitKind> kindOf(String unitText) {
        if (unitText.isEmpty()) {
            return Optional.empty();
        }
        long match = scanner.longest(unitText, 0);
        return UnitScanner.length(match) == unitText.length()
                ? Optional.of(UnitScanner.kind(match))
                : Optional.empty();
    }

    /**
     * The unit of {@code unitText}, whose text is exactly {@code unitText} (full-width parentheses stay as
     * written) and whose kind is the {@link #kindOf kind} of the text, or {@link UnitKind#OTHER} if this
     * lexicon does not know it.
     *
     * @throws IllegalArgumentException if {@code unitText} is blank
     */
    public Unit unitOf(String unitText) {
        return new Unit(unitText, kindOf(unitText).orElse(UnitKind.OTHER));
    }

    /** The listed units and their kinds, in the order they were added, with ASCII parentheses. */
    public Map<String, UnitKind> units() {
        return units;
    }

    /** The blocked texts, which are not units and hide the shorter units they start with. */
    public Set<String> blocked() {
        return blocked;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitLexicon lexicon && units.equals(lexicon.units) && blocked.equals(lexicon.blocked);
    }

    @Override
    public int hashCode() {
        return 31 * units.hashCode() + blocked.hashCode();
    }

    @Override
    public String toString() {
        return "UnitLexicon[" + units.size() + " units, " + blocked.size() + " blocked]";
    }

    /** Builds a {@link UnitLexicon}. Not thread-safe; a later entry for the same text replaces an earlier one. */
    public static final class Builder {

        private final Map<String, UnitKind> units = new LinkedHashMap<>();
        private final Set<String> blocked = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Adds a unit, or replaces the kind of an existing one, or unblocks a blocked text.
         *
         * @param text the unit in Simplified characters; full-width parentheses are stored as ASCII ones
         * @param kind what it measures
         * @throws IllegalArgumentException if {@code text} is blank, contains white space or a digit (Arabic or
         *                                  Chinese: 一 两 廿 …), or is made of magnitude characters only (万 is
         *                                  part of the number)
         */
        public Builder add(String text, UnitKind kind) {
            Objects.requireNonNull(kind, "kind");
            String key = checkedText(text);
            blocked.remove(key);
            units.put(key, kind);
            return this;
        }

        /**
         * Blocks a text: it is not a unit, and where it starts, no shorter unit is found either.
         *
         * @throws IllegalArgumentException on the same texts as {@link #add}
         */
        public Builder block(String text) {
            String key = checkedText(text);
            units.remove(key);
            blocked.add(key);
            return this;
        }

        /** Adds every unit and blocked text of {@code lexicon}. */
        public Builder addAll(UnitLexicon lexicon) {
            lexicon.units.forEach(this::add);
            lexicon.blocked.forEach(this::block);
            return this;
        }

        /**
         * Adds every entry of a units file.
         *
         * @throws MalformedUnitsException if a line is malformed or repeats an earlier line's text
         * @throws UncheckedIOException    if {@code tsv} cannot be read
         */
        public Builder read(Reader tsv) {
            UnitsTsvReader.read(tsv, this);
            return this;
        }

        /** The lexicon of the entries added so far. */
        public UnitLexicon build() {
            return new UnitLexicon(units, blocked);
        }

        private static String checkedText(String text) {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("unit text is blank");
            }
            boolean onlyMagnitudes = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    throw new IllegalArgumentException("unit text '" + text + "' contains white space");
                }
                if (Character.isDigit(c) || CharClasses.isChineseDigit(c)) {
                    throw new IllegalArgumentException("unit text '" + text + "' contains a digit");
                }
                onlyMagnitudes &= MAGNITUDES.indexOf(c) >= 0;
            }
            if (onlyMagnitudes) {
                throw new IllegalArgumentException(
                        "unit text '" + text + "' is a magnitude, which belongs to the number, not a unit");
            }
            return UnitTrie.fold(text);
        }
    }

    /** Loads the standard lexicon on first use, once, by the class-holder idiom. */
    private static final class StandardHolder {
        static final UnitLexicon STANDARD = loadStandard();

        private static UnitLexicon loadStandard() {
            try (InputStream in = UnitLexicon.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + STANDARD_RESOURCE + " is missing");
                }
                // A decoder that reports bad bytes rather than replacing them, so a damaged file fails loudly.
                return load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + STANDARD_RESOURCE, e);
            } catch (MalformedUnitsException e) {
                throw new IllegalStateException(STANDARD_RESOURCE + ", " + e.getMessage(), e);
            }
        }
    }
}
