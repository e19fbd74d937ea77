package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.ast.Node.Text;
import io.github.cnstats.internal.words.CharClasses;
import io.github.cnstats.internal.words.WordLists;

import java.util.List;
import java.util.Set;

/**
 * Trims the text before a number down to what was counted: {@code 2024年,全省共查处电信网络诈骗案件} becomes
 * {@code 破获电信网络诈骗案件}. Reads the words of the range from the sentence's {@link Text} nodes
 * ({@link SentenceTexts}: the one text the range lies in, or the texts it touches joined), never the document,
 * and gives the trimmed range back in the document's offsets, so that the subject can be reported as written in
 * the original. Every method below reads one such text, at offsets of its own.
 *
 * <p>Each trim reads its range a few times (for 共, an actor's ending, 被); the word lists are searched through a
 * filter of their first and last characters ({@link Words}). The periods it trims are those the grammar read in
 * the window ({@link WindowPeriods}), so a period word is known in the grammar alone.
 */
final class SubjectText {

    /** Words that open a clause without being part of what is counted. Longest first. */
    private static final Words LEADING = new Words(WordLists.words("subject-leading"));

    /** Words that close the text before a number without being part of what is counted. Longest first. */
    private static final Words TRAILING = new Words(WordLists.words("subject-trailing"));

    /**
     * Where an actor's name ends: 国家反诈中心发布短视频, 金融监管分局开出罚单. The counted thing is what the
     * actor did, so the actor is cut off.
     */
    private static final Words ACTOR_ENDINGS = new Words(WordLists.words("actor-endings"));

    /** Where an actor's text ends and the counted thing begins: 山东省公安机关共破获 ... */
    private static final Words TOTAL_MARKERS = new Words(WordLists.words("total-markers"));

    private final SentenceTexts texts;
    private final WindowPeriods periods;
    private final RegionFinder regions;
    /** Where {@link Words#lastStarts} notes its answers: one per call of the parser, used by one search at a time. */
    private final int[] actorEndingStarts = new int[ACTOR_ENDINGS.size()];
    private final int[] totalMarkerStarts = new int[TOTAL_MARKERS.size()];

    SubjectText(SentenceTexts texts, WindowPeriods periods, RegionFinder regions) {
        this.texts = texts;
        this.periods = periods;
        this.regions = regions;
    }

    /**
     * @return the trimmed range {@code [start, end)}, or null when nothing is left
     */
    int[] trim(int start, int end) {
        Text words = texts.covering(start, end);
        int at = words.start();
        return shifted(trim(words.text(), start - at, Math.min(end, words.end()) - at, at), at);
    }

    /** {@link #trim(int, int)} in the text of a node, at {@code at} in the document, at offsets of the text. */
    private int[] trim(String text, int start, int end, int at) {
        int total = lastTotalMarker(text, start, end);
        if (total > start) {
            // 山东省公安机关共破获: what follows 共 is the counted thing, unless nothing is left (整体罪案共有).
            int[] after = trimFrom(text, total, end, at);
            if (after != null) {
                return after;
            }
        }
        return trimFrom(text, start, end, at);
    }

    /** @return {@code range}, which is in a text at {@code by} in the document, in the document's offsets */
    private static int[] shifted(int[] range, int by) {
        if (range != null) {
            range[0] += by;
            range[1] += by;
        }
        return range;
    }

    /**
     * Trims the noun phrase written after a count (共破获2.9万起<b>电诈案件</b>): only punctuation and closing
     * words go; a region or a passive inside it is part of the noun (全国集群战役, 相关责任人被警告).
     *
     * @return the trimmed range {@code [start, end)}, or null when nothing is left
     */
    int[] trimAfter(int start, int end) {
        Text words = texts.covering(start, end);
        int at = words.start();
        return shifted(trimAfter(words.text(), start - at, Math.min(end, words.end()) - at), at);
    }

    private static int[] trimAfter(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isTrimmable(text.charAt(s)) && !opensBalancedQuote(text, s, e)) {
            s++;
        }
        while (e > s && (isTrimmable(text.charAt(e - 1)) || "和及与的".indexOf(text.charAt(e - 1)) >= 0
                && WHOLE_WORDS.firstEndingAt(text, s, e) == null)) {
            e--; // 登记2.3万个单位和…: the conjunction belongs to the next item (not the 与 of 参与)
        }
        // 31个大类利润保持同比增长, 6个维度设置了: the verb that opens the predicate is no part of the noun, as it is
        // none of a subject written before the count (大类利润保持31个 reads 大类利润)
        // (41个大类行业中有: a partitive, which the binder reads whole)
        if (e - s < 2 || !text.startsWith("中有", e - 2)) {
            e = closingWordsEnd(text, s, e);
        }
        return s < e ? new int[] {s, e} : null;
    }

    /** @param at where {@code text} is in the document, whose offsets the period nodes have */
    private int[] trimFrom(String text, int start, int end, int at) {
        int s = start;
        int e = end;
        s = afterPassive(text, s, e); // 史带财险被罚款: the company is who was fined; the statistic is the fine
        s = afterActor(text, s, e);
        int[] inner = shifted(periods.lastInside(s + at, e + at), -at);
        if (inner != null) {
            // 私募新进重仓股5月以来股价涨幅: the period divides an earlier topic from the subject.
            if (inner[1] < e && e - inner[1] >= 2 && closingWordsEnd(text, inner[1], e) > inner[1]) {
                s = inner[1];
            } else if (inner[1] >= e || closingWordsEnd(text, inner[1], e) == inner[1]) {
                e = inner[0]; // 網上購物騙案去年共有318宗: only closing words after the period; the topic is the subject
            }
        }
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            int skipped = skipPunctuation(text, s, e);
            if (skipped != s) {
                s = skipped;
                changed = true;
            }
            int afterPeriod = periods.endOfPeriodAt(s + at, e + at) - at;
            if (afterPeriod > s) {
                s = afterPeriod;
                changed = true;
                continue;
            }
            // A region is cut off only when something follows it, so with one character left none is looked for.
            int afterRegion = e - s < 2 ? s : regions.endOfRegionAt(text, s, e);
            if (afterRegion > s && afterRegion < e && text.charAt(afterRegion) != '籍') {
                s = afterRegion;
                changed = true;
                continue;
            }
            String word = LEADING.firstStartingAt(text, s, e);
            if (word != null && !(word.equals("被") && passiveNounAt(text, s)) && !startsAWord(text, s, e, word)) {
                s += word.length();
                changed = true;
            }
        }
        e = closingWordsEnd(text, s, e);
        if (e - s == 1 && text.charAt(s) == '占') {
            return null; // 青少年、成年人分别占12.5、71.3%: the verb of a share alone names nothing; the list does
        }
        return s < e ? new int[] {s, e} : null;
    }

    /** Words that open a note on how a figure was computed: 经季节性调整, 按可比价格计算, 下同. */
    private static final Words NOTE_OPENERS = new Words(WordLists.words("note-openers"));

    /**
     * @return where a note in round brackets that ends {@code text[s, e)} opens (失业率(经季节性调整)), when it opens
     *         with a word of {@link #NOTE_OPENERS}, at least two characters of name stand before it and the note holds
     *         no bracket of its own; else -1 (短信(闪信) names the thing twice, and keeps both)
     */
    private static int noteStart(String text, int s, int e) {
        if (e - s < 4 || text.charAt(e - 1) != ')') {
            return -1;
        }
        for (int i = e - 2; i >= s; i--) {
            char c = text.charAt(i);
            if (c == '(') {
                return i - s >= 2 && i < e - 2 && NOTE_OPENERS.firstStartingAt(text, i + 1, e - 1) != null ? i : -1;
            }
            if (c == ')') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Verbs of occurrence, trimmed off the end of a subject (盗窃案发生820起) but kept when nothing else names what is
     * counted: 发案同比下降12% speaks of cases that occurred.
     */
    private static final Set<String> OCCURRENCE_VERBS = Set.of("发生", "发案");

    /** Where {@code text[s, e)} ends once the punctuation and closing words (共有, 达到, 都) at its end are cut off. */
    private static int closingWordsEnd(String text, int s, int e) {
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            int note = noteStart(text, s, e);
            if (note > s) {
                e = note; // 失业率(经季节性调整)为3.9%: a note in brackets at the end is no part of the name
                changed = true;
            }
            while (e > s && isTrimmable(text.charAt(e - 1))) {
                e--;
                changed = true;
            }
            String word = TRAILING.firstEndingAt(text, s, e);
            if (word != null && e - word.length() >= s && !endsAWord(text, e, word)
                    && !(e - word.length() == s && OCCURRENCE_VERBS.contains(word))) {
                e -= word.length();
                changed = true;
            }
        }
        return e;
    }

    /**
     * @return where a period compared with that ends right at {@code at} starts (比6月下降: the change is against
     *         it), or -1
     */
    int comparedEndingAt(int at) {
        return periods.comparedEndingAt(at);
    }

    /** Words that start with 被 and are part of a noun: 被骗资金, 被拐儿童, 被捕人数. */
    private static final List<String> PASSIVE_NOUNS = WordLists.words("passive-nouns");

    /** Whether a word of {@link #PASSIVE_NOUNS} starts at {@code at}. */
    private static boolean passiveNounAt(String text, int at) {
        for (int i = 0; i < PASSIVE_NOUNS.size(); i++) {
            if (text.startsWith(PASSIVE_NOUNS.get(i), at)) {
                return true;
            }
        }
        return false;
    }

    /** After 被, when an actor of at least four characters stands before it (not in 被捕人数, a noun). */
    private static int afterPassive(String text, int s, int e) {
        int at = TextSearch.lastIndexOf(text, '被', e - 1, s + 4);
        if (at >= 0 && passiveNounAt(text, at)) {
            return s; // 犯罪被捕人数, 全市被骗资金: a noun, never cut inside
        }
        boolean list = at >= 0 && TextSearch.indexOf(text, '、', at, e) >= 0;
        return at >= s + 4 && e - (at + 1) >= 2 && !list ? at + 1 : s;
    }

    private int afterActor(String text, int s, int e) {
        int best = s;
        if (ACTOR_ENDINGS.lastStarts(text, e - 1, s + 2, actorEndingStarts) == 0) {
            return best;
        }
        int[] starts = actorEndingStarts;
        for (int i = 0; i < starts.length; i++) {
            int at = starts[i];
            int cut = at + ACTOR_ENDINGS.get(i).length();
            if (at >= s + 2 && e - cut >= 2 && cut > best) {
                best = cut;
            }
        }
        return best;
    }

    private int lastTotalMarker(String text, int s, int e) {
        int best = -1;
        if (TOTAL_MARKERS.lastStarts(text, e - 1, s, totalMarkerStarts) == 0) {
            return best;
        }
        int[] starts = totalMarkerStarts;
        for (int i = 0; i < starts.length; i++) {
            String marker = TOTAL_MARKERS.get(i);
            int at = starts[i];
            if (at >= s && at + marker.length() < e && at + marker.length() > best && isTotalMarker(text, at, marker)) {
                best = at + marker.length();
            }
        }
        return best;
    }

    /** Words in which 共 is part of another word, not a total marker. */
    private static final List<String> NOT_TOTAL_MARKERS = WordLists.words("not-total-markers");

    /** Where 共 is in each of {@link #NOT_TOTAL_MARKERS}, found once rather than at every 共 read. */
    private static final int[] TOTAL_CHAR_IN_NOT_MARKERS =
            NOT_TOTAL_MARKERS.stream().mapToInt(word -> word.indexOf('共')).toArray();

    /** 共 counts a total in 共破获, but not in 公共, 共同, 共享, 共济. */
    private static boolean isTotalMarker(String text, int at, String marker) {
        if (!marker.equals("共")) {
            return true;
        }
        for (int i = 0; i < TOTAL_CHAR_IN_NOT_MARKERS.length; i++) {
            int start = at - TOTAL_CHAR_IN_NOT_MARKERS[i];
            if (start >= 0 && text.startsWith(NOT_TOTAL_MARKERS.get(i), start)) {
                return false;
            }
        }
        return true;
    }

    private static int skipPunctuation(String text, int s, int e) {
        while (s < e && isTrimmable(text.charAt(s)) && !opensBalancedQuote(text, s, e)) {
            s++;
        }
        return s;
    }

    /** A quote that closes inside the subject is part of it: “两卡”违法犯罪团伙. */
    private static boolean opensBalancedQuote(String text, int s, int e) {
        char c = text.charAt(s);
        if (c != '“' && c != '《' && c != '‘') {
            return false;
        }
        char close = c == '“' ? '”' : c == '《' ? '》' : '’';
        return TextSearch.indexOf(text, close, s + 1, e - 1) >= 0; // not on to the end of the text
    }

    private static boolean isTrimmable(char c) {
        return (TRIMMABLE[c >>> 6] & (1L << c)) != 0; // a shift of a long takes the low six bits of c
    }

    /**
     * {@link #isTrimmable} of every char, one bit each (8 KB), worked out once from the rule: each subject is read
     * for punctuation character by character from both ends, and the rule's four searches were a tenth of a trim.
     */
    private static final long[] TRIMMABLE = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || CharClasses.isClauseMark((char) c)
                    || CharClasses.SENTENCE_ENDS.indexOf(c) >= 0 || "、()“”‘’\"《》[]【】〔〕…·-—".indexOf(c) >= 0) {
                TRIMMABLE[c >>> 6] |= 1L << c;
            }
        }
    }

    /** Words whose last character is also a closing word: 行为 is not 行 + 为, 现有 is not 现 + 有. */
    private static final Words WHOLE_WORDS = new Words(WordLists.words("subject-whole-words"));

    /**
     * Whether the one-character closing word {@code word}, written to end at {@code e}, ends a whole word. A whole
     * word written to end at {@code e} ends with the character {@code word} is, so it is one that ends with it.
     */
    private static boolean endsAWord(String text, int e, String word) {
        return word.length() == 1 && WHOLE_WORDS.firstEndingAt(text, 0, e) != null;
    }

    /**
     * Whether the opening word {@code word} at {@code s} begins a longer whole word: 就业, 再生, 均价; 发生率, whose
     * verb of occurrence names a rate, not the act.
     */
    private static boolean startsAWord(String text, int s, int e, String word) {
        String whole = WHOLE_WORDS.firstStartingAt(text, s, e);
        return whole != null && whole.length() > word.length();
    }
}
