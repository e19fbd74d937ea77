package io.github.cnstats.internal.context;

import io.github.cnstats.DocumentContext;
import io.github.cnstats.DocumentContext.Clue;
import io.github.cnstats.DocumentContext.Source;
import io.github.cnstats.Span;
import io.github.cnstats.internal.normalize.NormalizedText;
import io.github.cnstats.internal.normalize.TextNormalizer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's date and region in its own text, where the caller did not give them: a date line in the
 * first lines or the last (the signature of an official notice), a dateline that names its year, the publisher in
 * the first or last lines, and Taiwan's 民国 years. Only the head ({@value #HEAD} characters) and the foot
 * ({@value #FOOT}) are read, normalised, so a long document costs no more than a short one. A clue that does not
 * give a whole date (新华社北京5月27日电 has no year) gives nothing.
 */
public final class ContextFinder {

    /** The characters read from the start of the document. */
    static final int HEAD = 1200;
    /** The characters read from its end. */
    static final int FOOT = 200;
    private static final int HEAD_LINES = 8;
    private static final int FOOT_LINES = 4;
    /** A line longer than this is prose, not a date line or a publisher's line. */
    private static final int SHORT_LINE = 80;

    private static final String Y4 = "(\\d{4}|[〇零○一二三四五六七八九]{4})";
    private static final String MD = "(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})";
    private static final Pattern DATE = Pattern.compile(
            Y4 + "\\s*[年\\-/.]\\s*" + MD + "\\s*[月\\-/.]\\s*" + MD + "(?!\\d)(?:\\s*[日号])?");
    private static final Pattern MINGUO_DATE = Pattern.compile(
            "(?:中华)?(民国)?(\\d{2,3})\\s*年\\s*" + MD + "\\s*月\\s*" + MD + "\\s*日");
    /** A label at the start of a line, with or without its colon: 发布时间 2024-05-27, 来源:新华网 2024-05-27. */
    private static final Pattern LABEL = Pattern.compile(
            "(?:来源|发布时间|发布日期|发表时间|发文日期|成文日期|更新时间|时间|日期|发布于|发布)\\s*[::]?\\s*");
    /** A label later in a short line needs its colon: 作者:张三 发布时间:2024-05-27 (发布 alone is a verb of prose). */
    private static final Pattern LABEL_INSIDE = Pattern.compile(
            "(?:来源|发布时间|发布日期|发表时间|发文日期|成文日期|更新时间|时间|日期)\\s*[::]\\s*");
    /** What may follow a date that opens a date line: nothing, a space, a time, a source; not prose (2024年5月20日,记者…). */
    private static final Pattern AFTER_DATE = Pattern.compile("$|\\s|\\d{1,2}:\\d{2}|[|丨]|来源|发布|作者|编辑|星期|周[一二三四五六日]");
    private static final Pattern DATELINE = Pattern.compile(
            "(?:社|网|报|台|电视台|新闻|讯)[\\p{IsHan}]{0,8}?" + DATE.pattern() + "\\s*(?:电|讯)");
    private static final Pattern MINGUO_WORD = Pattern.compile("民国\\s*(\\d{2,3}|[一二三四五六七八九十百〇零]{1,5})\\s*年");
    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "^(?:来源|信息来源|发布单位|发布机构|发布者|作者|稿源)\\s*[::]\\s*");
    private static final Pattern LOCAL_PUBLISHER = Pattern.compile(
            "^(?:中共)?([\\p{IsHan}]{2,8}?(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|自治州|省|市|县))"
                    + "(?:人民政府|政府|[\\p{IsHan}]{1,10}?(?:厅|局|委员会|委|办公室|检察院|法院|海关|总队|署|处))");
    private static final Pattern SPECIAL_PUBLISHER = Pattern.compile(
            "^(香港|澳门|台湾)(?:特别行政区)?(?:政府)?[\\p{IsHan}]{0,10}?(?:处|署|局|部|委员会|办公室|总处)");
    private static final Pattern NATIONAL_PUBLISHER = Pattern.compile(
            "^(?:中华人民共和国)?(?:国家[\\p{IsHan}]{1,12}?(?:总局|局|委员会|署)|国务院[\\p{IsHan}]{0,12}|"
                    + "(?:公安|财政|商务|教育|民政|司法|工业和信息化|自然资源|生态环境|住房和城乡建设|交通运输|水利"
                    + "|农业农村|文化和旅游|应急管理|人力资源和社会保障|科学技术|退役军人事务)部)");
    /** 国家统计局广东调查总队: a national office's team in a province, which is no publisher of the country. */
    private static final Pattern SURVEY_TEAM = Pattern.compile("^[\\p{IsHan}]{0,6}调查总队.*");
    /** Words that make a place before 市 or 省 no name: 全市, 今年以来全市. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[全本我该各今年月来以其]");

    private final TextNormalizer normalizer;

    /** @param normalizer the normaliser of the parser, so the head reads as the grammar reads */
    public ContextFinder(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * @param text  the document as given
     * @param given what the caller gave, which wins
     * @return the context: the caller's parts, and what was found for the others
     */
    public DocumentContext find(CharSequence text, DocumentContext given) {
        return find(text, null, given);
    }

    /**
     * @param text       the document as given
     * @param normalized the whole document normalised, when the parse has it (so it is not normalised twice), or
     *                   {@code null}
     * @param given      what the caller gave, which wins
     * @return the context: the caller's parts, and what was found for the others
     */
    public DocumentContext find(CharSequence text, NormalizedText normalized, DocumentContext given) {
        if (!given.findsInText() || given.date().isPresent() && given.region().isPresent() && given.minguoYears()) {
            return given;
        }
        if (!mayHoldAClue(text)) {
            return given; // no digit before a date mark, no publisher's ending, no 民国: nothing to normalise
        }
        DocumentContext.Builder out = given.toBuilder();
        List<Line> head;
        List<Line> foot;
        if (normalized != null) {
            int n = normalized.length();
            head = lines(normalized, 0, Math.min(n, HEAD), 0, true, false, n > HEAD);
            foot = n > HEAD ? lines(normalized, Math.max(HEAD, n - FOOT), n, 0, false, true, false) : List.of();
        } else {
            head = lines(text, 0, Math.min(text.length(), HEAD), true);
            foot = text.length() > HEAD
                    ? lines(text, Math.max(HEAD, text.length() - FOOT), text.length(), false) : List.of();
        }
        Clue minguo = given.minguoYears() ? given.minguoClue().orElse(null) : minguo(head);
        if (minguo != null && !given.minguoYears()) {
            out.minguoYears(true, minguo);
        }
        if (given.date().isEmpty()) {
            Found date = date(head, minguo != null);
            if (date == null) {
                date = date(foot, minguo != null);
            }
            if (date != null) {
                out.date(date.date(), date.clue());
                if (date.minguo() && minguo == null) {
                    out.minguoYears(true, new Clue(Source.TEXT, date.clue().span(), date.clue().text()));
                }
            }
        }
        if (given.region().isEmpty()) {
            Place region = publisher(head);
            if (region == null) {
                region = publisher(foot);
            }
            if (region != null) {
                out.region(region.name(), region.clue());
                if (minguo == null && !given.minguoYears() && RegionResolver.inTaiwan(region.name())) {
                    out.minguoYears(true, region.clue()); // 新竹市警察局: Taiwan's official text counts 民国 years
                }
            }
        }
        return out.build();
    }

    /**
     * Whether the head or foot, as given, may hold a clue at all: a year (digits or Chinese digits before 年, -, /
     * or .), a publisher's ending (厅, 局, 署, 处, 部, 委, 院, 关, 队, 府, 办, Simplified or Traditional) or 民国. Most
     * documents of one sentence (extract --lines) hold none, and are spared the normalisation.
     */
    static boolean mayHoldAClue(CharSequence text) {
        int n = text.length();
        return mayHoldAClue(text, 0, Math.min(n, HEAD)) || n > HEAD && mayHoldAClue(text, Math.max(HEAD, n - FOOT), n);
    }

    private static boolean mayHoldAClue(CharSequence text, int from, int to) {
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９' || isChineseDigit(c)) {
                digits++;
                continue;
            }
            if (digits >= 2 && isDateMark(c) || isPublisherMark(c)) {
                return true;
            }
            if (c != ' ') {
                digits = 0;
            }
        }
        return false;
    }

    // The character sets below are switches rather than String.indexOf: they are asked of every character of the
    // head of each document whose context is needed, and a switch costs a few comparisons where indexOf is a call.

    /** The Chinese digits a year may be written in: 〇零○一二三四五六七八九. */
    private static boolean isChineseDigit(char c) {
        return switch (c) {
            case '〇', '零', '○', '一', '二', '三', '四', '五', '六', '七', '八', '九' -> true;
            default -> false;
        };
    }

    /** What may follow a year's digits, as given: 年 - / . and their full-width forms. */
    private static boolean isDateMark(char c) {
        return switch (c) {
            case '年', '-', '/', '.', '．', '－', '／' -> true;
            default -> false;
        };
    }

    /** A publisher's ending, Simplified or Traditional, or the 民 of 民国: 厅局署处部委院关队府办民. */
    private static boolean isPublisherMark(char c) {
        return switch (c) {
            case '厅', '廳', '局', '署', '处', '處', '部', '委', '院', '关', '關', '队', '隊', '府', '办', '辦', '民' -> true;
            default -> false;
        };
    }

    /** In normalised text, a character that every publisher's name ends in or holds: 局署部委院府厅处办关队. */
    private static boolean isPublisherChar(char c) {
        return switch (c) {
            case '局', '署', '部', '委', '院', '府', '厅', '处', '办', '关', '队' -> true;
            default -> false;
        };
    }

    /** A line of the normalised head or foot, and where it stands in the original. */
    private static final class Line {

        private final String whole;
        private final int normStart;
        private final int normEnd;
        private final NormalizedText source;
        private final int originalOffset;
        /** The line's text, cut from {@code whole} when first asked for: most lines are passed over without it. */
        private String text;

        /** @param whole the normalised text, of which {@code [normStart, normEnd)} is the line, trimmed */
        Line(String whole, int normStart, int normEnd, NormalizedText source, int originalOffset) {
            this.whole = whole;
            this.normStart = normStart;
            this.normEnd = normEnd;
            this.source = source;
            this.originalOffset = originalOffset;
        }

        String text() {
            if (text == null) {
                text = whole.substring(normStart, normEnd);
            }
            return text;
        }

        int length() {
            return normEnd - normStart;
        }

        char charAt(int i) {
            return whole.charAt(normStart + i);
        }

        /** Whether the line holds {@code c}: read in the line only, not on to the end of the document. */
        boolean has(char c) {
            for (int i = normStart; i < normEnd; i++) {
                if (whole.charAt(i) == c) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the line holds the two characters {@code first second}, one after the other. */
        boolean has(char first, char second) {
            for (int i = normStart, last = normEnd - 2; i <= last; i++) {
                if (whole.charAt(i) == first && whole.charAt(i + 1) == second) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the line may hold a date of {@link #DATE} anywhere: four digits of a year, then after any white
         * space one of its separators (年 - / .). Without them no date pattern can match, so none is run.
         */
        boolean mayHoldDate() {
            int digits = 0;
            for (int i = normStart; i < normEnd; i++) {
                char c = whole.charAt(i);
                if (c >= '0' && c <= '9' || isChineseDigit(c)) {
                    digits++;
                    continue;
                }
                if (digits >= 4) {
                    int j = i;
                    while (j < normEnd && isAsciiSpace(whole.charAt(j))) {
                        j++;
                    }
                    if (j < normEnd && "年-/.".indexOf(whole.charAt(j)) >= 0) {
                        return true;
                    }
                }
                digits = 0;
            }
            return false;
        }

        /** The first {@code n} characters, or the whole line when it is no longer. */
        String prefix(int n) {
            return length() <= n ? text() : whole.substring(normStart, normStart + n);
        }

        Span span(int start, int end) {
            int from = source.toOriginal(normStart + start) + originalOffset;
            int to = source.toOriginalEnd(normStart + end) + originalOffset;
            return new Span(from, Math.max(from, to));
        }

        /** The clue at {@code [start, end)} of this line, with its text as written. */
        Clue clue(Source kind, int start, int end) {
            Span s = span(start, end);
            return new Clue(kind, s, source.original().substring(s.start() - originalOffset, s.end() - originalOffset));
        }
    }

    /** A region found, by name (normalised), and the clue it was found in. */
    private record Place(String name, Clue clue) {
    }

    /** The first (or last) few non-blank lines of {@code text[from, to)}, normalised here. */
    private List<Line> lines(CharSequence text, int from, int to, boolean first) {
        if (from < to && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to > from && to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        NormalizedText n = normalizer.normalize(text.subSequence(from, to));
        return lines(n, 0, n.length(), from, first, from > 0, to < text.length());
    }

    /**
     * The first (or last) few non-blank lines of {@code n.text()[from, to)}.
     *
     * @param originalOffset where {@code n}'s original starts in the document
     * @param cutAtStart     whether the range starts inside a line, whose piece is left out
     * @param cutAtEnd       whether it ends inside one
     */
    private static List<Line> lines(NormalizedText n, int from, int to, int originalOffset, boolean first,
                                    boolean cutAtStart, boolean cutAtEnd) {
        String s = n.text();
        List<Line> all = new ArrayList<>();
        int start = from;
        // The line breaks are found by String.indexOf, which reads many characters at a time; a search that finds
        // none before `to` is not made again.
        int nextLf = lineBreak(s, '\n', from, to);
        int nextCr = lineBreak(s, '\r', from, to);
        for (int i = Math.min(nextLf, nextCr); ; i = Math.min(nextLf, nextCr)) {
            int lead = start;
            while (lead < i && Character.isWhitespace(s.charAt(lead))) {
                lead++;
            }
            int end = i;
            while (end > lead && Character.isWhitespace(s.charAt(end - 1))) {
                end--; // as String.stripTrailing, without the copy
            }
            if (end > lead && !(i == to && first && cutAtEnd && all.size() > 0)) {
                all.add(new Line(s, lead, end, n, originalOffset));
                if (first && all.size() == HEAD_LINES) {
                    break; // the head keeps its first lines only: the rest is not cut into lines
                }
            }
            if (i >= to) {
                break;
            }
            start = i + 1;
            if (nextLf == i) {
                nextLf = lineBreak(s, '\n', i + 1, to);
            }
            if (nextCr == i) {
                nextCr = lineBreak(s, '\r', i + 1, to);
            }
        }
        if (!first && cutAtStart && !all.isEmpty()) {
            all.remove(0); // cut in the middle
        }
        int keep = first ? HEAD_LINES : FOOT_LINES;
        return first ? all.subList(0, Math.min(keep, all.size()))
                : all.subList(Math.max(0, all.size() - keep), all.size());
    }

    /** @return where the next {@code c} of {@code s} at or after {@code from} is, or {@code to} when not before it */
    private static int lineBreak(String s, char c, int from, int to) {
        int at = s.indexOf(c, from);
        return at < 0 || at > to ? to : at;
    }

    private record Found(LocalDate date, Clue clue, boolean minguo) {
    }

    private Found date(List<Line> lines, boolean minguo) {
        for (Line line : lines) {
            boolean hasMonth = line.has('月');
            boolean isShort = line.length() <= SHORT_LINE;
            char first = line.charAt(0);
            boolean dateline = hasMonth && (line.has('电') || line.has('讯'));
            if (!isShort && LABEL_STARTS.indexOf(first) < 0 && !dateline) {
                continue; // a long line is read for a date after its label, or a dateline, only
            }
            if (!hasMonth && !line.has('-') && !line.has('/') && !line.has('.')) {
                continue; // every date below needs 月 or a date's separator: no matcher for this line
            }
            boolean digitFirst = first >= '0' && first <= '9';
            boolean mayLabel = LABEL_STARTS.indexOf(first) >= 0 || isShort && line.has(':');
            boolean mayHoldDate = line.mayHoldDate();
            if (!mayHoldDate && !(hasMonth && (mayLabel || isShort && (digitFirst || first == '中' || first == '民')))) {
                continue; // neither a date of four-digit year nor a 民国 date can be read here: no matcher, no copy
            }
            String t = line.text();
            Matcher label = null;
            boolean labelled = false;
            if (LABEL_STARTS.indexOf(first) >= 0) {
                label = LABEL.matcher(t);
                labelled = label.lookingAt();
            }
            if (!labelled && isShort && t.indexOf(':') >= 0) {
                label = LABEL_INSIDE.matcher(t);
                labelled = label.find();
            }
            if (mayHoldDate && (labelled || isShort && (digitFirst || isChineseDigit(first)))) {
                Matcher d = DATE.matcher(t);
                if (d.lookingAt() && isShort && opensDateLine(t, d.end()) || labelled && d.find(label.end())) {
                    LocalDate date = date(CalendarNumbers.yearDigits(d.group(1)), d.group(2), d.group(3));
                    if (date != null) {
                        return new Found(date, clue(Source.DATE_LINE, line, d.start(), d.end()), false);
                    }
                }
            }
            if (hasMonth && (labelled || isShort && (digitFirst || first == '中' || first == '民'))) {
                Matcher g = MINGUO_DATE.matcher(t);
                if ((g.lookingAt() && isShort && opensDateLine(t, g.end()) || labelled && g.find(label.end()))
                        && (g.group(1) != null || minguo || g.group(2).length() == 3)) {
                    int year = Integer.parseInt(g.group(2));
                    LocalDate date = year >= 38 ? date(year + 1911, g.group(3), g.group(4)) : null;
                    if (date != null) {
                        return new Found(date, clue(Source.DATE_LINE, line, g.start(), g.end()), true);
                    }
                }
            }
            if (!dateline || !mayHoldDate) {
                continue;
            }
            Matcher dl = DATELINE.matcher(t);
            if (dl.find()) {
                LocalDate date = date(CalendarNumbers.yearDigits(dl.group(1)), dl.group(2), dl.group(3));
                if (date != null) {
                    return new Found(date, clue(Source.DATELINE, line, dl.start(), dl.end()), false);
                }
            }
        }
        return null;
    }

    /** The first characters of {@link #LABEL}'s words. */
    private static final String LABEL_STARTS = "来发成更时日";

    /** Whether a line that opens with a date is a date line, not a paragraph that starts with the day. */
    private static boolean opensDateLine(String line, int dateEnd) {
        return AFTER_DATE.matcher(line).region(dateEnd, line.length()).lookingAt();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static LocalDate date(int year, String month, String day) {
        int m = CalendarNumbers.small(month);
        int d = CalendarNumbers.small(day);
        if (year < 1900 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Clue minguo(List<Line> lines) {
        for (Line line : lines) {
            if (!line.has('民', '国')) {
                continue; // no matcher for a line that cannot hold one
            }
            Matcher m = MINGUO_WORD.matcher(line.text());
            if (m.find()) {
                return clue(Source.TEXT, line, m.start(), m.end());
            }
        }
        return null;
    }

    private Place publisher(List<Line> lines) {
        for (Line line : lines) {
            if (!mayNamePublisher(line)) {
                continue; // none of the endings a publisher's name needs: no matcher, no substring
            }
            // Without a label the patterns read no further than PUBLISHER_REACH characters from the start.
            boolean labelFirst = SOURCE_LABEL_STARTS.indexOf(line.charAt(0)) >= 0;
            String t = null;
            int at = 0;
            if (labelFirst) {
                t = line.text();
                Matcher label = SOURCE_LABEL.matcher(t);
                at = label.lookingAt() ? label.end() : 0;
            }
            int reach = labelFirst ? line.length() : Math.min(line.length(), PUBLISHER_REACH);
            boolean national = at < reach && NATIONAL_STARTS.indexOf(line.charAt(at)) >= 0;
            if (!national && !(at < reach && SPECIAL_STARTS.indexOf(line.charAt(at)) >= 0)
                    && !mayOpenLocal(line, at, reach)) {
                continue; // no publisher's name can start here: no matcher, no copy
            }
            if (t == null) {
                t = line.prefix(PUBLISHER_REACH);
            }
            String rest = t.substring(at);
            Matcher m = national ? NATIONAL_PUBLISHER.matcher(rest) : null;
            if (m != null && m.lookingAt()) {
                String after = (labelFirst ? rest : line.text()).substring(m.end()); // the whole rest of the line
                if (!after.isEmpty() && Character.isIdeographic(after.codePointAt(0))
                        && LOCAL_PUBLISHER.matcher(after).lookingAt() || SURVEY_TEAM.matcher(after).matches()) {
                    continue; // 国家统计局广东调查总队: not the country
                }
                return new Place("中国", line.clue(Source.PUBLISHER, at + m.start(), at + m.end()));
            }
            m = rest.isEmpty() || SPECIAL_STARTS.indexOf(rest.charAt(0)) < 0 ? null : SPECIAL_PUBLISHER.matcher(rest);
            if (m != null && m.lookingAt()) {
                return new Place(m.group(1), line.clue(Source.PUBLISHER, at + m.start(), at + m.end()));
            }
            m = LOCAL_PUBLISHER.matcher(rest);
            if (m.lookingAt() && !NOT_A_NAME.matcher(m.group(1)).find()) {
                return new Place(m.group(1), line.clue(Source.PUBLISHER, at + m.start(), at + m.end()));
            }
        }
        return null;
    }

    /**
     * Whether a line holds a character that every publisher's name ends in or holds (局, 署, 部, 委, 院, 府, 厅, 处,
     * 办, 关, 队): without one, none of the publisher patterns can match.
     */
    private static boolean mayNamePublisher(Line line) {
        // Without a label the patterns read no further than PUBLISHER_REACH, so neither does this.
        int reach = SOURCE_LABEL_STARTS.indexOf(line.charAt(0)) >= 0 ? line.length()
                : Math.min(line.length(), PUBLISHER_REACH);
        for (int i = 0; i < reach; i++) {
            if (isPublisherChar(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }
    /** The first characters of {@link #NATIONAL_PUBLISHER}'s names (中华人民共和国, 国家, 国务院, the ministries). */
    private static final String NATIONAL_STARTS = "中国公财商教民司工自生住交水农文应人科退";
    /** The last characters of {@link #LOCAL_PUBLISHER}'s place endings (自治区, 自治州, 省, 市, 县, 特别行政区). */
    private static final String PLACE_ENDS = "区州省市县";
    /**
     * How far into a name {@link #LOCAL_PUBLISHER}'s place ends at the latest: 中共 (2), a name of at most 8
     * characters, and the longest ending (维吾尔自治区, 6).
     */
    private static final int PLACE_REACH = 16;

    /** Whether {@link #LOCAL_PUBLISHER} may match at {@code at}: a place's ending close enough after it. */
    private static boolean mayOpenLocal(Line line, int at, int reach) {
        for (int i = at, end = Math.min(reach, at + PLACE_REACH); i < end; i++) {
            if (PLACE_ENDS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
    /**
     * How far from the start of a line without a label the publisher patterns can read: a national publisher
     * (at most 24 characters) with a local one after it (at most 29), or 调查总队 (10) after it, so 53; a
     * special or local one alone is shorter. Matching on this prefix finds what matching on the line finds.
     */
    private static final int PUBLISHER_REACH = 100;
    /** The first characters of {@link #SOURCE_LABEL}'s words. */
    private static final String SOURCE_LABEL_STARTS = "来信发作稿";
    /** The first characters of {@link #SPECIAL_PUBLISHER}'s places. */
    private static final String SPECIAL_STARTS = "香澳台";

    private static Clue clue(Source source, Line line, int start, int end) {
        return line.clue(source, start, end);
    }
}
