package io.github.cnstats.internal.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Splits normalised text into sentences, and sentences into clauses. All ranges are indices into the
 * normalised text, in text order, never empty, and trimmed of whitespace at both ends.
 *
 * <p>Sentences end where ICU's Chinese sentence rules say ({@code 。 ! ?} and their closing quotes; not the
 * {@code .} inside {@code 39.1}) and at every line break, since {@link TextNormalizer} keeps a line break only
 * where the original had a real one. Because every line break ends a sentence, the text is read line by line,
 * and {@link SentenceBreaks} finds the breaks inside each line in the same sweep that finds the line's end, with
 * ICU's break iterator only for the rare line whose characters its own rules do not cover. The sentences are
 * kept as bounds ({@link SentenceBounds}); the list of ranges is a view of them.
 *
 * <p>Clauses end at {@code , ; :} (and their full-width forms, should any reach here), except where the mark
 * sits inside a number or a time ({@code 3,291}, {@code 10:41}: a digit on both sides) or inside a quotation or
 * bracket ({@code “进社区,进农村”}, {@code (市,区)}, {@code 《…》}). Only brackets that are closed within the
 * sentence protect anything, so one stray {@code (} does not glue the rest of the sentence together. The mark
 * itself belongs to no clause; a sentence's final {@code 。} stays in its last clause.
 *
 * <p>Instances may be shared between threads: each call keeps its state to itself.
 */
public final class SentenceSplitter {

    private final SentenceBreaks breaks = new SentenceBreaks();

    /** Creates a splitter, loading ICU's sentence rules for Chinese. */
    public SentenceSplitter() {
    }

    /**
     * @param text a normalised text
     * @return its sentences
     */
    public List<TextRange> sentences(NormalizedText text) {
        return bounds(text.text());
    }

    /**
     * @param text normalised text
     * @return its sentences
     */
    public List<TextRange> sentences(CharSequence text) {
        return bounds(text);
    }

    /**
     * The sentences without a {@link TextRange} object for each: what {@link #sentences(NormalizedText)} gives,
     * for callers that read bounds.
     *
     * @param text a normalised text
     * @return its sentences
     */
    public SentenceBounds bounds(NormalizedText text) {
        return bounds(text.text());
    }

    /**
     * @param text normalised text
     * @return its sentences, as bounds
     */
    public SentenceBounds bounds(CharSequence text) {
        String s = text.toString();
        Sentences sentences = new Sentences(s);
        int lineStart = 0;
        while (lineStart <= s.length()) {
            sentences.startLine(lineStart);
            int lineEnd = breaks.line(s, lineStart, sentences);
            sentences.breakAt(lineEnd);
            lineStart = lineEnd + 1;
        }
        return new SentenceBounds(sentences.bounds, sentences.count);
    }

    /** Collects the trimmed sentences of a text as the breaks of each line come in, as pairs of bounds. */
    private static final class Sentences implements SentenceBreaks.Sink {
        private final String text;
        /** Start and end of each sentence so far; news text has a sentence in about 32 characters. */
        private int[] bounds;
        private int count;
        /** Where the sentence being read started. */
        private int start;
        private int lineStart;
        private int countAtLineStart;

        Sentences(String text) {
            this.text = text;
            this.bounds = new int[2 * Math.max(8, text.length() / 32)];
        }

        void startLine(int index) {
            start = index;
            lineStart = index;
            countAtLineStart = count;
        }

        @Override
        public void breakAt(int index) {
            int from = start;
            int to = index;
            while (from < to && isSpace(text.charAt(from))) {
                from++;
            }
            while (to > from && isSpace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                if (2 * count + 1 >= bounds.length) {
                    bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                }
                bounds[2 * count] = from;
                bounds[2 * count + 1] = to;
                count++;
            }
            start = index;
        }

        @Override
        public void forgetLine() {
            count = countAtLineStart;
            start = lineStart;
        }
    }

    /**
     * @param text     a normalised text
     * @param sentence a range of it, usually one from {@link #sentences(NormalizedText)}
     * @return the clauses of that range
     * @throws IndexOutOfBoundsException if {@code sentence} reaches past the end of the text
     */
    public List<TextRange> clauses(NormalizedText text, TextRange sentence) {
        return clauses(text.text(), sentence);
    }

    /**
     * @param text     normalised text
     * @param sentence a range of it
     * @return the clauses of that range
     * @throws IndexOutOfBoundsException if {@code sentence} reaches past the end of the text
     */
    public List<TextRange> clauses(CharSequence text, TextRange sentence) {
        Objects.checkFromToIndex(sentence.start(), sentence.end(), text.length());
        boolean[] enclosed = BracketPairs.enclosed(text, sentence.start(), sentence.end());
        List<TextRange> clauses = new ArrayList<>();
        int clauseStart = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (!enclosed[i - sentence.start()] && endsClause(text, i)) {
                addTrimmed(text, clauseStart, i, clauses);
                clauseStart = i + 1;
            }
        }
        addTrimmed(text, clauseStart, sentence.end(), clauses);
        return List.copyOf(clauses);
    }

    private static boolean endsClause(CharSequence text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case ';':
            case '\uFF1B':
                return true;
            case ',':
            case ':':
            case '\uFF0C':
            case '\uFF1A':
                return !(isDigit(text, i - 1) && isDigit(text, i + 1));
            default:
                return false;
        }
    }

    private static boolean isDigit(CharSequence text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }

    private static void addTrimmed(CharSequence text, int start, int end, List<TextRange> ranges) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            ranges.add(new TextRange(start, end));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

}
