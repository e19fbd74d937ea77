package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.normalize.SentenceBounds;
import io.github.cnstats.internal.normalize.TextRange;
import io.github.cnstats.internal.parse.StatisticPrefixes;
import io.github.cnstats.internal.words.CharClasses;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the stretches of a document that the grammar runs over, the fast path of {@link StatsExtractor}.
 *
 * <ul>
 * <li>A window that holds no {@link StatisticPrefixes prefix of a statistic token} is skipped: most of an
 * article is prose, and 增 in 增强 or 一 in 统一 start no statistic. Such a window gives nothing to any step after
 * lexing: the parser returns no pieces for it, so there are no elements, no drafts and no diagnostics, and the
 * binder never looks beyond its window, so no other window's subject or period can come from it. The prefixes
 * are read from the lexer's ATN, so the test follows the grammar: a hand-written list of characters that it
 * replaced had missed 卌 (a Chinese digit) and the first characters of change words such as 提高 and 回落, and
 * the sentences holding only those were never read.</li>
 * <li>A sentence longer than {@link #MAX_WINDOW} characters is read as several windows, cut after a clause
 * mark where there is one. Binding looks back over its window for subjects, periods and regions from every
 * number, so an unbounded window makes the cost grow with the square of its length: a 10 MB line with no
 * sentence end would take hours. Real sentences are far shorter than the bound, so they are read whole and
 * their results do not change.</li>
 * </ul>
 */
final class ParseWindows {

    /** The longest window, in characters of normalised text: several times the longest real sentence seen. */
    static final int MAX_WINDOW = 512;

    /** How far back from a hard cut to look for a place that splits no number. */
    private static final int MAX_BACKOFF = 32;

    private static final StatisticPrefixes PREFIXES = StatisticPrefixes.grammar();

    private ParseWindows() {
    }

    /**
     * @param text      normalised text
     * @param sentences its sentences, in order, as bounds: a range is made only for a window that is kept
     * @return the windows to parse, in order, each inside one sentence
     */
    static List<TextRange> of(String text, SentenceBounds sentences) {
        List<TextRange> windows = new ArrayList<>();
        for (int k = 0; k < sentences.count(); k++) {
            int start = sentences.start(k);
            int end = sentences.end(k);
            while (end - start > MAX_WINDOW) {
                int cut = cut(text, start, start + MAX_WINDOW);
                addIfStatistic(text, start, cut, windows);
                start = cut;
            }
            addIfStatistic(text, start, end, windows);
        }
        return windows;
    }

    private static void addIfStatistic(String text, int start, int end, List<TextRange> windows) {
        if (PREFIXES.occurIn(text, start, end)) {
            windows.add(new TextRange(start, end));
        }
    }

    /** Where to end a window that may reach {@code limit}: after its last clause mark, else before a non-digit. */
    private static int cut(String text, int start, int limit) {
        for (int i = limit - 1; i > start; i--) {
            if (CharClasses.isClauseMark(text.charAt(i)) && !(isDigit(text, i - 1) && isDigit(text, i + 1))) {
                return i + 1;
            }
        }
        for (int i = limit; i > Math.max(start + 1, limit - MAX_BACKOFF); i--) {
            if (!isDigit(text, i - 1) && !Character.isHighSurrogate(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static boolean isDigit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
}
