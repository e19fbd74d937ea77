package io.github.cnstats.internal.extract;

import io.github.cnstats.Span;
import io.github.cnstats.internal.normalize.NormalizedText;

/**
 * Maps ranges of the normalised text back to the text as the user gave it.
 *
 * <p>The statistics of a sentence mostly share their period and region, so {@link #text(int, int)} keeps the
 * last few ranges it wrote and gives the same string again for the same range: the written text of a range
 * depends on the range alone. One per call of the parser, on one thread.
 */
final class OriginalText {

    /** How many of the last written ranges are kept: a period, a region, and a subject or reference. */
    private static final int REMEMBERED = 4;

    private final NormalizedText normalized;
    private final int[] rememberedStart = new int[REMEMBERED];
    private final int[] rememberedEnd = new int[REMEMBERED];
    private final String[] remembered = new String[REMEMBERED];
    /** The slot the next new range takes, round and round. */
    private int nextSlot;

    OriginalText(NormalizedText normalized) {
        this.normalized = normalized;
    }

    Span span(int normalizedStart, int normalizedEnd) {
        int start = normalized.toOriginal(normalizedStart);
        int end = Math.max(start, normalized.toOriginalEnd(normalizedEnd));
        return new Span(start, afterGloss(end, normalizedEnd));
    }

    /** 87萬(wàn)條(tiáo): a pinyin gloss after the last character belongs to that character. */
    private int afterGloss(int end, int normalizedEnd) {
        String original = normalized.original();
        if (end >= original.length() || original.charAt(end) != '(' && original.charAt(end) != '（') {
            return end; // the common case, told without mapping where the next character came from
        }
        int next = normalizedEnd < normalized.length() ? normalized.toOriginal(normalizedEnd) : original.length();
        if (end < next) {
            int closeAscii = TextSearch.indexOf(original, ')', end, next);
            int closeWide = TextSearch.indexOf(original, '）', end, next);
            int close = closeAscii < 0 ? closeWide : closeWide < 0 ? closeAscii : Math.min(closeAscii, closeWide);
            if (close >= 0 && close < next) {
                return close + 1;
            }
        }
        return end;
    }

    String text(Span span) {
        return normalized.original().substring(span.start(), span.end());
    }

    /**
     * The written text of a normalised range: subjects, periods, regions and references are as written, in the
     * script of the original, but without the pinyin glosses of mirror sites ({@code 發(fā)案} is {@code 發案})
     * or the line breaks inside a phrase, which nobody wrote as part of them.
     */
    String text(int normalizedStart, int normalizedEnd) {
        for (int i = 0; i < REMEMBERED; i++) {
            if (remembered[i] != null && rememberedStart[i] == normalizedStart && rememberedEnd[i] == normalizedEnd) {
                return remembered[i];
            }
        }
        String written = normalized.writtenText(normalizedStart, normalizedEnd);
        rememberedStart[nextSlot] = normalizedStart;
        rememberedEnd[nextSlot] = normalizedEnd;
        remembered[nextSlot] = written;
        nextSlot = (nextSlot + 1) % REMEMBERED;
        return written;
    }

    /**
     * A unit in Simplified characters but with its brackets as written: {@code 套（间）} stays full-width,
     * {@code 張} becomes {@code 张}.
     */
    String unitText(int normalizedStart, int normalizedEnd) {
        StringBuilder out = new StringBuilder(normalizedEnd - normalizedStart);
        String norm = normalized.text();
        for (int i = normalizedStart; i < normalizedEnd; i++) {
            char c = norm.charAt(i);
            if (isBracket(c)) {
                Span written = span(i, i + 1);
                out.append(written.length() == 1 ? normalized.original().charAt(written.start()) : c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #unitText} writes {@code c} of the normalised text as the original has it: a bracket, which
     * normalisation made half-width; every other character of a unit is written as normalised.
     */
    static boolean isBracket(char c) {
        return c == '(' || c == ')';
    }
}
