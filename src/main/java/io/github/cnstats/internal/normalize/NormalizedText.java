package io.github.cnstats.internal.normalize;

import java.util.Objects;

/**
 * A text after {@link TextNormalizer}, with the map back to the original text it came from.
 *
 * <p>Every character of {@link #text()} was produced by a non-empty run of original characters: usually one
 * (a full-width digit, a Traditional character), a whole run for collapsed whitespace. Original characters that
 * produced nothing (removed whitespace, pinyin glosses, zero-width characters) lie between those runs.
 *
 * <p>Offset contract, for a non-empty normalised range {@code [s, e)}: the original range
 * {@code [toOriginal(s), toOriginalEnd(e))} covers exactly the characters that produced it, including removed
 * characters strictly inside it (a gloss or a line break inside a number), and no removed characters just
 * before or after it. One exception keeps whole-text ranges whole: index {@code 0} always maps to {@code 0} and
 * index {@link #length()} always maps to {@code original().length()}, so a range that starts at the start of the
 * text or ends at its end also takes in removed characters at that end (a leading byte-order mark, a final
 * gloss). Both mappings are non-decreasing. For empty ranges use {@link #toOriginal(TextRange)}.
 *
 * <p>Instances are immutable.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    /** For each normalised character, the original characters that produced it. */
    private final OffsetMap origins;

    /**
     * @param origins for each character of {@code text}, the original characters that produced it
     */
    NormalizedText(String original, String text, OffsetMap origins) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        this.origins = Objects.requireNonNull(origins, "origins");
    }

    /** @return the normalised text, which the lexer reads */
    public String text() {
        return text;
    }

    /** @return the text as it was given to {@link TextNormalizer#normalize(CharSequence)} */
    public String original() {
        return original;
    }

    /** @return the length of the normalised text */
    public int length() {
        return text.length();
    }

    /**
     * Maps the start of a normalised range to the original text.
     *
     * @param normalizedIndex an index in {@code 0..length()}
     * @return the original index of the first character that produced {@code normalizedIndex}; {@code 0} for
     *         {@code 0} and {@code original().length()} for {@code length()}
     * @throws IndexOutOfBoundsException if {@code normalizedIndex} is outside {@code 0..length()}
     */
    public int toOriginal(int normalizedIndex) {
        Objects.checkIndex(normalizedIndex, text.length() + 1);
        if (normalizedIndex == 0) {
            return 0;
        }
        if (normalizedIndex == text.length()) {
            return original.length();
        }
        return origins.start(normalizedIndex);
    }

    /**
     * Maps the exclusive end of a normalised range to the original text.
     *
     * @param normalizedEndExclusive an index in {@code 0..length()}
     * @return the original index after the last character that produced the normalised character before
     *         {@code normalizedEndExclusive}; {@code original().length()} for {@code length()} and {@code 0} for
     *         {@code 0} (when the text is not empty)
     * @throws IndexOutOfBoundsException if {@code normalizedEndExclusive} is outside {@code 0..length()}
     */
    public int toOriginalEnd(int normalizedEndExclusive) {
        Objects.checkIndex(normalizedEndExclusive, text.length() + 1);
        if (normalizedEndExclusive == text.length()) {
            return original.length();
        }
        if (normalizedEndExclusive == 0) {
            return 0;
        }
        return origins.end(normalizedEndExclusive - 1);
    }

    /**
     * Maps a normalised range to the original text. A non-empty range maps as
     * {@code [toOriginal(start), toOriginalEnd(end))}; an empty range maps to the empty range at
     * {@code toOriginal(start)}, since its end mapped on its own could lie before its start.
     *
     * @param normalizedRange a range within {@code 0..length()}
     * @return the original range that produced it
     * @throws IndexOutOfBoundsException if the range reaches past {@code length()}
     */
    public TextRange toOriginal(TextRange normalizedRange) {
        int start = toOriginal(normalizedRange.start());
        if (normalizedRange.isEmpty()) {
            return new TextRange(start, start);
        }
        return new TextRange(start, toOriginalEnd(normalizedRange.end()));
    }

    /**
     * The original characters that produced a normalised range, without the characters that produced nothing
     * between them: {@code 發(fā)案} gives {@code 發案}, {@code 截至⏎⏎８月底} gives {@code 截至８月底}. Unlike
     * {@link #toOriginal(TextRange)}, the result need not be one substring of the original: it is the text as its
     * author wrote it, without what a mirror site or a line break added.
     *
     * @param normalizedStart the start of the range, in {@code 0..length()}
     * @param normalizedEnd   its exclusive end, in {@code normalizedStart..length()}
     * @return the written text of the range; empty for an empty range
     * @throws IndexOutOfBoundsException if the range is not within {@code 0..length()}
     */
    public String writtenText(int normalizedStart, int normalizedEnd) {
        Objects.checkFromToIndex(normalizedStart, normalizedEnd, text.length());
        if (normalizedStart == normalizedEnd) {
            return "";
        }
        // One run of original text per stretch of normalised characters that follow each other without a gap;
        // usually there is only one, which is a substring of the original.
        if (origins.gaplessEnd(normalizedStart, normalizedEnd) == normalizedEnd) {
            return original.substring(origins.start(normalizedStart), origins.end(normalizedEnd - 1));
        }
        return appendWrittenText(new StringBuilder(normalizedEnd - normalizedStart), normalizedStart, normalizedEnd)
                .toString();
    }

    /**
     * Appends {@link #writtenText(int, int)} of a range to {@code out}, copying straight from the original: a
     * caller that joins the written text of several ranges (a subject made of pieces) makes no string for each.
     *
     * @param out             where to append
     * @param normalizedStart the start of the range, in {@code 0..length()}
     * @param normalizedEnd   its exclusive end, in {@code normalizedStart..length()}
     * @return {@code out}
     * @throws IndexOutOfBoundsException if the range is not within {@code 0..length()}
     */
    public StringBuilder appendWrittenText(StringBuilder out, int normalizedStart, int normalizedEnd) {
        Objects.checkFromToIndex(normalizedStart, normalizedEnd, text.length());
        for (int i = normalizedStart, stretchEnd; i < normalizedEnd; i = stretchEnd) {
            stretchEnd = origins.gaplessEnd(i, normalizedEnd);
            out.append(original, origins.start(i), origins.end(stretchEnd - 1));
        }
        return out;
    }

    /** @return the normalised text, for debugging */
    @Override
    public String toString() {
        return text;
    }
}
