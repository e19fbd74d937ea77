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

    private static final byte OTHER = 0;
    private static final byte SP = 1;
    private static final byte CLOSE = 2;
    private static final byte STERM = 3;
    private static final byte ATERM = 4;
    private static final byte SCONTINUE = 5;
    private static final byte NUMERIC = 6;
    private static final byte UPPER = 7;
    private static final byte LOWER = 8;
    private static final byte OLETTER = 9;
    /** Extend, Format, CR, Sep, and surrogates: the line goes to ICU. */
    private static final byte ICU_ONLY = 10;

    private final BreakIterator prototype = BreakIterator.getSentenceInstance(ULocale.CHINESE);

    /** The breaks found in a line, ascending; the line's end is not one of them. */
    interface Sink {
        void breakAt(int index);
    }

    /**
     * Reports the sentence breaks strictly inside {@code text[start, end)}, a line: {@code end} is the text's end
     * or the index of a {@code \n}, and {@code start} is 0 or follows a {@code \n}.
     */
    void inLine(String text, int start, int end, Sink breaks) {
        for (int i = start; i < end; i++) {
            if (Classes.OF[text.charAt(i)] == ICU_ONLY) {
                byIcu(text, start, end, breaks);
                return;
            }
        }
        int i = start;
        while (i < end) {
            byte c = Classes.OF[text.charAt(i)];
            if (c != STERM && c != ATERM) {
                i++;
                continue;
            }
            int after = i + 1;
            if (c == ATERM && after < end) {
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
            while (after < end && Classes.OF[text.charAt(after)] == CLOSE) { // SB9
                after++;
            }
            while (after < end && Classes.OF[text.charAt(after)] == SP) { // SB10
                after++;
            }
            if (after == end) {
                return; // the line ends here, and with it the sentence
            }
            byte next = Classes.OF[text.charAt(after)];
            boolean continues = next == SCONTINUE || next == STERM || next == ATERM // SB8a
                    || (c == ATERM && lowerComesFirst(text, after, end)); // SB8
            if (!continues) {
                breaks.breakAt(after); // SB11
            }
            i = after;
        }
    }

    /** SB8: from {@code from}, a lower-case letter comes before any other letter, Han character or terminator. */
    private static boolean lowerComesFirst(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            byte c = Classes.OF[text.charAt(i)];
            if (c == LOWER) {
                return true;
            }
            if (c == OLETTER || c == UPPER || c == STERM || c == ATERM) {
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
                default -> ICU_ONLY; // EXTEND, FORMAT, CR, LF, SEP
            };
        }
    }
}
