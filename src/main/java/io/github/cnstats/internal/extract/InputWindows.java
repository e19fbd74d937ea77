package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.normalize.TextNormalizer;
import io.github.cnstats.internal.normalize.TextRange;

import java.util.ArrayList;
import java.util.List;

/**
 * The windows in which a text longer than {@link io.github.cnstats.ParserLimits#maxInputLength()} is read, one
 * after the other, so that every character is read and no call holds more than one window's state.
 *
 * <p>A window ends after the last sentence end (。！？!? or a line end) in its second half that the sentence
 * splitter also breaks at (not before another mark, a comma or a closing quotation; not a line break that the
 * normaliser removes, as in {@code 增长,⏎全年}), else after any sentence end
 * there; a text with none
 * there is cut at the limit itself, never between the two halves of a surrogate pair. A measurement that
 * straddles such a hard cut is lost, which only text with no sentence end over half the limit risks.
 */
final class InputWindows {

    private InputWindows() {
    }

    /**
     * @param text      the whole text
     * @param maxLength the most characters in one window, at least 1
     * @return the windows, in order, covering the text without gaps or overlaps; one window for a short text
     */
    static List<TextRange> of(CharSequence text, int maxLength) {
        int length = text.length();
        List<TextRange> windows = new ArrayList<>(1);
        if (length <= maxLength) {
            windows.add(new TextRange(0, length));
            return windows;
        }
        int start = 0;
        while (length - start > maxLength) {
            int limit = start + maxLength;
            int end = lastSentenceEnd(text, start + maxLength / 2, limit, true);
            if (end < 0) {
                end = lastSentenceEnd(text, start + maxLength / 2, limit, false); // better than a hard cut
            }
            if (end < 0) {
                end = limit;
            }
            if (end == limit && end - start > 1 && Character.isHighSurrogate(text.charAt(end - 1))
                    && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
            windows.add(new TextRange(start, end));
            start = end;
        }
        windows.add(new TextRange(start, length));
        return windows;
    }

    /**
     * @param asSplitter whether to take only an end the sentence splitter also breaks at
     * @return the last offset in {@code (from, to]} just after a sentence end, or -1
     */
    private static int lastSentenceEnd(CharSequence text, int from, int to, boolean asSplitter) {
        for (int i = to; i > from; i--) {
            char end = text.charAt(i - 1);
            if (isSentenceEnd(end) && !(asSplitter && (i < text.length() && keepsTo(end, text.charAt(i))
                    || (end == '\n' || end == '\r') && !TextNormalizer.keepsLineBreak(text, i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code next} stays in the sentence that {@code end} would end: the sentence splitter (ICU's rules) does
     * not break inside 。。, before a comma or closing quotation after 。 (。，, 。”), or inside CR LF, and a window
     * cut there would read one sentence as two.
     */
    private static boolean keepsTo(char end, char next) {
        if (end == '\n') {
            return false;
        }
        if (end == '\r') {
            return next == '\n';
        }
        return isSentenceEnd(next) && next != '\n' && next != '\r' || "，、；：,;:”’」』）)】〕".indexOf(next) >= 0;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n' || c == '\r'
                || c == '｡';
    }
}
