package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.ast.Node.Text;
import io.github.cnstats.internal.words.CharClasses;
import io.github.cnstats.internal.words.WordLists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the place a statistic holds for, as written: {@code 全国}, {@code 全省}, {@code 山东}, {@code 山东省},
 * {@code 四川全省}. Province-level names with and without their suffix, and the 全X words of official text.
 * Names are read in the words of the sentence's {@link Text} nodes ({@link SentenceTexts}), at offsets of each
 * text, never in the document.
 */
final class RegionFinder {

    /** Names of places, each also read with every one of {@link #SUFFIXES}. */
    private static final List<String> PROVINCES = WordLists.words("region-names");

    /** Words for the whole of a place: 全国, 本港. */
    private static final List<String> WHOLE = WordLists.words("region-whole");

    private static final List<String> SUFFIXES = WordLists.words("region-suffixes");

    /**
     * The names a region is read with: each of {@link #PROVINCES}, then each of {@link #WHOLE}, in buckets by the low
     * ten bits of its first character (most characters a region is tried at find their bucket empty; a stem of the bucket
     * that starts with another character fails the comparison), each province then read with the longest of
     * {@link #SUFFIXES} written after it. The longest name written wins (粤港澳大湾区 over 大湾区, 新疆维吾尔自治区
     * over 新疆): the same as trying every name with every suffix, longest first, but with a few stems tried at a
     * start rather than the two dozen names that start with 山, 江 or 河. Indexed because a region is tried at every
     * clause start and subject start.
     */
    private static final List<String> STEMS = Stream.concat(PROVINCES.stream(), WHOLE.stream()).toList();
    /** The indexes of {@link #STEMS} by their first character, as {@link Words} keeps its words. */
    private static final int[][] STEMS_BY_BUCKET = Words.buckets(STEMS, true);
    /** {@link #SUFFIXES}, longest first, so that the first written after a province is the longest. */
    private static final String[] SUFFIXES_LONGEST_FIRST = SUFFIXES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);

    /** The words a name of {@link #AREA} ends with. */
    private static final List<String> AREA_ENDINGS = WordLists.words("area-endings");

    /** Named areas of planning and statistics: 成都平原经济区, 成渝地区双城经济圈, 黄河上游地区. */
    private static final java.util.regex.Pattern AREA = java.util.regex.Pattern.compile(
            "[\\p{IsHan}&&[^全年月日的和与及、]]{2,8}?(?:" + String.join("|", AREA_ENDINGS) + ")(?!生产总值)");

    /**
     * Words that make an area a kind of area, not a named one: 涉诈重点地区, 相关地区, 部分地区, 贫困地区. A clause
     * that opens with such a phrase (实行治安重点地区挂牌督办…) names no place the figure holds for.
     */
    private static final java.util.regex.Pattern CATEGORY = java.util.regex.Pattern.compile(
            String.join("|", WordLists.words("area-kinds").stream().map(java.util.regex.Pattern::quote).toList()));

    /**
     * The last two characters of each of {@link #AREA_ENDINGS} (济区, 市群, 新区, 地区…), by the last: the words
     * ending with the i-th character of {@link #AREA_LAST_CHARS}.
     */
    private static final String[][] AREA_TAILS_BY_LAST;
    /** The characters every name of {@link #AREA} ends with: 区圈带群. */
    private static final String AREA_LAST_CHARS;

    static {
        Map<Character, List<String>> byLast = new LinkedHashMap<>();
        for (String ending : AREA_ENDINGS) {
            String tail = ending.substring(ending.length() - 2);
            List<String> tails = byLast.computeIfAbsent(tail.charAt(1), c -> new ArrayList<>());
            if (!tails.contains(tail)) {
                tails.add(tail);
            }
        }
        StringBuilder lastChars = new StringBuilder();
        AREA_TAILS_BY_LAST = new String[byLast.size()][];
        for (Map.Entry<Character, List<String>> entry : byLast.entrySet()) {
            AREA_TAILS_BY_LAST[lastChars.length()] = entry.getValue().toArray(new String[0]);
            lastChars.append(entry.getKey().charValue());
        }
        AREA_LAST_CHARS = lastChars.toString();
    }

    /** {@link #AREA_LAST_CHARS} as a filter: most characters after a clause's start end no area. */
    private static final CharFilter MAY_END_AREA = new CharFilter(AREA_LAST_CHARS);

    /** The first character of the Han script: the CJK radicals. */
    static final int FIRST_HAN = 0x2E80;

    /** The Han characters {@link #AREA} does not start with. */
    private static final String NOT_AREA_FIRST = "全年月日的和与及、";

    /**
     * How far from its start a name of {@link #AREA} may end: eight characters, each of them perhaps written as
     * a surrogate pair, and the longest ending.
     */
    private static final int AREA_REACH = 8 * 2 + "上游地区".length();

    private final SentenceTexts texts;
    /**
     * {@link #AREA} and {@link #CATEGORY}, made once: each use resets them to the text at hand and its region.
     * One per call, on one thread. The category is looked for in the area's region of the text, which gives what
     * looking in a copy of the area's text gives, as the pattern looks at no text around its match.
     */
    private final java.util.regex.Matcher area = AREA.matcher("");
    private final java.util.regex.Matcher category = CATEGORY.matcher("");

    RegionFinder(SentenceTexts texts) {
        this.texts = texts;
    }

    /**
     * @param text the words of a text node, or of the nodes a range touches
     * @return the end of the region name that starts exactly at {@code start} of {@code text}, or {@code start}
     *         if none does
     */
    int endOfRegionAt(String text, int start, int end) {
        if (start >= end) {
            return start;
        }
        if (couldStartArea(text.codePointAt(start)) && mayEndArea(text, start, end)) {
            area.reset(text);
            category.reset(text);
            area.region(start, end);
            if (area.lookingAt() && !category.region(start, area.end()).find()) {
                return area.end();
            }
        }
        int[] stems = STEMS_BY_BUCKET[Words.bucketOf(text.charAt(start))];
        if (stems == null) {
            return start;
        }
        int longest = start;
        for (int i : stems) {
            String stem = STEMS.get(i);
            int after = start + stem.length();
            if (after > end || !text.startsWith(stem, start)) {
                continue;
            }
            if (i < PROVINCES.size()) { // a province takes a suffix
                for (String suffix : SUFFIXES_LONGEST_FIRST) {
                    if (after + suffix.length() <= end && text.startsWith(suffix, after)) {
                        after += suffix.length();
                        break;
                    }
                }
            }
            longest = Math.max(longest, after);
        }
        return longest;
    }

    /**
     * A cheap test before {@link #AREA}: whether the last two characters of one of its endings are written close
     * enough after {@code start} (a match ends with them). Most places where a region is tried are followed by
     * none, and many of those that are followed by 区 have 社区, 园区 or 辖区, which ends no name.
     */
    private static boolean mayEndArea(String text, int start, int end) {
        for (int i = start + 1; i < Math.min(end, start + AREA_REACH); i++) {
            char c = text.charAt(i);
            int last = MAY_END_AREA.mayHold(c) ? AREA_LAST_CHARS.indexOf(c) : -1;
            if (last >= 0) {
                for (String tail : AREA_TAILS_BY_LAST[last]) {
                    if (text.startsWith(tail, i - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A cheap test before {@link #AREA}, which starts with a Han character other than a few. It need only be true
     * wherever the pattern could match, so the block of CJK Unified Ideographs passes whole, without the search
     * of the script tables that {@link Character.UnicodeScript#of} makes: the few code points at its end that a
     * JDK's Unicode may not have assigned yet are left to the pattern.
     */
    private static boolean couldStartArea(int c) {
        // No Han character is written before the CJK radicals (U+2E80), so digits, Latin and punctuation, where a
        // region is often tried, skip the search of the tables too (RegionFinderTest checks every one).
        boolean han = c >= '\u4E00' && c <= '\u9FFF'
                || c >= FIRST_HAN && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        return han && (c > Character.MAX_VALUE || NOT_AREA_FIRST.indexOf(c) < 0);
    }

    /**
     * @return {@code {start, end}} when the normalised text there is one region name and nothing else (a subject
     *         江西 in 湖北和江西增加500小时), else null
     */
    int[] wholeName(int start, int end) {
        if (start >= end) {
            return null;
        }
        Text words = texts.covering(start, end);
        int by = words.start();
        if (start < by || end > words.end()) {
            return null;
        }
        return endOfRegionAt(words.text(), start - by, end - by) == end - by ? new int[] {start, end} : null;
    }

    /**
     * The region a statistic at {@code end} holds for: the last region that opens a clause of its sentence (from
     * {@code start}) before it, after any period (截至11月底,<b>全国</b>共破获…; 2023年<b>山东省</b>公安机关…). A
     * region further inside a clause (牵头全国打击…) is what an action reached, not where the statistic holds.
     *
     * <p>The maker asks this for every measurement of a window, each time from the window's start, and a scan of
     * every clause for each was a twentieth of the parse: the clauses a mark closes are read once, as the first
     * statistic after the mark asks (see {@link #closedRegionStart}), and only the clause {@code end} is in is
     * read for each. A statistic asked for before a mark already read (rare: the numbers come in text order) is
     * answered by the scan.
     *
     * @return the region as {@code {start, end}} of the normalised text, or null
     */
    int[] lastOpening(int start, int end, PeriodEnds periods) {
        Text sentence = texts.sentence();
        end = Math.min(end, sentence.end());
        if (start < sentence.start()) {
            return lastOpeningScanned(start, end, periods);
        }
        if (readWindow != texts.window() || readPeriods != periods || readFrom != start) {
            readWindow = texts.window();
            readPeriods = periods;
            readFrom = start;
            searched = start;
            lastMark = -1;
            closedRegionStart = -1;
            unsettled = false;
        }
        if (end <= lastMark) {
            return lastOpeningScanned(start, end, periods);
        }
        String text = sentence.text();
        int by = sentence.start();
        for (int at = searched; at < end; at++) {
            if (CharClasses.isClauseMark(text.charAt(at - by))) {
                closeClause(text, by, sentence.end(), at);
            }
        }
        searched = Math.max(searched, end);
        if (unsettled) {
            return lastOpeningScanned(start, end, periods);
        }
        int clause = lastMark < 0 ? start : lastMark + 1;
        if (clause < end) {
            int[] found = opening(text, clause - by, end - by, by, periods);
            if (found != null) {
                return shifted(found, by);
            }
        }
        return closedRegionStart < 0 ? null : new int[] {closedRegionStart, closedRegionEnd};
    }

    /*
     * The clauses read by lastOpening: for the window, periods and start it was last asked about, how far the
     * window was searched for clause marks, the last mark found, and the region opening the last clause closed by a
     * mark that has one. What opening finds in a clause is the same for every end after its mark: a name, an area
     * and the words that end one are Han characters, so none is read across the mark (, ; :), and opensList reads
     * no further than the mark either. Only a period that runs on over the mark, which PeriodEnds gives only when
     * it ends by the end asked for, makes the clause's opening depend on the end: the window is then scanned for
     * each statistic.
     */
    private int readWindow = -1;
    private PeriodEnds readPeriods;
    private int readFrom;
    private int searched;
    private int lastMark;
    /** Where the region of the last closed clause that has one starts, or -1, and where it ends. */
    private int closedRegionStart;
    private int closedRegionEnd;
    /** Whether a period runs on over a clause mark read. */
    private boolean unsettled;

    /** Reads the clause that the mark at {@code mark} closes: the region that opens it, if any. */
    private void closeClause(String text, int by, int sentenceEnd, int mark) {
        int clause = lastMark < 0 ? readFrom : lastMark + 1;
        lastMark = mark;
        if (unsettled) {
            return;
        }
        // As opening reads the clause up to its mark: the mark is no opening mark, so the words start by it.
        int first = afterOpeningMarks(text, clause - by, mark - by) + by;
        int afterPeriod = readPeriods.endOfPeriodAt(first, sentenceEnd);
        if (afterPeriod > mark) {
            unsettled = true;
            return;
        }
        int[] found = regionAt(text, afterPeriod - by, mark + 1 - by);
        if (found != null) {
            closedRegionStart = found[0] + by;
            closedRegionEnd = found[1] + by;
        }
    }

    /**
     * {@link #lastOpening} as it reads, clause by clause from {@code start}: the reference that it answers the same
     * as ({@code RegionFinderTest}).
     */
    int[] lastOpeningScanned(int start, int end, PeriodEnds periods) {
        Text words = texts.covering(start, end);
        int by = words.start();
        return shifted(lastOpening(words.text(), start - by, Math.min(end, words.end()) - by, by, periods), by);
    }

    /** {@link #lastOpeningScanned} in {@code text}, which is at {@code by} in the document. */
    private int[] lastOpening(String text, int start, int end, int by, PeriodEnds periods) {
        int[] last = null;
        for (int clause = start; clause < end; clause = nextClause(text, clause, end)) {
            int[] found = opening(text, clause, end, by, periods);
            if (found != null) {
                last = found;
            }
        }
        return last;
    }

    /** @return {@code range}, which is in a text at {@code by} in the document, in the document's offsets */
    private static int[] shifted(int[] range, int by) {
        if (range != null) {
            range[0] += by;
            range[1] += by;
        }
        return range;
    }

    /** @return the region that opens the clause at {@code clause}, after any period, or null */
    private int[] opening(String text, int clause, int end, int by, PeriodEnds periods) {
        int at = afterOpeningMarks(text, clause, end);
        if (at >= end) {
            return null;
        }
        at = periods.endOfPeriodAt(at + by, end + by) - by; // the period nodes have the document's offsets
        return regionAt(text, at, end);
    }

    /** @return the region named at {@code at} that opens no list, as {@code {start, end}} of the text, or null */
    private int[] regionAt(String text, int at, int end) {
        int found = endOfRegionAt(text, at, end);
        return found > at && !opensList(text, found, end) ? new int[] {at, found} : null;
    }

    /**
     * Whether a region name ending at {@code at} is the first of a list of places (北京、上海等地, 京津冀等3个片区):
     * one example of several, not the place the clause holds for.
     */
    private static boolean opensList(String text, int at, int end) {
        if (at >= end) {
            return false;
        }
        char next = text.charAt(at);
        return next == '、' || next == '等' && (at + 1 >= end || "级于待同".indexOf(text.charAt(at + 1)) < 0);
    }

    private static final String OPENING_MARKS = "“‘\"(";

    /** White space and opening quotes or brackets before a clause's first word. */
    private static int afterOpeningMarks(String text, int clause, int end) {
        int at = clause;
        // Most clauses open with a Han character, which is neither (one comparison before the two tests).
        while (at < end && text.charAt(at) < '\u4E00'
                && (Character.isWhitespace(text.charAt(at)) || OPENING_MARKS.indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return at;
    }

    /** @return where the clause after the one at {@code from} starts, or {@code end} */
    private static int nextClause(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (CharClasses.isClauseMark(text.charAt(i))) { // the normalised text writes , ; : for ，；：
                return i + 1;
            }
        }
        return end;
    }

    /** Where the period that starts at a position ends, which a clause's region is read after. */
    interface PeriodEnds {

        /** @return the end of the period that starts exactly at {@code start}, or {@code start} if none does */
        int endOfPeriodAt(int start, int end);
    }
}
