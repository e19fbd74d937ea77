package io.github.cnstats.internal.extract;

import io.github.cnstats.Period;
import io.github.cnstats.internal.words.CharClasses;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes a period is written in, as patterns, and the longest of them that matches at a position. What a
 * match means in its context (after 比, before 度) is {@link PeriodFinder}'s business.
 */
final class PeriodShapes {

    private static final String NUM = "(?:\\d{1,4}|[" + CharClasses.DIGITS + "十]{1,4})";
    private static final String YEAR =
            "(?:\\d{4}|[" + CharClasses.DIGITS.replace("两", "") + "]{4}|[今去上明前本当次]|" + NUM + "个?)年";
    private static final String MONTH = "(?:" + NUM + "月?(?:份)?(?:至|到|-|—)?)?" + NUM + "(?:个)?月(?:份)?";
    private static final String QUARTER = "(?:[一二三四1-4]|第[一二三四1-4]|前[一二三1-3]|首[一二三1-3]?|上半|下半)季度?(?:末)?|上半年|下半年";

    /** Shapes, most specific first; each entry is a pattern, the kind it gives, and for some a {@link Clue}. */
    static final List<Shape> SHAPES = List.of(
            new Shape("(?:截至|截止到?|到)(?:(?:" + YEAR + ")(?:" + MONTH + "|" + QUARTER + ")?|" + MONTH + "|" + QUARTER
                    + ")(?:" + NUM + "日)?(?:底|末|初|中旬|上旬|下旬|为止|时)?", Period.Kind.UP_TO),
            // 目前 or 日 starts at most 7 characters in: 截止到1111日. Tried wherever the first shape is, it matches
            // at few of them.
            new Shape("(?:截至|截止到?)目前|(?:截至|截止到?)" + NUM + "日", Period.Kind.UP_TO,
                    new Clue(List.of("目前", "日"), 8)),
            // 以来 or 至今 starts at most 21 characters in: after 自, a year (1111个年) and months (1111月份至1111个月份).
            new Shape("自?(?:" + YEAR + ")?(?:" + MONTH + ")?(?:以来|至今)", Period.Kind.SINCE,
                    new Clue(List.of("以来", "至今"), 22)),
            // 年来 starts at most 7 characters in: 过去1111个年来.
            new Shape("(?:近|过去|最近)?" + NUM + "?个?年来", Period.Kind.DURATION, new Clue(List.of("年来"), 8)),
            // 前 or 首 is at most 6 characters in, after a year: 1111个年前3个月.
            new Shape("(?:" + YEAR + ")?[前首]" + NUM + "(?:个月|季度|个季度)", Period.Kind.UP_TO,
                    new Clue(List.of("前", "首"), 7)),
            // A month's 月, a quarter's 季 or a half year's 半 is at most 17 characters in: 2023个年1111份至1111个月.
            new Shape("(?:" + YEAR + ")?(?:" + MONTH + "|" + QUARTER + ")", Period.Kind.MONTHS,
                    new Clue(List.of("月", "季", "半"), 18)),
            new Shape("连续" + NUM + "(?:个月|年|个季度|季度|周|天)", Period.Kind.DURATION),
            new Shape("(?:过去|近|最近|未来)" + NUM + "年", Period.Kind.DURATION),
            // 年 is at most 5 characters in: 1111个年.
            // 2024年末 as the grammar reads it (年末 after the year's 年), but not 2024年初步核算.
            new Shape(YEAR + "(?:全年|上半年|下半年|一季度|年底|年末|年初|末|底|初(?!步))?", Period.Kind.YEAR,
                    new Clue(List.of("年"), 6)),
            new Shape("全年|年内|当年|年末|年底|年初|上半年|下半年", Period.Kind.YEAR),
            // A month, week or day named relative to the text's date, as the grammar's namedMonth and namedDays.
            new Shape("上月|本月", Period.Kind.MONTHS),
            new Shape("上周|本周|昨日|昨天", Period.Kind.OTHER),
            // 时期 or 期间 starts at most 18 characters in: after a quotation of eight characters, each perhaps
            // written as a surrogate pair.
            new Shape("“[^”]{1,8}”(?:时期|期间)", Period.Kind.OTHER, new Clue(List.of("时期", "期间"), 19)),
            // 五年增长30.8%, but not 九年义务教育: a bare count of years is a period only before a verb or a pause.
            new Shape("[" + CharClasses.NONZERO_DIGITS + "十]年(?![\\p{IsHan}&&[^增降分累来内间期均]])", Period.Kind.DURATION));

    /**
     * A pattern of {@link #SHAPES}, the kind of period it gives, and its clue, or null.
     */
    record Shape(Pattern pattern, Period.Kind kind, Clue clue) {

        Shape(String regex, Period.Kind kind) {
            this(Pattern.compile(regex), kind, null);
        }

        Shape(String regex, Period.Kind kind, Clue clue) {
            this(Pattern.compile(regex), kind, clue);
        }
    }

    /**
     * Words one of which every match of a shape contains, starting within its first {@code reach} characters: a
     * cheap test before the patterns that are tried at most numbers and match at few, as each of them reads a
     * number several ways before it fails. {@link Matching} looks for the clues of all the shapes at a position in
     * one pass ({@link #CLUE_WORDS}).
     */
    record Clue(List<String> words, int reach) {
    }

    /**
     * Every word of every clue, with the bit of its shape and its reach, by its first character: the words that
     * start with the i-th character of {@link #CLUE_FIRST_CHARS}.
     */
    private static final ClueWord[][] CLUE_WORDS;
    private static final String CLUE_FIRST_CHARS;
    private static final CharIndex CLUE_FIRST_INDEX;
    /** One bit per shape that has a clue. */
    private static final int SHAPES_WITH_CLUES;

    /** A word of the clue of the shape {@code shapeBit}. */
    private record ClueWord(String word, int shapeBit, int reach) {
    }

    static {
        StringBuilder firstChars = new StringBuilder();
        List<List<ClueWord>> byFirst = new ArrayList<>();
        int withClues = 0;
        for (int i = 0; i < SHAPES.size(); i++) {
            Clue clue = SHAPES.get(i).clue();
            if (clue == null) {
                continue;
            }
            withClues |= 1 << i;
            for (String word : clue.words()) {
                int first = firstChars.indexOf(word.substring(0, 1));
                if (first < 0) {
                    first = firstChars.length();
                    firstChars.append(word.charAt(0));
                    byFirst.add(new ArrayList<>());
                }
                byFirst.get(first).add(new ClueWord(word, 1 << i, clue.reach()));
            }
        }
        CLUE_FIRST_CHARS = firstChars.toString();
        CLUE_FIRST_INDEX = new CharIndex(CLUE_FIRST_CHARS);
        CLUE_WORDS = byFirst.stream().map(words -> words.toArray(new ClueWord[0])).toArray(ClueWord[][]::new);
        SHAPES_WITH_CLUES = withClues;
    }

    /** The characters a period may start with; at any other the patterns are not tried. */
    private static final String STARTS = "0123456789截到自近过最未前今去上明本当次全年连“昨" + CharClasses.DIGITS + "十第下";
    private static final CharIndex STARTS_INDEX = new CharIndex(STARTS);

    /**
     * The characters the patterns name, and digits. As the second character of a period that does not open
     * with “, every other character fails the same way: only the ranges of “[^”] and of the lookahead after
     * 年 take characters that are not named, and neither is read second.
     */
    private static final String NAMED = named();
    private static final CharIndex NAMED_INDEX = new CharIndex(NAMED);

    /** A character no pattern names. */
    private static final char OTHER = 0;

    /** For each character of {@link #STARTS}, one bit per shape that a match may start with it. */
    private static final int[] SHAPES_BY_FIRST = new int[STARTS.length()];

    static {
        for (int c = 0; c < STARTS.length(); c++) {
            SHAPES_BY_FIRST[c] = shapesMatching(STARTS.substring(c, c + 1));
        }
    }

    /**
     * For each character of {@link #STARTS} and each second character of {@link #NAMED} or any other (the
     * last), one bit per shape that a match may start with them, and {@link #KNOWN}; 0 until first needed. Found
     * on demand: all the pairs at once cost a tenth of a second at start-up, and a text meets few of them.
     * Shared by all parsers; two threads that find the same pair find the same bits.
     */
    private static final AtomicIntegerArray SHAPES_BY_PAIR =
            new AtomicIntegerArray(STARTS.length() * (NAMED.length() + 1));

    /** Set in every entry of {@link #SHAPES_BY_PAIR} that has been found, as a pair may start no shape. */
    private static final int KNOWN = 1 << 31;

    private static String named() {
        StringBuilder named = new StringBuilder("0123456789");
        for (Shape shape : SHAPES) {
            shape.pattern().pattern().chars().filter(c -> named.indexOf(String.valueOf((char) c)) < 0)
                    .forEach(c -> named.append((char) c));
        }
        return named.toString();
    }

    /**
     * @return one bit per shape that may match a text starting with {@code prefix}: on the prefix alone, a
     * pattern that neither matches nor reads past it (hitEnd) fails on every text that starts with it
     */
    private static int shapesMatching(String prefix) {
        int shapes = 0;
        for (int i = 0; i < SHAPES.size(); i++) {
            Matcher m = SHAPES.get(i).pattern().matcher(prefix);
            if (m.lookingAt() || m.hitEnd()) {
                shapes |= 1 << i;
            }
        }
        return shapes;
    }

    private PeriodShapes() {
    }

    /** @return whether a period may start with {@code c} */
    static boolean couldStart(char c) {
        return STARTS_INDEX.contains(c);
    }

    /**
     * The shapes matched against one text, with the matchers made once: region() resets them for each use.
     * Keeps the furthest index the patterns read, which tells {@link PeriodFinder} for which other region ends
     * a match holds. One per call of the parser, on one thread.
     */
    static final class Matching {

        private final ReadTrackingText text;
        private final Matcher[] matchers = new Matcher[SHAPES.size()];

        Matching(String text) {
            this.text = new ReadTrackingText(text);
        }

        /**
         * The longest match of any shape at {@code start} with the patterns' region ending at {@code end}; of
         * equally long ones, the first shape's.
         *
         * @return the match, or null
         */
        PeriodFinder.Found longestAt(int start, int end) {
            int shapes = shapesAt(start, end);
            if ((shapes & SHAPES_WITH_CLUES) != 0) {
                shapes = shapes & ~SHAPES_WITH_CLUES | cluesWritten(start, end, shapes & SHAPES_WITH_CLUES);
            }
            PeriodFinder.Found best = null;
            for (int i = 0; i < SHAPES.size(); i++) {
                Shape shape = SHAPES.get(i);
                if ((shapes & (1 << i)) == 0) {
                    continue;
                }
                Matcher m = matcher(i).region(start, end);
                if (m.lookingAt() && m.end() > start && (best == null || m.end() > best.end())) {
                    best = new PeriodFinder.Found(start, m.end(), shape.kind());
                }
            }
            return best;
        }

        /**
         * @return of the shapes {@code wanted}, each with a clue, those whose clue is written: one of its words
         * starts within its reach of {@code start} and ends by {@code end}. Looked for in one pass over the text
         * for all of them, as looking for each clue in turn went over the same characters up to five times.
         */
        private int cluesWritten(int start, int end, int wanted) {
            int limit = start;
            for (int i = 0; i < SHAPES.size(); i++) {
                if ((wanted & (1 << i)) != 0) {
                    limit = Math.max(limit, start + SHAPES.get(i).clue().reach());
                }
            }
            limit = Math.min(end, limit);
            int at = start;
            int written = 0;
            for (; at < limit && written != wanted; at++) {
                int first = CLUE_FIRST_INDEX.indexOf(text.text().charAt(at));
                if (first < 0) {
                    continue;
                }
                for (ClueWord clue : CLUE_WORDS[first]) {
                    if ((wanted & clue.shapeBit()) != 0 && at - start < clue.reach()
                            && at + clue.word().length() <= end && text.text().startsWith(clue.word(), at)) {
                        written |= clue.shapeBit();
                    }
                }
            }
            return written;
        }

        /** The shapes worth trying at {@code start}, by its first two characters in the region. */
        private int shapesAt(int start, int end) {
            text.resetTo(start);
            int first = STARTS_INDEX.indexOf(text.text().charAt(start));
            if (first < 0) {
                return 0;
            }
            if (start + 1 >= end || text.text().charAt(start) == '“') {
                return SHAPES_BY_FIRST[first];
            }
            text.noteRead(start + 1);
            int second = NAMED_INDEX.indexOf(text.text().charAt(start + 1));
            int pair = first * (NAMED.length() + 1) + (second < 0 ? NAMED.length() : second);
            int shapes = SHAPES_BY_PAIR.get(pair);
            if (shapes == 0) {
                char secondOrOther = second < 0 ? OTHER : NAMED.charAt(second);
                shapes = KNOWN | shapesMatching(STARTS.substring(first, first + 1) + secondOrOther);
                SHAPES_BY_PAIR.set(pair, shapes);
            }
            return shapes;
        }

        /** @return the furthest index of the text that the last {@link #longestAt} read */
        int furthestRead() {
            return text.furthest();
        }

        private Matcher matcher(int i) {
            if (matchers[i] == null) {
                matchers[i] = SHAPES.get(i).pattern().matcher(text);
            }
            return matchers[i];
        }
    }
}
