package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser.ElementContext;
import io.github.cnstats.internal.grammar.StatsParser.PeriodContext;
import org.antlr.v4.runtime.ParserRuleContext;

import java.util.Arrays;

/**
 * A sentence as {@link SentenceParser} read it: the elements of the grammar's {@code sentence} rule in text
 * order, each either a phrase (an {@code element} of several tokens, as the parser read it) or a marker (an
 * element of one token that binds phrases: 分别, 、, a clause end …, as its token type and characters, with no
 * token or tree node). Text elements are left out, since nothing is made of them; each element only says
 * whether text stood between it and the element before ({@link #followsText}).
 *
 * <p>The elements are those of one parse of the whole sentence. No element of the grammar spans a clause
 * separator or a sentence end ({@code CLAUSE_SEP}, {@code SENTENCE_END}): they are excluded from every rule
 * that reads words ({@code refWords}, {@code compareWords}) and appear in no other. So the clauses can be read
 * apart: those with a token that can start a statistic are parsed, and in the others every token is an
 * element of one token. Within a parsed clause only the tokens that may begin a phrase are handed to the
 * parser ({@link RunReader} says why that gives the same elements).
 *
 * <p>Immutable once built; the phrases' trees are only read.
 */
public final class ParsedSentence {

    /** A sentence with nothing that can be a statistic. */
    static final ParsedSentence NOTHING = new ParsedSentence(new ElementContext[0], new long[0],
            new PeriodContext[0], new long[0], new ParserRuleContext[0]);

    private static final ParserRuleContext[] NO_FRAMES = new ParserRuleContext[0];
    private static final PeriodContext[] NO_PERIODS = new PeriodContext[0];
    private static final long[] NO_LONGS = new long[0];

    /** For each element, its parse, or null for a marker. */
    private final ElementContext[] phrases;
    /**
     * For each element, one {@link Elements packed} number: whether text stands before it, and for a marker its
     * token type and characters. A sentence is copied out of the builder for every window with a statistic, and
     * three arrays (type, first and last character in an {@code int[]} of three a marker, and a
     * {@code boolean[]}) cost 17 bytes an element and two more array headers, where one {@code long} costs 8.
     */
    private final long[] elements;
    /**
     * The periods of the sentence in text order ({@link PeriodReader}), read apart from the elements: the times
     * statistics hold for, and the references of comparisons.
     */
    private final PeriodContext[] periods;
    /**
     * For each period, where the first clause separator after it stands, or the sentence's end (the high 32 bits),
     * and where the comparison it is the reference of starts (比, 较去年), or -1 (the low 32): one array, as the
     * elements are.
     */
    private final long[] periodPlaces;
    /**
     * The comparison frames and section headers of the sentence in text order ({@link FrameReader}): each a
     * {@code FrameContext} (从环比看, 与去年同期相比) or a {@code HeaderContext} (分地区看).
     */
    private final ParserRuleContext[] frames;

    private ParsedSentence(ElementContext[] phrases, long[] elements, PeriodContext[] periods,
                           long[] periodPlaces, ParserRuleContext[] frames) {
        this.phrases = phrases;
        this.elements = elements;
        this.periods = periods;
        this.periodPlaces = periodPlaces;
        this.frames = frames;
    }

    /** @return how many comparison frames and section headers the sentence holds */
    public int frameCount() {
        return frames.length;
    }

    /** @return the parse of frame or header {@code i}, in text order: a {@code FrameContext} or a {@code HeaderContext} */
    public ParserRuleContext frame(int i) {
        return frames[i];
    }

    /** @return how many periods the sentence holds */
    public int periodCount() {
        return periods.length;
    }

    /** @return the parse of period {@code i}, in text order */
    public PeriodContext period(int i) {
        return periods[i];
    }

    /**
     * @return the index in the sentence where the clause of period {@code i} ends: the first clause separator
     *         after it, or the sentence's length
     */
    public int periodClauseEnd(int i) {
        return (int) (periodPlaces[i] >> 32);
    }

    /**
     * @return where, in the sentence, the comparison starts that period {@code i} is the reference of (比2020年,
     *         较去年10月, 与1-9月份), or -1 when the period is the time a statistic holds for
     */
    public int periodComparedFrom(int i) {
        return (int) periodPlaces[i];
    }

    /** @return how many elements the sentence holds, besides text */
    public int size() {
        return phrases.length;
    }

    /** @return the parse of element {@code i}, or null when it is a marker */
    public ElementContext phrase(int i) {
        return phrases[i];
    }

    /** @return the token type of marker {@code i} (a type of {@code StatsParser}) */
    public int markerType(int i) {
        return Elements.type(elements[i]);
    }

    /** @return the index of the first character of marker {@code i} in the sentence */
    public int markerStart(int i) {
        return Elements.start(elements[i]);
    }

    /** @return the index after the last character of marker {@code i} in the sentence */
    public int markerEnd(int i) {
        return Elements.end(elements[i]);
    }

    /**
     * @return whether text stands between element {@code i} and the element before it; if not, nothing but
     *         white space does
     */
    public boolean followsText(int i) {
        return Elements.followsText(elements[i]);
    }

    /**
     * Collects the elements of one sentence after another, in text order. Not thread-safe: one per thread (see
     * {@link Recognizers}), its arrays reused, each sentence copied out by {@link #build()}.
     */
    static final class Builder {

        private static final int INITIAL_CAPACITY = 64;
        /** Arrays grown beyond this by one long sentence are not kept for the next one. */
        private static final int MAX_KEPT_CAPACITY = 4 * 1024;

        private ElementContext[] phrases = new ElementContext[INITIAL_CAPACITY];
        private long[] elements = new long[INITIAL_CAPACITY];
        private int size;
        /** Whether a text element has come since the last element added. */
        private boolean textPending;
        private PeriodContext[] periods = new PeriodContext[INITIAL_CAPACITY];
        private long[] periodPlaces = new long[INITIAL_CAPACITY];
        private int periodCount;
        private ParserRuleContext[] frames = new ParserRuleContext[4];
        private int frameCount;

        /** Empties the builder for the next sentence. */
        void startSentence() {
            if (periods.length > MAX_KEPT_CAPACITY) {
                periods = new PeriodContext[INITIAL_CAPACITY];
                periodPlaces = new long[INITIAL_CAPACITY];
            } else {
                Arrays.fill(periods, 0, periodCount, null);
            }
            periodCount = 0;
            Arrays.fill(frames, 0, frameCount, null);
            frameCount = 0;
            if (phrases.length > MAX_KEPT_CAPACITY) {
                phrases = new ElementContext[INITIAL_CAPACITY];
                elements = new long[INITIAL_CAPACITY];
            } else {
                Arrays.fill(phrases, 0, size, null); // lets the last sentence's trees go
            }
            size = 0;
            textPending = false;
        }

        /**
         * @return the index of the last character of the last phrase added, or -1 with none: a period that starts
         *         after it is before no statistic of the sentence
         */
        int lastPhraseStop() {
            for (int i = size - 1; i >= 0; i--) {
                if (phrases[i] != null) {
                    return phrases[i].getStop().getStopIndex();
                }
            }
            return -1;
        }

        void phrase(ElementContext phrase) {
            boolean afterText = textPending;
            int at = next();
            phrases[at] = phrase;
            elements[at] = Elements.phrase(afterText);
        }

        /**
         * @param type  the token type
         * @param start the index of its first character
         * @param stop  the index of its last character
         */
        void marker(int type, int start, int stop) {
            boolean afterText = textPending;
            int at = next();
            phrases[at] = null;
            elements[at] = Elements.marker(afterText, type, start, stop);
        }

        /**
         * Adds a period, whose clause ends at {@code clauseEnd} (see {@link ParsedSentence#periodClauseEnd}), the
         * reference of a comparison that starts at {@code comparedFrom}, or -1 (see
         * {@link ParsedSentence#periodComparedFrom}).
         */
        void period(PeriodContext period, int clauseEnd, int comparedFrom) {
            if (periodCount == periods.length) {
                periods = Arrays.copyOf(periods, periodCount * 2);
                periodPlaces = Arrays.copyOf(periodPlaces, periodCount * 2);
            }
            periods[periodCount] = period;
            periodPlaces[periodCount] = (long) clauseEnd << 32 | (comparedFrom & 0xFFFFFFFFL);
            periodCount++;
        }

        /** Adds a comparison frame or a section header, after those before it in the text. */
        void frame(ParserRuleContext frame) {
            if (frameCount == frames.length) {
                frames = Arrays.copyOf(frames, frameCount * 2);
            }
            frames[frameCount++] = frame;
        }

        /** Notes a text element: it makes no element, but keeps the next one from following the one before. */
        void text() {
            textPending = true;
        }

        int size() {
            return size;
        }

        boolean textPending() {
            return textPending;
        }

        /** Drops the elements from {@code size} on, and goes back to the state they were added in. */
        void rewind(int size, boolean textPending) {
            Arrays.fill(phrases, size, this.size, null);
            this.size = size;
            this.textPending = textPending;
        }

        /** @return the sentence's elements collected so far */
        ParsedSentence build() {
            if (periodCount == 0) { // most sentences: the empty arrays are shared, as they are never written
                return new ParsedSentence(Arrays.copyOf(phrases, size), Arrays.copyOf(elements, size),
                        NO_PERIODS, NO_LONGS,
                        frameCount == 0 ? NO_FRAMES : Arrays.copyOf(frames, frameCount));
            }
            return new ParsedSentence(Arrays.copyOf(phrases, size), Arrays.copyOf(elements, size),
                    Arrays.copyOf(periods, periodCount),
                    Arrays.copyOf(periodPlaces, periodCount),
                    frameCount == 0 ? NO_FRAMES : Arrays.copyOf(frames, frameCount));
        }

        /** @return the index of one more element, with room made for it */
        private int next() {
            if (size == phrases.length) {
                phrases = Arrays.copyOf(phrases, size * 2);
                elements = Arrays.copyOf(elements, size * 2);
            }
            textPending = false;
            return size++;
        }
    }

    /**
     * An element as one {@code long}: whether text stands before it (bit 63), and for a marker its token type
     * (bits 32 to 47), the index of its first character (bits 0 to 31) and how many characters it has after
     * the first (bits 48 to 62). A marker is one token of a few characters (分别, 以及, a comma), and the
     * grammar has a few hundred token types, so both fit with room to spare.
     */
    private static final class Elements {

        private static final long AFTER_TEXT = 1L << 63;
        private static final int TYPE_SHIFT = 32;
        private static final int MAX_TYPE = 0xFFFF;
        private static final int LENGTH_SHIFT = 48;
        private static final int MAX_LENGTH = 0x7FFF;

        private Elements() {
        }

        static long phrase(boolean afterText) {
            return afterText ? AFTER_TEXT : 0;
        }

        static long marker(boolean afterText, int type, int start, int stop) {
            int more = stop - start;
            if (type < 0 || type > MAX_TYPE || more < 0 || more > MAX_LENGTH) {
                // no marker token of the grammar comes near: a new one would have to be a long run of characters
                throw new IllegalArgumentException("not a marker token: type " + type + " at " + start + ".." + stop);
            }
            return phrase(afterText) | (long) more << LENGTH_SHIFT | (long) type << TYPE_SHIFT | (start & 0xFFFFFFFFL);
        }

        static boolean followsText(long element) {
            return (element & AFTER_TEXT) != 0;
        }

        static int type(long element) {
            return (int) (element >>> TYPE_SHIFT) & MAX_TYPE;
        }

        static int start(long element) {
            return (int) element;
        }

        /** @return the index after the marker's last character */
        static int end(long element) {
            return start(element) + ((int) (element >>> LENGTH_SHIFT) & MAX_LENGTH) + 1;
        }
    }
}
