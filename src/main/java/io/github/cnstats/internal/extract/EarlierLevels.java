package io.github.cnstats.internal.extract;

import io.github.cnstats.Direction;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;
import io.github.cnstats.internal.ast.Node.Text;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Earlier levels listed after a comparison, before the change they are compared with: 今年11月受理N件、财损M元,
 * 较去年11月受理N2件、财损M2元,分别减少a%与b%; 去年发生N件,比2005年N2件,减少近M件. The figures after the
 * comparison are what the current figures were in the reference period; the change is the current figures'. Read
 * only where the current figures and the earlier levels pair one to one, unit for unit, and the comparison stands
 * alone at the start of its clause; a reader who cannot pair them reads the change as before.
 */
final class EarlierLevels {

    /**
     * A comparison at the start of its clause, its reference period, then at most a few words naming what was
     * counted (受理, 每日平均受理), with no number and no clause mark.
     */
    private static final Pattern COMPARISON = Pattern.compile(
            "\\s*[,;]?\\s*(?:相较于?|较之|较|比起|比)"
                    + "((?:[今去前上]年|\\d{3,4}年度?|[〇零○一二三四五六七八九]{3,4}年度?)?"
                    + "(?:同期)?(?:\\d{1,2}月份?|[一二三四]季度|[上下]半年)?(?:同期)?)"
                    + "([^\\d,;:。、()]{0,8})");

    /** Words between two listed figures: 、财损, or nothing. */
    private static final Pattern LISTED = Pattern.compile("\\s*[、,]?[^\\d,;:。、()]{0,6}");

    /** Between the last earlier level and the change: a clause mark, and 分别 or 均. */
    private static final Pattern AFTER = Pattern.compile("\\s*,?\\s*(?:分别|均|都)?\\s*");

    private EarlierLevels() {
    }

    /**
     * For a change with a direction and no amount (较6月2471件、33.6亿元减少): how many figures are compared, the
     * fewest that pair one to one with the earlier levels, or 0.
     */
    static int pairs(SentenceTexts texts, List<Draft> open, int to) {
        for (int k = 1; 2 * k <= open.size(); k++) {
            if (reference(texts, open, k, to) != null) {
                return k;
            }
        }
        return 0;
    }

    /**
     * @return whether each of the {@code k} figures before the comparison moved from its earlier level in
     *         {@code direction}: a reading the figures contradict is declined
     */
    static boolean agrees(List<Draft> open, int k, Direction direction) {
        int n = open.size();
        for (int i = 0; i < k; i++) {
            int sign = open.get(n - 2 * k + i).quantity.value().compareTo(open.get(n - k + i).quantity.value());
            if (sign != (direction == Direction.UP ? 1 : direction == Direction.DOWN ? -1 : 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param texts the words of the window
     * @param open the quantities with no change yet at the end of the sentence so far, in text order
     * @param k    how many amounts the change has
     * @param to   where the change starts
     * @return where the reference period of the comparison is written, when the last {@code k} of {@code open} are
     *         the earlier levels of the {@code k} before them; else null
     */
    static int[] reference(SentenceTexts texts, List<Draft> open, int k, int to) {
        int n = open.size();
        if (k < 1 || n < 2 * k) {
            return null;
        }
        for (int i = 0; i < k; i++) {
            QuantityPhrase now = open.get(n - 2 * k + i).quantity;
            QuantityPhrase then = open.get(n - k + i).quantity;
            if (now.unit() == null || then.unit() == null || !Objects.equals(now.unit().text(), then.unit().text())
                    || now.high() != null || then.high() != null) {
                return null;
            }
        }
        for (int i = n - 2 * k + 1; i < n; i++) {
            if (i != n - k && !matches(LISTED, texts, open.get(i - 1).quantity.end(), open.get(i).quantity.start())) {
                return null;
            }
        }
        // After the last earlier level, only a clause mark before the change.
        int after = open.get(n - 1).quantity.end();
        if (!matches(AFTER, texts, after, to)) {
            return null;
        }
        int from = open.get(n - k - 1).quantity.end();
        int until = open.get(n - k).quantity.start();
        if (from > until) {
            return null; // quantities that overlap (a range read across a list mark) are no list of figures
        }
        Text words = texts.covering(from, until);
        Matcher m = matcher(COMPARISON, words, from, until);
        if (!m.matches() || m.group(1).isEmpty()) {
            return null;
        }
        return new int[] {words.start() + m.start(1), words.start() + m.end(1)};
    }

    /** Whether {@code pattern} matches the whole of the words in {@code [from, to)}; false when out of order. */
    private static boolean matches(Pattern pattern, SentenceTexts texts, int from, int to) {
        return from <= to && matcher(pattern, texts.covering(from, to), from, to).matches();
    }

    /** @return {@code pattern} over {@code [from, to)} of the window, read in {@code words}, the text that holds it */
    private static Matcher matcher(Pattern pattern, Text words, int from, int to) {
        if (from >= to || words.text().isEmpty()) {
            return pattern.matcher(""); // nothing written between
        }
        return pattern.matcher(words.text()).region(from - words.start(), to - words.start());
    }
}
