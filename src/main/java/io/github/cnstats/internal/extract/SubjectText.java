package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.words.CharClasses;
import io.github.cnstats.internal.words.WordLists;

import java.util.List;

/**
 * Trims the text before a number down to what was counted: {@code 2023年,全国共破获电信网络诈骗案件} becomes
 * {@code 破获电信网络诈骗案件}. Works on ranges of the normalised text so that the subject can be reported as
 * written in the original.
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

    private final String text;
    private final WindowPeriods periods;
    private final RegionFinder regions;
    /** Where {@link Words#lastStarts} notes its answers: one per call of the parser, used by one search at a time. */
    private final int[] actorEndingStarts = new int[ACTOR_ENDINGS.size()];
    private final int[] totalMarkerStarts = new int[TOTAL_MARKERS.size()];

    SubjectText(String text, WindowPeriods periods, RegionFinder regions) {
        this.text = text;
        this.periods = periods;
        this.regions = regions;
    }

    /**
     * @return the trimmed range {@code [start, end)}, or null when nothing is left
     */
    int[] trim(int start, int end) {
        int total = lastTotalMarker(start, end);
        if (total > start) {
            // 山东省公安机关共破获: what follows 共 is the counted thing, unless nothing is left (整体罪案共有).
            int[] after = trimFrom(total, end);
            if (after != null) {
                return after;
            }
        }
        return trimFrom(start, end);
    }

    /**
     * Trims the noun phrase written after a count (共破获2.9万起<b>电诈案件</b>): only punctuation and closing
     * words go; a region or a passive inside it is part of the noun (全国集群战役, 相关责任人被警告).
     *
     * @return the trimmed range {@code [start, end)}, or null when nothing is left
     */
    int[] trimAfter(int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isTrimmable(text.charAt(s)) && !opensBalancedQuote(s, e)) {
            s++;
        }
        while (e > s && (isTrimmable(text.charAt(e - 1)) || "和及与的".indexOf(text.charAt(e - 1)) >= 0)) {
            e--; // 登记2.3万个单位和…: the conjunction belongs to the next item
        }
        return s < e ? new int[] {s, e} : null;
    }

    private int[] trimFrom(int start, int end) {
        int s = start;
        int e = end;
        s = afterPassive(s, e); // 史带财险被罚款: the company is who was fined; the statistic is the fine
        s = afterActor(s, e);
        int[] inner = periods.lastInside(s, e);
        if (inner != null) {
            // 基金新进独门股10月以来股价涨幅: the period divides an earlier topic from the subject.
            if (inner[1] < e && e - inner[1] >= 2 && closingWordsEnd(inner[1], e) > inner[1]) {
                s = inner[1];
            } else if (inner[1] >= e || closingWordsEnd(inner[1], e) == inner[1]) {
                e = inner[0]; // 網上情緣騙案去年共有235宗: only closing words after the period; the topic is the subject
            }
        }
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            int skipped = skipPunctuation(s, e);
            if (skipped != s) {
                s = skipped;
                changed = true;
            }
            int afterPeriod = periods.endOfPeriodAt(s, e);
            if (afterPeriod > s) {
                s = afterPeriod;
                changed = true;
                continue;
            }
            // A region is cut off only when something follows it, so with one character left none is looked for.
            int afterRegion = e - s < 2 ? s : regions.endOfRegionAt(s, e);
            if (afterRegion > s && afterRegion < e && text.charAt(afterRegion) != '籍') {
                s = afterRegion;
                changed = true;
                continue;
            }
            String word = LEADING.firstStartingAt(text, s, e);
            if (word != null && !(word.equals("被") && passiveNounAt(s))) {
                s += word.length();
                changed = true;
            }
        }
        e = closingWordsEnd(s, e);
        return s < e ? new int[] {s, e} : null;
    }

    /** Where {@code text[s, e)} ends once the punctuation and closing words (共有, 达到, 都) at its end are cut off. */
    private int closingWordsEnd(int s, int e) {
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            while (e > s && isTrimmable(text.charAt(e - 1))) {
                e--;
                changed = true;
            }
            String word = TRAILING.firstEndingAt(text, s, e);
            if (word != null && e - word.length() >= s && !endsAWord(e, word)) {
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
    private boolean passiveNounAt(int at) {
        for (int i = 0; i < PASSIVE_NOUNS.size(); i++) {
            if (text.startsWith(PASSIVE_NOUNS.get(i), at)) {
                return true;
            }
        }
        return false;
    }

    /** After 被, when an actor of at least four characters stands before it (not in 被捕人数, a noun). */
    private int afterPassive(int s, int e) {
        int at = TextSearch.lastIndexOf(text, '被', e - 1, s + 4);
        if (at >= 0 && passiveNounAt(at)) {
            return s; // 犯罪被捕人数, 全市被骗资金: a noun, never cut inside
        }
        boolean list = at >= 0 && TextSearch.indexOf(text, '、', at, e) >= 0;
        return at >= s + 4 && e - (at + 1) >= 2 && !list ? at + 1 : s;
    }

    private int afterActor(int s, int e) {
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

    private int lastTotalMarker(int s, int e) {
        int best = -1;
        if (TOTAL_MARKERS.lastStarts(text, e - 1, s, totalMarkerStarts) == 0) {
            return best;
        }
        int[] starts = totalMarkerStarts;
        for (int i = 0; i < starts.length; i++) {
            String marker = TOTAL_MARKERS.get(i);
            int at = starts[i];
            if (at >= s && at + marker.length() < e && at + marker.length() > best && isTotalMarker(at, marker)) {
                best = at + marker.length();
            }
        }
        return best;
    }

    /** Words in which 共 is part of another word, not a total marker. */
    private static final List<String> NOT_TOTAL_MARKERS = WordLists.words("not-total-markers");

    /** 共 counts a total in 共破获, but not in 公共, 共同, 共享, 共济. */
    private boolean isTotalMarker(int at, String marker) {
        if (!marker.equals("共")) {
            return true;
        }
        for (String word : NOT_TOTAL_MARKERS) {
            int start = at - word.indexOf('共');
            if (start >= 0 && text.startsWith(word, start)) {
                return false;
            }
        }
        return true;
    }

    private int skipPunctuation(int s, int e) {
        while (s < e && isTrimmable(text.charAt(s)) && !opensBalancedQuote(s, e)) {
            s++;
        }
        return s;
    }

    /** A quote that closes inside the subject is part of it: “两卡”违法犯罪团伙. */
    private boolean opensBalancedQuote(int s, int e) {
        char c = text.charAt(s);
        if (c != '“' && c != '《' && c != '‘') {
            return false;
        }
        char close = c == '“' ? '”' : c == '《' ? '》' : '’';
        return TextSearch.indexOf(text, close, s + 1, e - 1) >= 0; // not on to the end of the document
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || CharClasses.isClauseMark(c) || CharClasses.SENTENCE_ENDS.indexOf(c) >= 0
                || "、()“”‘’\"《》[]【】〔〕…·-—".indexOf(c) >= 0;
    }

    /** Words whose last character is also a closing word: 行为 is not 行 + 为, 现有 is not 现 + 有. */
    private static final Words WHOLE_WORDS = new Words(WordLists.words("subject-whole-words"));

    /**
     * Whether the one-character closing word {@code word}, written to end at {@code e}, ends a whole word. A whole
     * word written to end at {@code e} ends with the character {@code word} is, so it is one that ends with it.
     */
    private boolean endsAWord(int e, String word) {
        return word.length() == 1 && WHOLE_WORDS.firstEndingAt(text, 0, e) != null;
    }
}
