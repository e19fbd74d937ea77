package io.github.cnstats.internal.extract;

import io.github.cnstats.ChangeBasis;
import io.github.cnstats.internal.words.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fronted comparison frames: 从环比看, / 与上月相比, / 與去年同期比較, / 与113年度相比. A frame states the basis once,
 * and every change after it in the sentence takes it ({@link SentenceBasis}); it is neither a subject nor part of
 * one. Found in the normalised text of one sentence, only where the sentence holds a word a frame needs.
 */
final class ComparisonFrames {

    /** 从环比看, 从同比来看: the basis named alone. */
    private static final Pattern NAMED = Pattern.compile("从(同比|环比)(?:来)?看");

    /**
     * 与去年同期相比, 与113年度相比较, 与去年同期作比较, 同上月比: a reference between 与/同/跟 and 相比/比较. The
     * reference holds no clause mark and no 比 of its own, and is short: a longer stretch is prose.
     */
    private static final Pattern COMPARED = Pattern.compile(
            "(?:与|同|跟)([^,;:!?。,、()\"“”与跟比]{1,12}?)(?:相比较|相比|作比较|比较|对比)");

    /** References that are a basis: 上月 period on period, 去年同期 year on year. */
    private static final Map<String, String> PREVIOUS = WordLists.table("previous-periods");

    /**
     * One frame.
     *
     * @param start    where it starts
     * @param end      where it ends
     * @param basis    its basis: REFERENCE when the words name another period or level
     * @param refStart where the reference words start, or -1 for 从环比看
     * @param refEnd   where they end, or -1
     */
    record Frame(int start, int end, ChangeBasis basis, int refStart, int refEnd) {
    }

    private ComparisonFrames() {
    }

    /** @return the frames of {@code text[start, end)}, in text order; most sentences have none */
    static List<Frame> find(String text, int start, int end) {
        if (TextSearch.indexOf(text, "比", start, end) < 0) {
            return List.of(); // every frame holds 比 (相比, 比较, 同比, 环比)
        }
        List<Frame> frames = new ArrayList<>(1);
        Matcher named = NAMED.matcher(text).region(start, end);
        while (named.find()) {
            ChangeBasis basis = named.group(1).equals("同比") ? ChangeBasis.YEAR_ON_YEAR : ChangeBasis.PERIOD_ON_PERIOD;
            frames.add(new Frame(named.start(), named.end(), basis, -1, -1));
        }
        Matcher compared = COMPARED.matcher(text).region(start, end);
        while (compared.find()) {
            ChangeBasis basis = previousPeriod(compared.group(1));
            frames.add(new Frame(compared.start(), compared.end(), basis == null ? ChangeBasis.REFERENCE : basis,
                    compared.start(1), compared.end(1)));
        }
        frames.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return frames;
    }

    /**
     * @param words a reference as written, normalised
     * @return the basis the words name relatively (上月, 上一季, 去年同期), or null for any other reference
     */
    static ChangeBasis previousPeriod(String words) {
        String basis = PREVIOUS.get(words);
        return basis == null ? null : ChangeBasis.valueOf(basis);
    }

    /** 分季度看, 从分产业看, 分地区看, 按消费类型分: a section header, which names what follows and counts nothing. */
    private static final Pattern HEADER = Pattern.compile("\\s*(?:从|分|按)[^,;:。]{1,10}?(?:来看|看|分)\\s*");

    /** @return whether {@code text[start, end)}, a clause, is a section header or a frame, never a subject */
    static boolean isHeader(String text, int start, int end) {
        if (end - start > 16) {
            return false;
        }
        if (HEADER.matcher(text).region(start, end).matches()) {
            return true;
        }
        for (Frame f : find(text, start, end)) {
            if (text.substring(start, f.start()).isBlank() && text.substring(f.end(), end).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** @return the frame that ends inside {@code (from, to]}, the last of them, or null */
    static Frame endingIn(List<Frame> frames, int from, int to) {
        Frame found = null;
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.end() > from && f.end() <= to && f.start() >= from) {
                found = f;
            }
        }
        return found;
    }
}
