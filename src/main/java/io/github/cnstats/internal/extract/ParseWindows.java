package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.normalize.TextRange;
import io.github.cnstats.internal.parse.StatisticPrefixes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Chooses the stretches of a document that the grammar runs over, the fast path of {@link StatsExtractor}.
 *
 * <ul>
 * <li>A sentence with no digit, Chinese numeral or change character holds no statistic and is skipped; most
 * of an article is such prose.</li>
 * <li>A sentence longer than {@link #MAX_WINDOW} characters is read as several windows, cut after a clause
 * mark where there is one. Binding looks back over its window for subjects, periods and regions from every
 * number, so an unbounded window makes the cost grow with the square of its length: a 10 MB line with no
 * sentence end would take hours. Real sentences are far shorter than the bound, so they are read whole and
 * their results do not change.</li>
 * <li>A window that holds no {@link StatisticPrefixes prefix of a statistic token} is skipped too: 增 in 增强
 * and 一 in 统一 let a sentence through the first test, but the grammar would read no quantity or change in it.
 * Such a window gives nothing to any step after lexing: the parser returns no pieces for it, so there are no
 * elements, no drafts and no diagnostics, and the binder never looks beyond its window, so no other window's
 * subject or period can come from it. About a sixth of the characters of an article are in such sentences
 * (成为, 持续, 2023-11-27 alone); skipping them saves their lexing, the costliest step per character.</li>
 * </ul>
 */
final class ParseWindows {

    /** The longest window, in characters of normalised text: several times the longest real sentence seen. */
    static final int MAX_WINDOW = 512;

    /** How far back from a hard cut to look for a place that splits no number. */
    private static final int MAX_BACKOFF = 32;

    private static final String STATISTIC_CHARS = "零〇○一二两三四五六七八九十百千万亿廿卅%‰倍成升增降减涨跌持番";
    /** The digits and {@link #STATISTIC_CHARS} as a set: every character of a document is tested. */
    private static final BitSet STATISTIC = statisticCharacters();

    private static final StatisticPrefixes PREFIXES = StatisticPrefixes.grammar();

    private ParseWindows() {
    }

    /**
     * @param text      normalised text
     * @param sentences its sentences, in order
     * @return the windows to parse, in order, each inside one sentence
     */
    static List<TextRange> of(String text, List<TextRange> sentences) {
        List<TextRange> windows = new ArrayList<>();
        for (TextRange sentence : sentences) {
            if (!mayHoldStatistics(text, sentence.start(), sentence.end())) {
                continue;
            }
            int start = sentence.start();
            while (sentence.end() - start > MAX_WINDOW) {
                int cut = cut(text, start, start + MAX_WINDOW);
                addIfStatistic(text, new TextRange(start, cut), windows);
                start = cut;
            }
            addIfStatistic(text, start == sentence.start() ? sentence : new TextRange(start, sentence.end()), windows);
        }
        return windows;
    }

    /**
     * A sentence with no digit, numeral or change word holds no statistic. (This test is older than
     * {@link StatisticPrefixes} and is kept as it is, so that what is read stays the same: it lacks 卌, a Chinese
     * digit that the grammar reads.)
     */
    static boolean mayHoldStatistics(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (STATISTIC.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addIfStatistic(String text, TextRange window, List<TextRange> windows) {
        if (PREFIXES.occurIn(text, window.start(), window.end())) {
            windows.add(window);
        }
    }

    /** Where to end a window that may reach {@code limit}: after its last clause mark, else before a non-digit. */
    private static int cut(String text, int start, int limit) {
        for (int i = limit - 1; i > start; i--) {
            if (",;:".indexOf(text.charAt(i)) >= 0 && !(isDigit(text, i - 1) && isDigit(text, i + 1))) {
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

    private static BitSet statisticCharacters() {
        BitSet set = new BitSet();
        set.set('0', '9' + 1);
        STATISTIC_CHARS.chars().forEach(set::set);
        return set;
    }

    private static boolean isDigit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
}
