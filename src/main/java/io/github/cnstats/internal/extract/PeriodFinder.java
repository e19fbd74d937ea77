package io.github.cnstats.internal.extract;

import io.github.cnstats.Period;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the periods written in a sentence of normalised text: {@code 截至11月底}, {@code 2026年1至2月},
 * {@code 今年以来}, {@code 一年来}, {@code 连续7个月}. A period is text, typed by {@link Period.Kind} where its
 * shape is clear.
 */
final class PeriodFinder {

    private static final String NUM = "(?:\\d{1,4}|[一二三四五六七八九十两〇○零]{1,4})";
    private static final String YEAR = "(?:\\d{4}|[一二三四五六七八九〇○零]{4}|[今去上明前本当次]|" + NUM + "个?)年";
    private static final String MONTH = "(?:" + NUM + "月?(?:份)?(?:至|到|-|—)?)?" + NUM + "(?:个)?月(?:份)?";
    private static final String QUARTER = "(?:[一二三四1-4]|第[一二三四1-4]|前[一二三1-3]|首[一二三1-3]?|上半|下半)季度?(?:末)?|上半年|下半年";

    /** Shapes, most specific first; each entry is a pattern and the kind it gives. */
    private static final List<Shape> SHAPES = List.of(
            new Shape("(?:截至|截止到?|到)(?:(?:" + YEAR + ")(?:" + MONTH + "|" + QUARTER + ")?|" + MONTH + "|" + QUARTER
                    + ")(?:" + NUM + "日)?(?:底|末|初|中旬|上旬|下旬|为止|时)?", Period.Kind.UP_TO),
            new Shape("(?:截至|截止到?)目前|(?:截至|截止到?)" + NUM + "日", Period.Kind.UP_TO),
            new Shape("自?(?:" + YEAR + ")?(?:" + MONTH + ")?(?:以来|至今)", Period.Kind.SINCE),
            new Shape("(?:近|过去|最近)?" + NUM + "?个?年来", Period.Kind.DURATION),
            new Shape("(?:" + YEAR + ")?[前首]" + NUM + "(?:个月|季度|个季度)", Period.Kind.UP_TO),
            new Shape("(?:" + YEAR + ")?(?:" + MONTH + "|" + QUARTER + ")", Period.Kind.MONTHS),
            new Shape("连续" + NUM + "(?:个月|年|个季度|季度|周|天)", Period.Kind.DURATION),
            new Shape("(?:过去|近|最近|未来)" + NUM + "年", Period.Kind.DURATION),
            new Shape(YEAR + "(?:全年|上半年|下半年|一季度|年底|年末|年初)?", Period.Kind.YEAR),
            new Shape("全年|年内|当年|年末|年底|年初|上半年|下半年", Period.Kind.YEAR),
            new Shape("“[^”]{1,8}”(?:时期|期间)", Period.Kind.OTHER),
            // 五年增长30.8%, but not 九年义务教育: a bare count of years is a period only before a verb or a pause.
            new Shape("[一二三四五六七八九十两]年(?![\\p{IsHan}&&[^增降分累来内间期均]])", Period.Kind.DURATION));

    private record Shape(Pattern pattern, Period.Kind kind) {

        Shape(String regex, Period.Kind kind) {
            this(Pattern.compile(regex), kind);
        }
    }

    /** A period found in the text: {@code [start, end)} of the normalised text. */
    record Found(int start, int end, Period.Kind kind) {
    }

    private final String text;
    /** Answers of {@link #matchAt} by start; one finder serves one call of the parser, on one thread. */
    private final Map<Integer, Match> matches = new HashMap<>();
    private final Matcher[] matchers = new Matcher[SHAPES.size()];

    PeriodFinder(String text) {
        this.text = text;
    }

    /**
     * @return the periods in {@code [start, end)}, leftmost first, not overlapping
     */
    List<Found> findAll(int start, int end) {
        List<Found> out = new ArrayList<>();
        int at = start;
        while (at < end) {
            Found found = longestAt(at, end);
            if (found != null) {
                out.add(found);
                at = found.end();
            } else if (isComparedWith(at)) {
                at = Math.max(at + 1, endIgnoringComparison(at, end)); // 比1—9月: the whole basis, not 9月
            } else {
                at++;
            }
        }
        return out;
    }

    /**
     * The period a statistic at {@code at} holds for: the last one written before it in its sentence. A streak
     * (连续7个月) holds only within its own clause; it does not carry to the statements after it.
     *
     * @return the period, or null
     */
    Found lastBefore(int sentenceStart, int at) {
        List<Found> found = findAll(sentenceStart, Math.max(sentenceStart, at));
        int clauseStart = clauseStart(sentenceStart, at);
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (!text.startsWith("连续", f.start()) || f.start() >= clauseStart) {
                return f;
            }
        }
        return null;
    }

    private int clauseStart(int sentenceStart, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= sentenceStart; i--) {
            if (",;:".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return sentenceStart;
    }

    /**
     * @return the end of the period that starts exactly at {@code start}, or {@code start} if none does
     */
    int endOfPeriodAt(int start, int end) {
        Found found = longestAt(start, end);
        return found == null ? start : found.end();
    }

    private Found longestAt(int start, int end) {
        if (isComparedWith(start)) {
            return null;
        }
        return matchAt(start, end);
    }

    private int endIgnoringComparison(int start, int end) {
        Found found = matchAt(start, end);
        return found == null ? start : found.end();
    }

    private Found matchAt(int start, int end) {
        if (!couldStartPeriod(text.charAt(start))) {
            return null;
        }
        Match known = matches.get(start);
        if (known != null && known.holdsFor(end)) {
            return known.found();
        }
        Found best = null;
        boolean hitEnd = false;
        for (int i = 0; i < SHAPES.size(); i++) {
            Shape shape = SHAPES.get(i);
            Matcher m = matcher(i).region(start, end);
            if (m.lookingAt() && m.end() > start && (best == null || m.end() > best.end())) {
                best = new Found(start, m.end(), shape.kind());
            }
            hitEnd |= m.hitEnd();
        }
        Found found = best != null && isPeriodEnd(best.end(), end) ? best : null;
        // A period that ends at the region's end is a period only because nothing follows it there.
        boolean sameForLaterEnds = !hitEnd && (best == null || best.end() < end);
        matches.put(start, new Match(end, found, sameForLaterEnds));
        return found;
    }

    /** The matcher of shape {@code i} over the text, made once per finder: region() resets it for each use. */
    private Matcher matcher(int i) {
        if (matchers[i] == null) {
            matchers[i] = SHAPES.get(i).pattern().matcher(text);
        }
        return matchers[i];
    }

    /**
     * What {@link #matchAt} found at one start with the patterns' region ending at {@code end}. When no pattern
     * read up to that end ({@link Matcher#hitEnd()}) and the best match ends before it, a region that ends
     * later gives the same result, since the patterns never looked that far. Every number asks for the last
     * period before it, by matching from the start of its sentence; remembering these answers makes that cost a
     * lookup per position instead of twelve patterns, which on a sentence full of numbers was the larger part of
     * the parse.
     */
    private record Match(int end, Found found, boolean sameForLaterEnds) {

        boolean holdsFor(int otherEnd) {
            return otherEnd == end || (sameForLaterEnds && otherEnd > end);
        }
    }

    /** 比上年, 较二〇二四年同期: a year after 比 or 较 is what a change is measured against, not a period. */
    private boolean isComparedWith(int start) {
        return start > 0 && "比较与于".indexOf(text.charAt(start - 1)) >= 0;
    }

    /** A cheap test before the patterns: every period starts with one of these. */
    private static boolean couldStartPeriod(char c) {
        return (c >= '0' && c <= '9') || "截到自近过最未前今去上明本当次全年连“一二三四五六七八九十两〇○零第下".indexOf(c) >= 0;
    }

    /** 2023年 is a period, but 2023年度报告 is a title, and 三年级 is not a year. */
    private boolean isPeriodEnd(int at, int end) {
        if (at >= end) {
            return true;
        }
        char next = text.charAt(at);
        return next != '级' && next != '度' && next != '龄';
    }
}
