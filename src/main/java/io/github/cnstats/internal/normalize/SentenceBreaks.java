package io.github.cnstats.internal.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where ICU's sentence rules for Chinese break one line of text, without ICU's break iterator for the lines
 * that hold only characters whose rules are simple. {@link SentenceSplitter} ends a sentence at every line
 * break anyway, so only the breaks inside a line matter, and they depend on that line alone: no rule looks
 * back across a line break, and the one rule that looks far ahead (SB8) stops at one.
 *
 * <p>The rules are those of UAX #29 (Unicode Text Segmentation, sentence boundaries), which ICU implements:
 * a sentence ends after a terminator ({@code STerm}: 。 ! ?; {@code ATerm}: .), the closing marks and spaces
 * after it, unless
 * <ul>
 * <li>SB6: a full stop is followed by a digit ({@code 39.1});</li>
 * <li>SB7: a full stop stands between letters, upper case after it ({@code U.S});</li>
 * <li>SB8: after a full stop, its closing marks and spaces, a lower-case letter comes before any other letter,
 * Han character or terminator ({@code etc. and});</li>
 * <li>SB8a: a mid-sentence mark ({@code , ; : 、 —}) or another terminator follows ({@code ?!} ends once).</li>
 * </ul>
 * A line with a character that the rules treat otherwise (combining marks and format characters, which SB5
 * attaches to the character before them; paragraph separators other than {@code \n}; surrogates, whose class
 * is that of their code point) goes to ICU's iterator, so the answer is always ICU's. {@code
 * SentenceBreaksPropertiesTest} holds this class to ICU's iterator over generated text with every class of
 * character.
 *
 * <p>Thread-safe: the class table is built once, and each call to ICU works on a clone of the iterator.
 */
final class SentenceBreaks {

    // The classes the sweep of a line stops at come last, so that one comparison passes over all the others.
    private static final byte OTHER = 0;
    private static final byte SP = 1;
    private static final byte CLOSE = 2;
    private static final byte SCONTINUE = 3;
    private static final byte NUMERIC = 4;
    private static final byte UPPER = 5;
    private static final byte LOWER = 6;
    private static final byte OLETTER = 7;
    private static final byte STERM = 8;
    private static final byte ATERM = 9;
    /** {@code \n}, which ends the line. */
    private static final byte LINE_FEED = 10;
    /** Extend, Format, CR, Sep, and surrogates: the line goes to ICU. */
    private static final byte ICU_ONLY = 11;

    private final BreakIterator prototype = BreakIterator.getSentenceInstance(ULocale.CHINESE);

    /** The breaks found in a line, ascending; the line's end is not one of them. */
    interface Sink {
        void breakAt(int index);

        /**
         * Forgets the breaks reported since the line started: the line holds a character that only ICU's
         * iterator handles, and its breaks are reported again, by ICU.
         */
        void forgetLine();
    }

    /**
     * Reports the sentence breaks strictly inside the line that starts at {@code start} (which is 0 or follows a
     * {@code \n}), in one sweep that also finds where the line ends. Should the line turn out to hold a
     * character that only ICU handles, the breaks reported so far are taken back ({@link Sink#forgetLine}) and
     * ICU's iterator reports the line's breaks instead; the rules below never look past the line's end, so
     * what they reported before is only wasted, never wrong.
     *
     * @return the end of the line: the index of its {@code \n}, or the text's length
     */
    int line(String text, int start, Sink breaks) {
        int n = text.length();
        int i = start;
        while (i < n) {
            byte c = Classes.OF[text.charAt(i)];
            if (c < STERM) {
                i++;
                continue;
            }
            if (c == LINE_FEED) {
                return i;
            }
            if (c == ICU_ONLY) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                breaks.forgetLine();
                byIcu(text, start, end, breaks);
                return end;
            }
            int after = i + 1;
            if (c == ATERM && after < n) {
                byte next = Classes.OF[text.charAt(after)];
                if (next == NUMERIC) { // SB6
                    i = after;
                    continue;
                }
                if (next == UPPER && i > start && isCased(Classes.OF[text.charAt(i - 1)])) { // SB7
                    i = after;
                    continue;
                }
            }
            while (after < n && Classes.OF[text.charAt(after)] == CLOSE) { // SB9
                after++;
            }
            while (after < n && Classes.OF[text.charAt(after)] == SP) { // SB10
                after++;
            }
            if (after == n) {
                return n; // the text ends here, and with it the sentence
            }
            byte next = Classes.OF[text.charAt(after)];
            if (next == LINE_FEED) {
                return after; // the line ends here, and with it the sentence
            }
            boolean continues = next == SCONTINUE || next == STERM || next == ATERM // SB8a
                    || (c == ATERM && lowerComesFirst(text, after, n)); // SB8
            if (!continues) {
                breaks.breakAt(after); // SB11
            }
            i = after;
        }
        return n;
    }

    /**
     * SB8: from {@code from}, a lower-case letter comes before any other letter, Han character or terminator on
     * the same line.
     */
    private static boolean lowerComesFirst(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            byte c = Classes.OF[text.charAt(i)];
            if (c == LOWER) {
                return true;
            }
            if (c == OLETTER || c == UPPER || c == STERM || c == ATERM || c == LINE_FEED) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCased(byte c) {
        return c == UPPER || c == LOWER;
    }

    private void byIcu(String text, int start, int end, Sink breaks) {
        BreakIterator iterator;
        synchronized (prototype) { // cloning is ICU's way to a private iterator; the prototype is never given text
            iterator = prototype.clone();
        }
        // The line with its line break, so that ICU sees the same context as in the whole text.
        int withBreak = end < text.length() ? end + 1 : end;
        iterator.setText(text.substring(start, withBreak));
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            if (start + b < end) {
                breaks.breakAt(start + b);
            }
        }
    }

    /** The sentence-break class of every UTF-16 code unit, from ICU, built once on first use. */
    private static final class Classes {
        static final byte[] OF = new byte[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                OF[c] = Character.isSurrogate((char) c) ? ICU_ONLY : of(UCharacter.getIntPropertyValue(c,
                        UProperty.SENTENCE_BREAK));
            }
        }

        private static byte of(int sentenceBreak) {
            return switch (sentenceBreak) {
                case UCharacter.SentenceBreak.SP -> SP;
                case UCharacter.SentenceBreak.CLOSE -> CLOSE;
                case UCharacter.SentenceBreak.STERM -> STERM;
                case UCharacter.SentenceBreak.ATERM -> ATERM;
                case UCharacter.SentenceBreak.SCONTINUE -> SCONTINUE;
                case UCharacter.SentenceBreak.NUMERIC -> NUMERIC;
                case UCharacter.SentenceBreak.UPPER -> UPPER;
                case UCharacter.SentenceBreak.LOWER -> LOWER;
                case UCharacter.SentenceBreak.OLETTER -> OLETTER;
                case UCharacter.SentenceBreak.OTHER -> OTHER;
                case UCharacter.SentenceBreak.LF -> LINE_FEED;
                default -> ICU_ONLY; // EXTEND, FORMAT, CR, SEP
            };
        }
    }
}
