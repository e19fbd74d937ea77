package io.github.cnstats.internal.extract;

import io.github.cnstats.Approximation;
import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.Streak;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.ast.Node.ChangePhrase;
import io.github.cnstats.internal.ast.Node.Frame;
import io.github.cnstats.internal.ast.Node.SectionHeader;
import io.github.cnstats.internal.ast.Node.Marker;
import io.github.cnstats.internal.ast.Node.NotStatistic;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;
import io.github.cnstats.internal.ast.Node.StreakPhrase;
import io.github.cnstats.internal.ast.Node.Text;
import io.github.cnstats.internal.ast.Node;
import io.github.cnstats.internal.words.CharClasses;
import io.github.cnstats.internal.words.WordLists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Binds the elements of one sentence into measurements: which change belongs to which quantity, what each
 * one counts, and how 分别 and 均 distribute lists. This is where official phrasing is understood beyond the
 * phrase; each rule below names the phrasing it serves.
 *
 * <p>Cost: each number's subject is trimmed once ({@link SubjectText#trim}, nearly all of binding's time, of
 * which the region and period lookups are the larger part); subjects of one clause are not re-trimmed, as each
 * number's subject starts where the phrase before it ended. What a sentence needs beyond that is made only when
 * asked (the text-only clauses, for a change without a subject) or reused (the walk, one per binder). A binder
 * serves one document on one thread.
 */
final class MeasurementBinder {

    /** Text before a number no longer than this is a verb, and the noun after the number completes it. */
    private static final int VERB_ONLY = 4;
    /** Most verbs of official text are two characters: 破获 抓获 惠及 约谈. */
    private static final int VERB_LENGTH = 2;

    /** Words after a counted number that name a threshold, not the thing counted: 迈上3万亿元台阶. */
    private static final List<String> THRESHOLD_WORDS = WordLists.words("threshold-words");

    /** The words of the window at hand, as its Text nodes hold them: the binder reads no other text. */
    private final SentenceTexts texts;
    private final SubjectText subjects;
    private final SubjectLists lists;
    private final RegionFinder regions;
    /**
     * The walk over the sentence at hand, set afresh for each: a binder serves one document on one thread, and a
     * new walk for every sentence was a sixth of what binding allocated.
     */
    private final Walk walk = new Walk();

    MeasurementBinder(SentenceTexts texts, SubjectText subjects, RegionFinder regions) {
        this.texts = texts;
        this.subjects = subjects;
        this.lists = new SubjectLists(texts, subjects, regions);
        this.regions = regions;
    }

    /** The state of a walk over one sentence's elements; {@link #start} sets every field. */
    private static final class Walk {
        List<Node> elements;
        List<Draft> drafts;
        List<int[]> quotes;
        /** The comparison frames of the sentence (与去年同期相比): they govern a basis, and are no subject. */
        List<Frame> frames;
        /** The section headers of the sentence (分地区看), clauses that are no subject. */
        List<SectionHeader> headers;
        int sentenceStart;
        int sentenceEnd;
        /** The index in {@link #elements} of the element at hand. */
        int index;
        /** Where the text that may be the next subject begins. */
        int boundary;
        /** Whether {@link #boundary} was set by a separator (、 , 和), not by the end of a phrase. */
        boolean separated;
        int respectively;
        int each;
        boolean from;
        int fromMarker;
        StreakPhrase streak;
        Node previous;
        int nextGroup;
        int group;
        /** 提高到2025年的60.3%: a level change whose level comes after a year. */
        Change pendingLevel;
        ChangePhrase pendingLevelPhrase;
        int[] groupSubject;
        /** Figures given again in another unit, each after the figure it converts: placed when the sentence ends. */
        List<Draft[]> conversions;

        /** Sets the walk to the start of a sentence, with nothing of the one before. */
        void start(List<Node> elements, List<Frame> frames, List<SectionHeader> headers, List<int[]> quotes,
                   int start, int end) {
            this.elements = elements;
            this.headers = headers;
            this.drafts = new ArrayList<>(); // handed to the caller
            this.quotes = quotes;
            this.frames = frames;
            this.sentenceStart = start;
            this.sentenceEnd = end;
            this.index = 0;
            this.boundary = start;
            this.separated = true;
            this.respectively = -1;
            this.each = -1;
            this.from = false;
            this.fromMarker = -1;
            this.streak = null;
            this.previous = null;
            this.nextGroup = 0;
            this.group = -1;
            this.pendingLevel = null;
            this.groupSubject = null;
            this.conversions = null;
        }

        /** Lets go of the sentence, so that the binder holds no elements or drafts between sentences. */
        void finish() {
            elements = null;
            drafts = null;
            quotes = null;
            frames = null;
            headers = null;
            streak = null;
            previous = null;
            pendingLevel = null;
            groupSubject = null;
            conversions = null;
        }
    }

    /**
     * @param elements the elements of one sentence, in text order
     * @param start    where the sentence starts in the normalised text
     * @param end      where it ends
     * @return the measurements of the sentence, in text order, still as drafts
     */
    List<Draft> bind(List<Node> elements, List<Frame> frames, List<SectionHeader> headers, int start, int end) {
        if (!hasAnchor(elements)) {
            return List.of(); // only markers and streaks: nothing to bind, and most windows are such
        }
        Walk walk = this.walk;
        walk.start(elements, frames, headers, quotes(elements), start, end);
        for (int i = 0; i < elements.size(); i++) {
            Node element = elements.get(i);
            walk.index = i;
            if (element instanceof Marker marker) {
                onMarker(walk, marker);
            } else if (element instanceof StreakPhrase streak) {
                walk.streak = streak;
            } else if (element instanceof QuantityPhrase quantity) {
                onQuantity(walk, quantity, i);
            } else if (element instanceof ChangePhrase change) {
                onChange(walk, change);
            } // a NotStatistic (每万人口, 凌晨3点, 四次会议, 第十四届) is no measurement
            walk.previous = element;
        }
        List<Draft> drafts = walk.drafts;
        if (walk.conversions != null) {
            for (Draft[] pair : walk.conversions) {
                int at = drafts.indexOf(pair[0]);
                drafts.add(at < 0 ? drafts.size() : at + 1, pair[1]);
            }
        }
        walk.finish();
        lists.distribute(drafts);
        ElidedModifiers.fill(texts, drafts); // 小麦播种面积…;产量15.2万吨: 小麦产量
        return drafts;
    }

    private static boolean hasAnchor(List<Node> elements) {
        for (int i = 0; i < elements.size(); i++) {
            if (isAnchor(elements.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The short quotations of the sentence: names such as “两卡” or “十项重大工程” are not statistics. */
    private static List<int[]> quotes(List<Node> elements) {
        List<int[]> quotes = null; // made for the first quotation: most sentences have none
        int open = -1;
        for (int i = 0; i < elements.size(); i++) {
            Node e = elements.get(i);
            if (e instanceof Marker m && m.kind() == Marker.Kind.OPEN_QUOTE) {
                open = m.start();
            } else if (e instanceof Marker m && m.kind() == Marker.Kind.CLOSE_QUOTE && open >= 0) {
                if (quotes == null) {
                    quotes = new ArrayList<>();
                }
                quotes.add(new int[] {open, m.end()});
                open = -1;
            }
        }
        return quotes == null ? List.of() : quotes;
    }

    private void onMarker(Walk walk, Marker marker) {
        switch (marker.kind()) {
            case CLAUSE_END -> {
                walk.pendingLevel = null;
                walk.boundary = marker.end();
                walk.separated = true;
                walk.respectively = -1;
                walk.each = -1;
                walk.from = false;
                walk.group = -1;
                walk.streak = null;
            }
            case LIST_SEP, CONJ -> {
                if (isAnchor(walk.previous) && onlySpaceBetween(walk.previous.end(), marker.start())) {
                    walk.boundary = marker.end();
                    walk.separated = true;
                }
            }
            case RESPECTIVELY -> {
                walk.respectively = marker.start();
                walk.group = walk.nextGroup++;
                walk.groupSubject = withLeadingPlaces(walk.boundary,
                        subjects.trim(walk.boundary, marker.start()), Integer.MAX_VALUE);
            }
            case EACH -> {
                if (!texts.wordEndsAt("平", marker.start()) && !texts.wordAt("每", marker.end())) {
                    // not the 均 of 平均 (两年平均增长) or of an average per so much (日均每小时): an average, not "each"
                    walk.each = marker.start();
                }
            }
            case FROM -> {
                if (levelFollowsInClause(walk)) {
                    walk.from = true;
                    walk.fromMarker = marker.start();
                }
            }
            default -> {
            }
        }
    }

    /** 从 marks a starting level only before 提高到/增至 in the same clause (not in 从境外劝返21万名). */
    private static boolean levelFollowsInClause(Walk walk) {
        // The elements are in text order, so those after the marker are those after its index.
        for (int i = walk.index + 1; i < walk.elements.size(); i++) {
            Node e = walk.elements.get(i);
            if (e instanceof ChangePhrase c && (c.level() || c.reached() != null)) {
                return true;
            }
            if (e instanceof Marker m && m.kind() == Marker.Kind.CLAUSE_END) {
                return false;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Quantities

    private void onQuantity(Walk walk, QuantityPhrase q, int index) {
        if (!isStatistic(walk, q, index)) {
            return;
        }
        Draft figure = lastDraft(walk);
        int closing = figure != null && figure.quantity != null && figure.change == null && figure.convertedEnd < 0
                ? Conversions.closingAfter(texts, figure.quantity, q) : -1;
        if (closing >= 0) {
            // 8412.6万吨(1682.5亿斤): the same figure in another unit; what follows is still the figure's.
            Draft conversion = new Draft(q.start(), closing);
            conversion.quantity = q;
            conversion.copySubjectOf(figure);
            figure.convertedEnd = closing;
            if (walk.conversions == null) {
                walk.conversions = new ArrayList<>(2);
            }
            walk.conversions.add(new Draft[] {figure, conversion});
            advance(walk, closing);
            return;
        }
        Draft draft = new Draft(q.start(), q.end());
        draft.quantity = q;
        draft.from = walk.from;
        int[] before = walk.respectively >= walk.boundary ? null : subjectBefore(walk, q.start());
        Draft last = lastDraft(walk);

        boolean afterChangeAlone = before == null && last != null && last.quantity == null && last.change != null
                && !walk.from && walk.respectively < walk.boundary && onlySeparatorsBetween(last.end, walk.boundary);
        UnitKind changed = !afterChangeAlone || last.change.amount() == null || last.change.amountUnit() == null ? null
                : last.change.amountUnit().kind();
        if ((changed == UnitKind.PERCENT || changed == UnitKind.PERCENTAGE_POINT)
                && standsAloneInALaterPeriod(q, walk.boundary)) {
            UnitKind kind = q.unit().kind();
            if (kind == changed && (kind == UnitKind.PERCENT || kind == UnitKind.PERCENTAGE_POINT)) {
                // 按年上升3.1%,第二季为3.4%: the rate of another period, in the same terms, and no level of the first
                addForLaterPeriod(walk, last, q).change = new Change(last.change.basis(), last.change.direction(),
                        q.value(), q.unit(), null, null);
                return;
            }
            if (changed == UnitKind.PERCENTAGE_POINT && kind == UnitKind.PERCENT) {
                // 失业率同比下降0.3个百分点,二季度为5.0%: a change in points is a rate's, so the percent is that rate's
                // level in another period, not the level the change of the first reached
                addForLaterPeriod(walk, last, q).quantity = q;
                return;
            }
        }
        // 增长84.5%、达到6.8万亿元: the level reached belongs to the change just stated.
        if (afterChangeAlone && endsItsClause(walk, q, index)) {
            last.quantity = q;
            last.extend(q.start(), q.end());
            advance(walk, q.end());
            return;
        }
        if (walk.group >= 0 && (walk.respectively >= walk.boundary || before == null)) {
            draft.group = walk.group;
            draft.groupSubject = walk.groupSubject;
        }
        if (before != null && isPartitive(q.start())) {
            // 41个大类行业中有35个行业: the whole is counted before, the part is the noun after; 受访者中有八成: the
            // share is of the whole
            before = subjectAfter(walk, q, index, null) != null ? null
                    : subjects.trim(before[0], Math.min(before[1], q.start() - 2));
        }
        if (before != null && before[1] - before[0] == 1 && texts.wordAt("占", before[0]) && last != null
                && last.quantity != null) {
            before = null; // 故意杀人174件、占34.9%: the share of the item just counted, whose subject it takes
        }
        if (walk.respectively < walk.boundary && subjectAfter(walk, q, index, before) == null) {
            int[] topic = topicOf(walk, index, before);
            if (topic != null) {
                before = topic; // 三合会相关罪案,录得1082宗; 电信诈骗方面,去年有3200宗: the topic is the subject
            }
        }
        int[] after = subjectAfter(walk, q, index, before);
        int kind = after == null || before == null ? -1 : afterEnumeration(before);
        if (kind >= 0) {
            // 西北、西南、长三角等4个试点区域重点园区, 新材料等重点产业链21项技术攻关: the examples before 等 are none of
            // what is counted, and the words after it name their kind, a noun (not a verb to cut down to two)
            before = kind < before[1] ? subjects.trim(kind, before[1]) : null;
        }
        if (after != null && before != null && regions.wholeName(before[0], before[1]) != null) {
            before = null; // 全市12项关键技术: the place (the region) and the noun counted, no verb before the count
        }
        if (after != null && before != null && beforeRateDenominator(walk, walk.boundary, q.start()) < q.start()) {
            // 犯罪时钟为平均每1.5分钟发生1起盗窃: the noun after the count is what is counted per so long; the words
            // before the denominator name the rate
            before = null;
        }
        if (before != null && q.approx() == Approximation.EXACT) {
            before = adverbialApproximation(draft, before);
        }
        if (before != null) {
            draft.subject.add(before);
        }
        if (after != null) {
            if (before != null && before[1] - before[0] > VERB_ONLY && kind < 0) {
                draft.subject.set(0, new int[] {before[1] - VERB_LENGTH, before[1]});
            }
            draft.subject.add(after);
        }
        if (!draft.hasSubject() && draft.group >= 0 && walk.respectively >= walk.boundary) {
            // 分别被罚款20万元: the text between 分别 and the number.
            int[] between = subjects.trim(walk.respectively + 2, q.start());
            if (between != null) {
                draft.subject.add(between);
                draft.groupVerb = between;
            }
        }
        spreadLeadingApproximation(draft, last);
        if (walk.pendingLevel != null) {
            draft.change = walk.pendingLevel;
            draft.changedBy(walk.pendingLevelPhrase);
            walk.pendingLevel = null;
            draft.from = false;
            for (Draft d : walk.drafts) {
                d.from = false;
            }
            walk.from = false;
            if (!draft.hasSubject() || (before == null && after == null)) {
                Draft start = lastDraft(walk);
                if (start != null) {
                    draft.copySubjectOf(start);
                }
            }
        }
        if (!draft.hasSubject() && draft.group < 0 && last != null) {
            draft.copySubjectOf(last); // 货运量接连突破6亿吨、7亿吨: the same subject again
        }
        if (before != null && walk.each >= walk.boundary || before != null && allRates(before)) {
            // 粮食、水果、蔬菜产量均稳定在千万吨以上; 巩固率、毛入学率保持在95%以上: one per subject.
            List<int[]> parts = lists.split(before, -1);
            if (parts.size() > 1) {
                for (List<int[]> part : lists.withSharedHead(parts)) {
                    Draft copy = new Draft(q.start(), q.end());
                    copy.quantity = q;
                    copy.subject.addAll(part);
                    walk.drafts.add(copy);
                }
                advance(walk, q.end());
                return;
            }
        }
        walk.drafts.add(draft);
        // 造成56人死亡、789人受伤: in a list, the noun after a count is this one's, not the next item's subject.
        advance(walk, after != null && opensNextItem(after[1]) ? Math.max(q.end(), after[1]) : q.end());
    }

    /** Verbs that state a figure of a topic named before: 有, 录得, 共计. */
    private static final List<String> COMMENT_VERBS = WordLists.words("comment-verbs");

    /**
     * The topic of a topic-comment sentence, for the quantity at {@code index}: the clause just before its own,
     * when that clause holds no number, is no header or frame, and the quantity's own text says no more than a
     * verb of stating (录得, 有) or, after a topic marked by 方面, a short verb (发生); else null.
     */
    private int[] topicOf(Walk walk, int index, int[] before) {
        int clauseEnd = -1;
        for (int i = index - 1; i >= 0; i--) {
            Node e = walk.elements.get(i);
            if (e instanceof Marker m && m.kind() == Marker.Kind.CLAUSE_END) {
                clauseEnd = i;
                break;
            }
            if (isAnchor(e)) {
                return null; // not the first number of its clause
            }
        }
        if (clauseEnd < 0) {
            return null;
        }
        int topicStart = walk.sentenceStart;
        for (int i = clauseEnd - 1; i >= 0; i--) {
            Node e = walk.elements.get(i);
            if (e instanceof Marker m && m.kind() == Marker.Kind.CLAUSE_END) {
                topicStart = m.end();
                break;
            }
            if (isAnchor(e) && !(e instanceof QuantityPhrase q && q.isBare()) || e instanceof StreakPhrase) {
                return null; // a bare number in a name (三合会) is no figure
            }
        }
        int topicEnd = walk.elements.get(clauseEnd).start();
        if (isHeaderOrFrame(walk, topicStart, topicEnd)) {
            return null;
        }
        topicEnd = beforeClosingFrame(walk, topicStart, topicEnd);
        int[] topic = subjects.trim(topicStart, topicEnd);
        if (topic == null) {
            return null;
        }
        int[] most = mostOf(topic);
        if (most != null) {
            topic = most; // 诈骗类型以假投资居冠,共2686件: the subject is what the most are of
        }
        boolean marked = topic[1] - topic[0] > 2 && texts.wordEndsAt("方面", topic[1]);
        if (marked) {
            int start = texts.wordAt("在", topic[0]) ? topic[0] + 1 : topic[0]; // 在X方面
            topic = subjects.trim(start, topic[1] - 2);
        }
        // What the figure's own clause says before it, untrimmed: 录得 and 共有 are also trimmed off a subject.
        String stated = texts.words(walk.elements.get(clauseEnd).end(), walk.elements.get(index).start()).strip();
        boolean commentOnly = COMMENT_VERBS.contains(stated)
                || (before == null ? marked || most != null : marked && before[1] - before[0] <= VERB_LENGTH);
        return commentOnly && topic != null && topic[1] - topic[0] >= 2 ? topic : null;
    }

    /** Words in which 等 is part of the word (高等, 平等, 等级), not the 等 that closes a list of examples. */
    private static final List<String> NOT_ENUMERATIONS = WordLists.words("not-enumerations");

    /**
     * Where the words after the last 等 that closes a list of examples in {@code range} start (华东、华南等, 生物医药等),
     * or -1 when none does.
     */
    private int afterEnumeration(int[] range) {
        String words = texts.words(range[0], range[1]);
        for (int i = words.lastIndexOf('等'); i >= 0; i = i == 0 ? -1 : words.lastIndexOf('等', i - 1)) {
            int at = range[0] + i;
            boolean inWord = false;
            for (String word : NOT_ENUMERATIONS) {
                int start = at - word.indexOf('等');
                if (start >= range[0] && texts.wordAt(word, start)) {
                    inWord = true;
                    break;
                }
            }
            if (!inWord) {
                return at + 1 + (texts.wordAt("等", at + 1) ? 1 : 0); // 等等
            }
        }
        return -1;
    }

    /**
     * 广东和江苏分别增加…, 北京、上海分别完成…: a subject trimmed of the places that open its clause, given back with
     * them when they are items of the list that 分别 spreads over ({@code items} at most, each a place followed by
     * 、 和 及 or 与), so that each item keeps its own subject; else {@code trimmed} as it is.
     */
    private int[] withLeadingPlaces(int from, int[] trimmed, int items) {
        if (trimmed == null || trimmed[0] <= from) {
            return trimmed;
        }
        Text words = texts.covering(from, trimmed[1]);
        String text = words.text();
        int at = Math.max(from, words.start()) - words.start();
        int end = trimmed[0] - words.start();
        while (at < end && (Character.isWhitespace(text.charAt(at)) || CharClasses.isClauseMark(text.charAt(at)))) {
            at++;
        }
        int first = at;
        int places = 0;
        while (at < end) {
            int name = regions.endOfRegionAt(text, at, end);
            if (name == at || name >= end || !CharClasses.joinsListItems(text.charAt(name))) {
                return trimmed;
            }
            places++;
            at = name + 1;
        }
        return at == end && places > 0 && places < items ? new int[] {words.start() + first, trimmed[1]} : trimmed;
    }

    /** How a clause says which kind is the most: 以X居多, 以X居冠, 以X最多, 以X为主. */
    private static final String[] MOST = {"居多", "居冠", "最多", "为主"};

    /** X of 以X居多 when {@code range} ends so, trimmed; else null. */
    private int[] mostOf(int[] range) {
        for (String word : MOST) {
            int end = range[1] - word.length();
            if (end > range[0] && texts.wordAt(word, end)) {
                int by = texts.words(range[0], end).lastIndexOf('以');
                by = by < 0 ? -1 : range[0] + by;
                return by >= range[0] && end - by > 1 ? subjects.trim(by + 1, end) : null;
            }
        }
        return null;
    }

    private boolean opensNextItem(int at) {
        int next = texts.characterAt(at);
        return next >= 0 && "、和及".indexOf(next) >= 0;
    }

    /**
     * 至少新建幼儿园200个, 大约培训3000人次: an adverb of approximation before the verb of the count qualifies the
     * count, not the subject. Only adverbs that cannot begin a noun (约 is also 约谈, 近 is also 近三年).
     */
    private int[] adverbialApproximation(Draft draft, int[] before) {
        int first = texts.characterAt(before[0]);
        if (first < 0 || ADVERBIAL_FIRST_CHARS.indexOf(first) < 0) {
            return before; // one character test for the three words, which most subjects start with none of
        }
        for (int i = 0; i < ADVERBIAL_APPROXIMATIONS.length; i++) {
            String word = ADVERBIAL_APPROXIMATIONS[i];
            if (texts.wordAt(word, before[0]) && before[1] - before[0] > word.length()) {
                draft.quantity = draft.quantity.withApprox(ADVERBIAL_APPROXIMATION_KINDS[i]);
                return subjects.trim(before[0] + word.length(), before[1]);
            }
        }
        return before;
    }

    private static final String[] ADVERBIAL_APPROXIMATIONS = {"至少", "起码", "大约"};
    /** The first characters of {@link #ADVERBIAL_APPROXIMATIONS}. */
    private static final String ADVERBIAL_FIRST_CHARS = charsAt(ADVERBIAL_APPROXIMATIONS, true);
    private static final Approximation[] ADVERBIAL_APPROXIMATION_KINDS = {
        Approximation.AT_LEAST, Approximation.AT_LEAST, Approximation.ABOUT};

    /**
     * 突破8万亿元、9万亿元: an approximation word before the first of two quantities joined by 、 holds for both.
     */
    private void spreadLeadingApproximation(Draft draft, Draft previous) {
        if (previous == null || previous.quantity == null || draft.quantity.approx() != Approximation.EXACT
                || previous.quantity.approx() == Approximation.EXACT || draft.hasSubject()
                && !previous.subject.equals(draft.subject)) {
            return;
        }
        char first = (char) texts.characterAt(previous.quantity.start());
        boolean leading = !Character.isDigit(first) && !CharClasses.isChineseNumeral(first);
        if (leading && onlySeparatorsBetween(previous.quantity.end(), draft.quantity.start())) {
            draft.quantity = draft.quantity.withApprox(previous.quantity.approx());
        }
    }

    /** A period alone before 为 (第二季为, 二季度为, 其中3月份为): the clause names another period, nothing else. */
    private static final java.util.regex.Pattern LATER_PERIOD = java.util.regex.Pattern.compile(
            "\\s*(其中)?(第?[一二三四1-4]季度?|[上下]半年|前[一二三]季度?|(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?"
            + "|1-(1[0-2]|[2-9])月份?)(为|為)");

    /**
     * Whether {@code q}, after a change in per cent or points, is all of a clause of a period and 为 (第二季为3.4%,
     * 二季度为5.0%): one positive exact figure with a unit, stated for another period.
     */
    private boolean standsAloneInALaterPeriod(QuantityPhrase q, int from) {
        return q.unit() != null && q.high() == null && q.approx() == Approximation.EXACT && q.value().signum() > 0
                && LATER_PERIOD.matcher(texts.words(from, q.start())).matches();
    }

    /**
     * A draft of {@code last}'s subject from {@code q}'s number on, so that the period it names is its own; the walk
     * goes on after it.
     */
    private static Draft addForLaterPeriod(Walk walk, Draft last, QuantityPhrase q) {
        Draft later = new Draft(q.start(), q.end());
        later.copySubjectOf(last);
        walk.drafts.add(later);
        advance(walk, q.end());
        return later;
    }

    /** 达到23.2万亿元, then a comma: a level on its own, not a count that opens a new subject (八类严重暴力犯罪…). */
    private boolean endsItsClause(Walk walk, QuantityPhrase q, int index) {
        return texts.allOf(q.end(), nextAnchorOrClauseEnd(walk, index), c -> !Character.isIdeographic(c));
    }

    private static void advance(Walk walk, int to) {
        walk.boundary = to;
        walk.separated = false;
    }

    /**
     * The text before a number or change that says what it is of, trimmed; when that text follows a phrase
     * with no separator between (公交与地铁100米内换乘比例), the phrase is part of the subject.
     */
    private int[] subjectBefore(Walk walk, int anchorStart) {
        int end = anchorStart;
        if (walk.from && walk.fromMarker >= walk.boundary) {
            end = Math.min(end, walk.fromMarker);
        }
        if (walk.each >= walk.boundary) {
            end = Math.min(end, walk.each);
        }
        if (walk.streak != null && walk.streak.start() >= walk.boundary) {
            end = Math.min(end, walk.streak.start()); // 立案数连续7个月同比下降
        }
        int from = walk.boundary;
        int rateEnd = beforeRateDenominator(walk, from, end);
        if (rateEnd < end) {
            int[] head = subjects.trim(from, rateEnd);
            if (head == null || regions.wholeName(head[0], head[1]) == null && !ownsItems(head)) {
                end = rateEnd;
            } // 全市每百户家庭拥有汽车38辆, 农村居民每百户拥有空调85台: only a place, or the households whose items are
              // counted per hundred, before the denominator, which then opens the subject
        }
        Frame frame = frameEndingIn(walk, from, end);
        if (frame != null) {
            from = frame.end(); // 与去年同期相比受理件数下降8.5%: the subject starts after the frame
        }
        int[] before = subjects.trim(from, end);
        if (frame != null && before != null && before[1] - before[0] < 2) {
            before = null; // 与上年相比更分别减少: an adverb after the frame; the subject is the clause before
        }
        Draft last = lastDraft(walk);
        if (before != null && !walk.separated && last != null && last.quantity != null
                && last.end == walk.boundary && last.change == null
                && startsWithModifierTail(walk.boundary)) {
            int start = last.hasSubject() ? last.extentStart() : last.start;
            return new int[] {start, before[1]};
        }
        return before;
    }

    /**
     * 犯罪率每10万人口发生2.1件, 死亡率为每十万人3.2人: the denominator of a rate ends its subject, which is the rate;
     * the count after it is per so many people. Read from the rate-denominator nodes between {@code from} and
     * {@code end}.
     */
    private int beforeRateDenominator(Walk walk, int from, int end) {
        for (int i = walk.index - 1; i >= 0; i--) {
            Node e = walk.elements.get(i);
            if (e.end() <= from) {
                break;
            }
            if (e instanceof NotStatistic n && n.kind() == NotStatistic.Kind.RATE_DENOMINATOR && n.start() > from
                    && n.end() <= end) {
                return beforeAverage(from, n.start());
            }
        }
        return end;
    }

    /** Whether {@code span} names people or households (农村居民, 城镇家庭), whose holdings a rate counts. */
    private boolean ownsItems(int[] span) {
        for (String word : HOLDERS) {
            if (span[1] - word.length() >= span[0] && texts.wordEndsAt(word, span[1])) {
                return true;
            }
        }
        return false;
    }

    private static final String[] HOLDERS = {"居民", "家庭", "农户", "住户", "城镇居民家庭", "农村居民家庭"};

    /** Words that say a rate is an average: 平均每1.5分钟发生1起, 人均每天. */
    private static final String[] AVERAGES = {"平均", "人均", "户均", "日均", "月均", "年均"};

    /**
     * Where the text {@code [from, end)} before a rate's denominator ends once an average word at its end is cut
     * off whole (为平均每1.5分钟: never 为平, cut inside the word).
     */
    private int beforeAverage(int from, int end) {
        for (String word : AVERAGES) {
            if (end - word.length() >= from && texts.wordEndsAt(word, end)) {
                return end - word.length();
            }
        }
        return end;
    }

    /** 50万元以上的行政村, 50米内换乘比例: the quantity before is a modifier of the subject, not a statistic of its own. */
    private boolean startsWithModifierTail(int at) {
        return texts.wordAt("的", at) || texts.wordAt("内", at) || texts.wordAt("之内", at)
                || texts.wordAt("以内", at) || texts.wordAt("及以上", at);
    }

    /**
     * 共查处1.7万起电诈案件: when a count follows a verb, the noun after it completes the subject. After a long
     * text (an actor and a verb: 与省发展改革委联合约谈15个重点企业负责人) only the verb is kept.
     */
    private int[] subjectAfter(Walk walk, QuantityPhrase q, int index, int[] before) {
        if (q.unit() == null || q.unit().kind() == UnitKind.PERCENT || q.unit().kind() == UnitKind.MONEY) {
            return null;
        }
        int start = q.end();
        int end = nextAnchorOrClauseEnd(walk, index);
        int first = start < end ? texts.characterAt(start) : -1;
        if (first < 0 || !Character.isIdeographic(first) || first == '的') {
            return null;
        }
        for (String word : THRESHOLD_WORDS) {
            if (texts.wordAt(word, start)) {
                return null;
            }
        }
        int[] after = subjects.trimAfter(start, end);
        if (after != null && isPartitive(after[1])) {
            after = after[1] - after[0] > 2 ? new int[] {after[0], after[1] - 2} : null; // 41个大类行业中有
        }
        if (after != null && before != null && before[1] - before[0] > VERB_ONLY
                && after[1] - after[0] > LONG_OBJECT) {
            return null; // 破获盗窃案件3.4万起随着移动支付普及…: a new sentence, not the object
        }
        return after;
    }

    /** 中有 closing a text: a partitive, 12种主要农产品中有9种, which names the whole a part is counted of. */
    private boolean isPartitive(int end) {
        return texts.wordEndsAt("中有", end);
    }

    /** An object after a count longer than this, after an actor and verb, is more likely the next sentence. */
    private static final int LONG_OBJECT = 12;

    private int nextAnchorOrClauseEnd(Walk walk, int index) {
        for (int i = index + 1; i < walk.elements.size(); i++) {
            Node e = walk.elements.get(i);
            if (isAnchor(e) || e instanceof Marker m && m.kind() == Marker.Kind.CLAUSE_END) {
                return e.start();
            }
        }
        return walk.sentenceEnd;
    }

    private boolean allRates(int[] range) {
        Text words = texts.covering(range[0], range[1]);
        if (TextSearch.count(words.text(), '率', range[0] - words.start(), range[1] - words.start()) < 2) {
            return false; // two items or more, each a range inside this one that ends with 率
        }
        List<int[]> parts = lists.split(range, -1);
        if (parts.size() < 2) {
            return false;
        }
        for (int[] part : parts) {
            if (!texts.wordEndsAt("率", part[1])) {
                return false;
            }
        }
        return true;
    }

    private boolean isStatistic(Walk walk, QuantityPhrase q, int index) {
        if (countsThresholdsBefore(walk, index)) {
            return false; // 先后跨过600亿、700亿、800亿三道关口: a count of the thresholds just named, no figure
        }
        if (q.time() && !(namesDuration(walk, q) || isDurationStatistic(q)) || q.loneOne()) {
            return false;
        }
        if (q.isBare() && !(q.scaled() && isFollowedByUnitInList(walk, index))) {
            if (!q.scaled()) {
                if (!isItemOfPercentList(walk, index)) {
                    return false;
                }
            } else if (nextIsAdjacentQuantity(walk, index)) {
                return false; // 连续跨越4万亿、5万亿两个大台阶: names of thresholds, counted after them
            }
        }
        if (inShortQuote(walk, q.start())) {
            return false; // “十项重大工程”, “四个走在前”: a number inside a name
        }
        if (q.isBare() && isPageFurniture(q)) {
            return false; // 阅读 1.2万 点赞 356: reaction counters of the page, not statistics of the text
        }
        if (isRank(q)) {
            return false; // 出口市场前5名, 排名前十位: a rank, no count of people
        }
        if (isThresholdOfNoun(walk, q, index)) {
            return false; // 5000千瓦及以上电厂装机容量3.2亿千瓦: the threshold names which plants, the figure comes after
        }
        // 每万人口, 凌晨3点, 十四届二次会议: shapes the grammar reads as no statistic (NotStatistic) never get here.
        return !previousIsAdjacentCount(walk, index); // 两个万亿元大关, 6个千万千瓦级基地: a kind, counted before it
    }

    /** The counters of a rank: 前5名, 前十位, 前20强. */
    private static final String RANK_COUNTERS = "名位强";

    /** 前5名, 前十位: a number right after 前 counted in places is how far down a ranking, not how many. */
    private boolean isRank(QuantityPhrase q) {
        return q.unit() != null && q.unit().text().length() == 1 && RANK_COUNTERS.contains(q.unit().text())
                && q.approx() == Approximation.EXACT && q.high() == null && texts.wordAt("前", q.start() - 1);
    }

    /** Words after a number that make it a threshold: 5000千瓦及以上, 30万元以上, 50米内. */
    private static final String[] THRESHOLD_ENDS = {"及以上", "及以下", "以上", "以下", "以内", "之内", "内"};

    /** The last and the first characters of {@link #THRESHOLD_ENDS}. */
    private static final String THRESHOLD_LAST_CHARS = charsAt(THRESHOLD_ENDS, false);
    private static final String THRESHOLD_FIRST_CHARS = charsAt(THRESHOLD_ENDS, true);

    /** @return the first (or last) characters of {@code words}, each once: the characters a cheap test looks for */
    private static String charsAt(String[] words, boolean first) {
        return Arrays.stream(words).map(w -> first ? w.substring(0, 1) : w.substring(w.length() - 1)).distinct()
                .collect(Collectors.joining());
    }

    /**
     * 5000千瓦及以上电厂发电装机容量3.2亿千瓦, 年收入30万元以上的村占比75%, 轨道50米内换乘比例达93%: a number with
     * 以上, 以下 or 以内 that a noun
     * follows, when another figure comes later in its clause, says which things the figure counts; it is none itself.
     */
    private boolean isThresholdOfNoun(Walk walk, QuantityPhrase q, int index) {
        int at = q.end();
        boolean threshold = false;
        // Each of THRESHOLD_ENDS ends with 上, 下 or 内 and starts with 及, 以, 之 or 内: most numbers have none of
        // these beside them, and one character test each side spares them fourteen word tests.
        int before = texts.characterAt(q.end() - 1);
        int after = texts.characterAt(q.end());
        boolean mayEnd = before >= 0 && THRESHOLD_LAST_CHARS.indexOf(before) >= 0;
        boolean mayFollow = after >= 0 && THRESHOLD_FIRST_CHARS.indexOf(after) >= 0;
        for (int i = 0; (mayEnd || mayFollow) && i < THRESHOLD_ENDS.length; i++) {
            String end = THRESHOLD_ENDS[i];
            if (texts.wordEndsAt(end, q.end())) {
                threshold = true;
                break;
            }
            if (texts.wordAt(end, q.end())) {
                threshold = true;
                at = q.end() + end.length();
                break;
            }
        }
        if (!threshold) {
            return false;
        }
        boolean attributive = texts.wordAt("的", at);
        if (attributive) {
            at++;
        }
        int next = texts.characterAt(at);
        if (next < 0 || !Character.isIdeographic(next)) {
            return false;
        }
        if (attributive && q.unit() != null && q.unit().kind() != UnitKind.PERCENT
                && q.unit().kind() != UnitKind.PERCENTAGE_POINT) {
            // 规模以上工业企业是指年主营业务收入2000万元及以上的工业法人单位: a threshold that says which units a
            // statistic covers, as the notes of a release define them, whether or not a figure follows
            return true;
        }
        for (int i = index + 1; i < walk.elements.size(); i++) {
            Node e = walk.elements.get(i);
            if (e instanceof Marker m && m.kind() == Marker.Kind.CLAUSE_END) {
                return false;
            }
            if (isAnchor(e)) {
                return !(e instanceof QuantityPhrase n && n.time());
            }
        }
        return false;
    }

    /** Nouns that name a duration: after one, a time is the statistic itself, not a period. */
    private static final String[] DURATIONS = {"小时", "时间", "时长", "天数"};

    /**
     * 发电设备平均利用小时为1,947小时, 平均出警时间5分钟: a duration is a quantity when the text just before it, in
     * its clause (and past 为, 达, 是), names a duration; 6天内 and 连续7个月 stay periods.
     */
    private boolean namesDuration(Walk walk, QuantityPhrase q) {
        if (walk.boundary >= q.start()) {
            return false; // nothing written before it in its clause
        }
        Text words = texts.covering(walk.boundary, q.start()); // the words of its clause before it
        String before = words.text();
        int boundary = walk.boundary - words.start();
        int end = q.start() - words.start();
        while (end > boundary && "为达是共计约".indexOf(before.charAt(end - 1)) >= 0) {
            end--;
        }
        for (String word : DURATIONS) {
            if (end - word.length() >= boundary && before.startsWith(word, end - word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 分别占12.5、71.3及16.2%: a bare number of a list that 分别 opens (with at most two characters of verb between, 占,
     * 为) and a percent ends, the percent written once for all. Any other bare number without a magnitude is no
     * statistic (a code, a year, a table's cell).
     */
    private boolean isItemOfPercentList(Walk walk, int index) {
        int first = index;
        while (first >= 2 && walk.elements.get(first - 1) instanceof Marker m
                && (m.kind() == Marker.Kind.LIST_SEP || m.kind() == Marker.Kind.CONJ)
                && walk.elements.get(first - 2) instanceof QuantityPhrase before && before.isBare()
                && !before.scaled()) {
            first -= 2;
        }
        if (first == 0 || !(walk.elements.get(first - 1) instanceof Marker opener)
                || opener.kind() != Marker.Kind.RESPECTIVELY
                || walk.elements.get(first).start() - opener.end() > 2) {
            return false;
        }
        for (int i = index + 1; i < walk.elements.size(); i += 2) {
            if (!(walk.elements.get(i) instanceof Marker m
                    && (m.kind() == Marker.Kind.LIST_SEP || m.kind() == Marker.Kind.CONJ))
                    || i + 1 >= walk.elements.size() || !(walk.elements.get(i + 1) instanceof QuantityPhrase next)
                    || !onlySpaceOrSeparatorsBetween(walk.elements.get(i - 1).end(), next.start())) {
                return false;
            }
            if (!next.isBare()) {
                return next.unit() != null && next.unit().kind() == UnitKind.PERCENT && next.high() == null;
            }
            if (next.scaled()) {
                return false;
            }
        }
        return false;
    }

    /** 1186万、1052万人次: a bare number whose unit is written once at the end of its list. */
    private boolean isFollowedByUnitInList(Walk walk, int index) {
        boolean separated = false;
        for (int i = index + 1; i < walk.elements.size(); i++) {
            Node e = walk.elements.get(i);
            if (e instanceof Marker m && (m.kind() == Marker.Kind.LIST_SEP || m.kind() == Marker.Kind.CONJ)) {
                separated = true;
                continue;
            }
            QuantityPhrase next = numberIn(e);
            if (next == null || !separated
                    || !onlySpaceOrSeparatorsBetween(walk.elements.get(index).end(), next.start())) {
                return false;
            }
            if (!next.isBare()) {
                return true;
            }
            index = i;
            separated = false;
        }
        return false;
    }

    /** The labels of a page's reaction counters. */
    private static final List<String> FURNITURE = WordLists.words("page-furniture");

    private boolean isPageFurniture(QuantityPhrase q) {
        Text window = texts.covering(0, Integer.MAX_VALUE); // the words of the window around it
        String text = window.text();
        int before = q.start() - window.start();
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        int after = q.end() - window.start();
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        for (String label : FURNITURE) {
            if ((before >= label.length() && text.startsWith(label, before - label.length()))
                    || text.startsWith(label, after)) {
                return true;
            }
        }
        return false;
    }

    /** Units of a duration short enough to be the statistic itself, rather than the period of another. */
    private static final java.util.Set<String> DURATION_UNITS =
            java.util.Set.of("小时", "个小时", "分钟", "秒", "天", "工作日", "个工作日");

    /**
     * A duration that is the statistic itself (发电设备平均利用1800小时, 平均出警时间5分钟), not the period of another
     * figure (6天内, 48小时后, 24小时值守): hours, minutes, seconds or days, and nothing but the end of its clause
     * after it. Years and months (近5年, 19个月来) frame figures and stay periods.
     */
    private boolean isDurationStatistic(QuantityPhrase q) {
        if (q.unit() == null || !DURATION_UNITS.contains(q.unit().text())) {
            return false;
        }
        Text rest = texts.covering(q.end(), Integer.MAX_VALUE); // the rest of the window
        String text = rest.text();
        int i = Math.max(q.end(), rest.start()) - rest.start();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i >= text.length() || ",;。!?、".indexOf(text.charAt(i)) >= 0; // the window's end, or a mark
    }

    private boolean nextIsAdjacentQuantity(Walk walk, int index) {
        // A loop over the bare quantities in between, not recursion: a long run of them (fuzzing found
        // 万亿% a hundred thousand times) overflowed the stack.
        int i = index;
        while (true) {
            i++;
            while (i < walk.elements.size() && walk.elements.get(i) instanceof Marker m
                    && m.kind() == Marker.Kind.LIST_SEP) {
                i++;
            }
            QuantityPhrase next = i < walk.elements.size() ? numberIn(walk.elements.get(i)) : null;
            if (next == null) {
                return false;
            }
            if (!next.isBare()) {
                return onlySpaceBetween(walk.elements.get(i - 1).end(), next.start());
            }
        }
    }

    /**
     * Whether the count at {@code index} counts the figures listed right before it (迈上2千亿、3千亿两个台阶,
     * 突破6亿吨、7亿吨两个关口): bare figures that name thresholds, or figures that a threshold word (台阶, 大关)
     * after the count names so. The count says again what the list says, and its subject would hold a figure.
     */
    private boolean countsThresholdsBefore(Walk walk, int index) {
        QuantityPhrase q = numberIn(walk.elements.get(index));
        if (q == null || q.unit() == null || q.unit().kind() != UnitKind.ITEMS || index == 0) {
            return false;
        }
        boolean bare = true;
        int listed = 0;
        Node next = q;
        for (int i = index - 1; i >= 0; i--) {
            Node e = walk.elements.get(i);
            QuantityPhrase n = numberIn(e);
            if (n != null && onlySpaceOrSeparatorsBetween(n.end(), next.start())) {
                listed++;
                bare &= n.isBare() && n.scaled();
                next = n;
            } else if (!(e instanceof Marker m && m.kind() == Marker.Kind.LIST_SEP)) {
                break;
            }
        }
        if (listed < 2 || !onlySpaceBetween(walk.elements.get(index - 1).end(), q.start())) {
            return false;
        }
        if (bare) {
            return true;
        }
        int at = texts.wordAt("大", q.end()) ? q.end() + 1 : q.end();
        for (String word : THRESHOLD_WORDS) {
            if (texts.wordAt(word, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean previousIsAdjacentCount(Walk walk, int index) {
        QuantityPhrase previous = index == 0 ? null : numberIn(walk.elements.get(index - 1));
        if (previous == null) {
            return false;
        }
        return previous.unit() != null && previous.unit().kind() == UnitKind.ITEMS
                && onlySpaceBetween(previous.end(), walk.elements.get(index).start())
                && !isSecondCount(walk, numberIn(walk.elements.get(index)), index);
    }

    /**
     * 受理审查起诉案件2156件3087人, 审结862件1135人: a second count of the same cases, in another counter, right after
     * the first, as procuratorates and courts write cases and the people in them. It starts with a digit and ends
     * its clause; a kind counted before its noun (两个万亿元大关, 三个千亿元台阶) starts with a magnitude and a noun
     * follows it.
     */
    private boolean isSecondCount(Walk walk, QuantityPhrase q, int index) {
        int first = texts.characterAt(q.start());
        return first >= 0 && (Character.isDigit(first) || CharClasses.isChineseDigit((char) first))
                && !q.isBare() && endsItsClause(walk, q, index);
    }

    private boolean inShortQuote(Walk walk, int at) {
        for (int i = 0; i < walk.quotes.size(); i++) { // no iterator: most sentences have no quotation
            int[] quote = walk.quotes.get(i);
            if (quote[0] < at && at < quote[1]) {
                return quote[1] - quote[0] <= 12;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Changes

    private void onChange(Walk walk, ChangePhrase c) {
        if (inShortQuote(walk, c.start())) {
            return; // “两升两降”: a slogan, not a change
        }
        if (c.level()) {
            onLevel(walk, c);
            return;
        }
        if (c.aside() != null && isCount(c.amounts().get(0)) && !isCount(c.aside())) {
            // 增加512宗(+6.4%): of one comparison's two amounts, the relative one is the figure's change.
            c = new ChangePhrase(c.start(), c.end(), c.basis(), c.asideDirection(), List.of(c.aside()),
                    c.respectively(), c.qualified(), false, c.referenceStart(), c.referenceEnd(), c.rateWordStart(),
                    c.rateWordEnd(), c.reached(), c.ofRate(), c.earlier(), c.amounts().get(0), c.direction());
        }
        ChangeBasis basis = c.basis() == ChangeBasis.UNSPECIFIED && walk.streak != null && walk.streak.basis() != null
                ? walk.streak.basis() : c.basis(); // 同比连续5个月下降
        List<Change> changes = new ArrayList<>(Math.max(1, c.amounts().size()));
        List<QuantityPhrase> amounts = new ArrayList<>(c.amounts().size());
        boolean slots = c.respectively() && c.amounts().size() > 1;
        for (int a = 0; a < c.amounts().size(); a++) {
            QuantityPhrase amount = c.amounts().get(a);
            if (amount.unit() == null && !amount.scaled()) {
                if (slots) {
                    amounts.add(amount); // 分别上升21.6%和39: the bare 39 still takes its place in the list
                    changes.add(null);
                }
                continue; // a bare number after a verb is not the size of a change
            }
            amounts.add(amount);
            if (amount.high() != null || amount.unit() == null) {
                // 增长5%—5.5%: a growth range is a quantity, and the change keeps only its direction.
                changes.add(Change.directionOnly(basis, c.direction()));
            } else if (amount.value().signum() < 0) {
                // 增长率为-0.99‰: a negative rate of growth is a fall; 跌幅-9.7%, 同比下降-4.2%: a sign that repeats
                // the direction does not reverse it.
                changes.add(new Change(basis, Direction.DOWN, amount.value().negate(), amount.unit(), null, null));
            } else {
                changes.add(new Change(basis, c.direction(), amount.value(), amount.unit(), null, null));
            }
        }
        if (allNull(changes)) {
            changes.clear();
            amounts.clear();
            if (!c.qualified() && walk.streak == null && subjects.comparedEndingAt(c.start()) < 0) {
                List<Draft> open = c.basis() == ChangeBasis.UNSPECIFIED ? openQuantities(walk) : List.of();
                int pairs = EarlierLevels.pairs(texts, open, c.start());
                if (pairs > 0 && EarlierLevels.agrees(open, pairs, c.direction())) {
                    // 上月盗窃1954件、损失21.3亿元,较6月2471件、33.6亿元减少: each figure fell from its level in June.
                    int[] reference = EarlierLevels.reference(texts, open, pairs, c.start());
                    List<Draft> figures = open.subList(open.size() - 2 * pairs, open.size() - pairs);
                    List<Draft> levels = open.subList(open.size() - pairs, open.size());
                    for (int i = 0; i < pairs; i++) {
                        linkAgainst(figures.get(i), Change.directionOnly(c.basis(), c.direction()), c, reference);
                        if (figures.get(i).hasSubject()) {
                            levels.get(i).copySubjectOf(figures.get(i));
                        }
                    }
                    advance(walk, c.end());
                }
                return; // 推动经济增长: a verb in passing, not a statement of change
            }
            changes.add(Change.directionOnly(basis, c.direction()));
        }
        if (walk.streak != null) {
            Streak streak = new Streak(walk.streak.count(), new Unit(walk.streak.unit(), UnitKind.TIME));
            changes.replaceAll(change -> change == null ? null : change.withStreak(streak));
        }
        if (c.reached() != null && changes.size() == 1 && changes.get(0) != null) {
            // 诈骗案上升10.9%至44,480宗: the level reached, with the change that led to it.
            Draft draft = new Draft(c.reached().start(), c.reached().end());
            draft.extend(c.start(), c.end());
            draft.quantity = c.reached();
            draft.change = changes.get(0);
            draft.changedBy(c);
            draft.reference = referenceRange(c); // 由二〇一五年的61 204宗下跌至…: against 二〇〇七年
            int[] before = subjectBefore(walk, c.start());
            if (before != null) {
                draft.subject.add(before);
            } else if (lastDraft(walk) != null) {
                draft.copySubjectOf(lastDraft(walk));
            }
            int made = walk.drafts.size();
            walk.drafts.add(draft);
            if (c.aside() != null || c.earlier() != null) {
                // 增加512宗(+6.4%)至8512宗: up 512宗; 由1250宗增加130宗至1380宗: 1250宗, the level it started from
                besides(walk, c, basis, draft.change, made);
            }
        } else {
            int before = walk.drafts.size();
            attach(walk, c, changes, amounts);
            if ((c.earlier() != null || c.aside() != null) && changes.size() == 1 && changes.get(0) != null) {
                besides(walk, c, basis, changes.get(0), before);
            }
        }
        walk.streak = null;
        advance(walk, c.end());
    }

    /**
     * The measurements a change gives besides its own, of the subject it went to: the earlier level it was counted
     * from (较前年的114宗上升1倍: 114宗, a quantity with no change), before it, and its amount aside (增加512宗(+6.4%):
     * up 806宗, a change only), after it.
     *
     * @param made how many drafts there were before the change was attached
     */
    private void besides(Walk walk, ChangePhrase c, ChangeBasis basis, Change change, int made) {
        int at = -1;
        for (int i = walk.drafts.size() - 1; i >= 0 && at < 0; i--) {
            if (walk.drafts.get(i).change == change) {
                at = i;
            }
        }
        if (at < 0) {
            return;
        }
        Draft target = walk.drafts.get(at);
        if (c.aside() != null) {
            QuantityPhrase aside = c.aside();
            Draft second = new Draft(aside.start(), aside.end());
            second.change = new Change(basis, c.asideDirection(), aside.value(), aside.unit(), null, null);
            second.reference = target.reference;
            second.copySubjectOf(target);
            second.figure = target.quantity;
            second.aside = true;
            walk.drafts.add(at + 1, second);
        }
        if (c.earlier() != null) {
            QuantityPhrase earlier = c.earlier();
            Draft level = new Draft(earlier.start(), earlier.end());
            level.quantity = earlier;
            level.copySubjectOf(target);
            walk.drafts.add(at < made ? at + 1 : at, level);
        }
    }

    /** A count or a sum, not a relative amount (%, 倍, 个百分点). */
    private static boolean isCount(QuantityPhrase amount) {
        UnitKind kind = amount.unit() == null ? null : amount.unit().kind();
        return kind != null && kind != UnitKind.PERCENT && kind != UnitKind.PERCENTAGE_POINT
                && kind != UnitKind.MULTIPLE;
    }

    private void attach(Walk walk, ChangePhrase c, List<Change> changes, List<QuantityPhrase> amounts) {
        int subjectEnd = c.start();
        if (c.rateWordStart() == c.start() && (c.ofRate() || subjects.trim(walk.boundary, c.start()) != null)) {
            // 四季度涨幅逾20%: the rate's name is part of what is measured; 增幅回落2个百分点 measures the rate alone
            subjectEnd = c.rateWordEnd();
        }
        if (walk.respectively >= walk.boundary) {
            subjectEnd = Math.min(subjectEnd, walk.respectively);
        }
        int[] before = subjectBefore(walk, subjectEnd);
        if (before != null && changes.size() > 1 && (c.respectively() || walk.respectively >= walk.boundary)) {
            before = withLeadingPlaces(walk.boundary, before, changes.size()); // 广东和江苏分别增加…
        }
        if (before != null && texts.wordAt("平均", before[0]) && before[0] + 2 == subjectEnd) {
            before = null; // 两年平均增长5.1%: an average of the subject before, not a subject of its own
        }
        int k = changes.size();
        if (before == null) {
            attachWithoutSubject(walk, c, changes, amounts);
            return;
        }
        Draft last = lastDraft(walk);
        if (k == 1 && changes.get(0) != null && changes.get(0).amount() != null && last != null
                && last.quantity != null && last.change == null && !last.from && before[0] >= last.quantity.end()
                && before[1] <= countedEnd(last)) {
            // 逾8000宗罪案按年减5%: the noun the figure counts, then its change. A change with no amount may be of
            // what the counted things hold (19个省份水电利用小时同比减少), and is not linked.
            link(last, changes.get(0), c);
            return;
        }
        boolean each = walk.each >= walk.boundary;
        boolean listed = each || c.respectively() || walk.respectively >= walk.boundary;
        List<int[]> parts = k == 1 && !listed ? lists.splitAtMarks(before) // 交通和通信价格下降: one category
                : lists.split(before, k > 1 ? k : -1, k > 1 || each);
        if (k == 1 && parts.size() > 1) {
            // 接待游客、旅游总花费均增长10%; 被骗率、被骗人数连续7个月环比下降: one measurement per subject.
            for (List<int[]> part : lists.withSharedHead(parts)) {
                Draft draft = changeOnly(c, changes.get(0), amounts, 0);
                if (draft == null) {
                    continue;
                }
                draft.subject.addAll(part);
                walk.drafts.add(draft);
            }
            return;
        }
        List<List<int[]>> withHeads = parts.size() == k && k > 1 ? lists.withSharedHead(parts) : null;
        for (int i = 0; i < k; i++) {
            Draft draft = changeOnly(c, changes.get(i), amounts, i);
            if (draft == null) {
                continue;
            }
            if (withHeads != null) {
                draft.subject.addAll(withHeads.get(i));
            } else {
                draft.subject.add(before);
            }
            walk.drafts.add(draft);
        }
    }

    /** A change whose clause names no subject: it belongs to the quantities or the subject before it. */
    private void attachWithoutSubject(Walk walk, ChangePhrase c, List<Change> changes,
                                      List<QuantityPhrase> amounts) {
        int k = changes.size();
        List<Draft> open = openQuantities(walk);
        int[] earlier = EarlierLevels.reference(texts, open, k, c.start());
        if (earlier != null && (k > 1 || changes.get(0) != null) && !EarlierLevels.agrees(open, k, c.direction())) {
            return; // the figures contradict the direction: which figure the change is of is not clear
        }
        if (earlier != null && (k > 1 || changes.get(0) != null)) {
            // 受理N件、财损M元,较去年同月受理N2件、财损M2元,分别减少a%与b%: the levels after the comparison are the
            // earlier ones, and the changes are those of the figures before it, against the period it names.
            List<Draft> targets = open.subList(open.size() - 2 * k, open.size() - k);
            List<Draft> levels = open.subList(open.size() - k, open.size());
            for (int i = 0; i < k; i++) {
                if (changes.get(i) != null) {
                    linkAgainst(targets.get(i), changes.get(i), c, earlier);
                }
                if (targets.get(i).hasSubject()) {
                    levels.get(i).subject.clear();
                    levels.get(i).copySubjectOf(targets.get(i)); // the same thing, counted in the earlier period
                }
            }
            return;
        }
        if (k > 1 && open.size() >= k) {
            // 查处案件6245起,抓获违法人员2.6万余人,分别同比上升11.4%、3.27%
            List<Draft> targets = open.subList(open.size() - k, open.size());
            for (int i = 0; i < k; i++) {
                if (changes.get(i) != null) {
                    link(targets.get(i), changes.get(i), c);
                }
            }
            return;
        }
        if (k == 1 && walk.each >= walk.boundary && !open.isEmpty()) {
            // 高新技术企业达到2.3万家、专精特新企业达到4100家，均实现倍增
            for (Draft target : open) {
                link(target, changes.get(0), c);
            }
            return;
        }
        Draft last = lastDraft(walk);
        if (k == 1 && sizesLevel(last, changes.get(0), c)) {
            // 由250宗增至295宗,上升18%; 用电量上升,达5000亿千瓦时,增长4.1%: the size of the rise to the level
            Change size = changes.get(0);
            last.change = size.basis() == ChangeBasis.UNSPECIFIED && last.change.basis() != ChangeBasis.UNSPECIFIED
                    ? new Change(last.change.basis(), size.direction(), size.amount(), size.amountUnit(), null, null)
                    : size;
            last.reference = size.basis() == ChangeBasis.REFERENCE ? referenceRange(c) : last.reference;
            last.extend(last.start, c.end());
            return;
        }
        if (k == 1 && open.size() >= 2 && open.get(open.size() - 1) == last
                && isPlanShare(open.get(open.size() - 2), last) && isPercentChange(changes.get(0))
                && onlySeparatorsBetween(countedEnd(last), c.start())) {
            // 收入2365.8亿元,完成年初预算的78.6%,同比增长5.2%: the growth is the figure's, not the share's of its plan
            link(open.get(open.size() - 2), changes.get(0), c);
            return;
        }
        if (k == 1 && last != null && comparesTheInterval(walk, last, c)) {
            return; // the interval's change, whose subject (犯罪时钟) is the rate's name: declined, not given to the count
        }
        if (k == 1 && !open.isEmpty() && open.get(open.size() - 1) == last && noRange(amounts)
                && (onlySeparatorsOrFrameBetween(walk, countedEnd(last), c.start()) || onlyNotesBetween(walk, last, c))) {
            // 4.16万起,同比上升6.3%; 破获3.2万起案件,同比上升4.1% (the noun counted is the figure's)
            link(last, changes.get(0), c);
            return;
        }
        if (last != null && last.aside && walk.drafts.size() > 1) {
            last = walk.drafts.get(walk.drafts.size() - 2); // 增产52.4万吨(10.5亿斤),增长4.2%: the figure's change
        }
        if (k == 1 && last != null && last.quantity != null && isAbsolute(last.change) && changes.get(0) != null
                && isRelative(changes.get(0)) && last.changeAt >= 0 && onlySeparatorsBetween(last.end, c.start())) {
            // 比上年增加12万吨,增长3.1%: the relative amount is the quantity's change, and the absolute one is a
            // change of the same subject on its own.
            Draft absolute = new Draft(last.changeAt, last.end);
            absolute.change = last.change;
            absolute.changeAt = last.changeAt;
            absolute.reference = last.reference;
            absolute.copySubjectOf(last);
            absolute.figure = last.quantity;
            walk.drafts.add(walk.drafts.indexOf(last) + 1, absolute);
            Change relative = changes.get(0);
            int[] reference = last.reference;
            link(last, relative.basis() == ChangeBasis.UNSPECIFIED ? new Change(absolute.change.basis(),
                    relative.direction(), relative.amount(), relative.amountUnit(), null, relative.streak()) : relative,
                    c);
            if (relative.basis() == ChangeBasis.UNSPECIFIED) {
                last.reference = reference; // 比2013年增产N万吨,增长3.5%: one comparison, so one reference
            }
            return;
        }
        int[] lastSubject = last != null && last.hasSubject() && last.subject.size() == 1 ? last.subject.get(0)
                : last == null ? clauseSubject(walk) : null;
        List<int[]> lastSubjects = lastSubject == null || k < 2 ? List.of() : lists.split(lastSubject, k);
        List<List<int[]>> split = lastSubjects.size() == k ? lists.withSharedHead(lastSubjects) : null;
        for (int i = 0; i < k; i++) {
            Draft draft = changeOnly(c, changes.get(i), amounts, i);
            if (draft == null) {
                continue;
            }
            if (split != null) {
                draft.subject.addAll(split.get(i)); // 立案数和财产损失数…,今年1至4月同比分别下降12.46%和9.31%
            } else if (last != null) {
                draft.copySubjectOf(last); // 增长6.1%、高于全国0.7个百分点: the same subject again
            } else if (lastSubject != null) {
                draft.subject.add(lastSubject); // 发案数实现“双下降”,下降18.5%: the clause before
            } else if (c.rateWordStart() >= 0) {
                draft.subject.add(new int[] {c.rateWordStart(), c.rateWordEnd()}); // 四季度涨幅逾20%
            }
            walk.drafts.add(draft);
        }
    }

    /**
     * Where a figure's text ends: after the noun it counts when a verb before the number and that noun after it
     * are its subject (破获3.2万起案件), or that noun alone is (录得4520宗罪案), else after the number.
     */
    /**
     * 平均每1.7分钟发生1起,较去年同期1.8分钟微减: the change compares the interval of the rate (its denominator's
     * unit, written again in the change), not the count per interval.
     */
    private boolean comparesTheInterval(Walk walk, Draft figure, ChangePhrase c) {
        if (figure.quantity == null) {
            return false;
        }
        for (int i = walk.index - 1; i >= 0; i--) {
            Node e = walk.elements.get(i);
            if (e instanceof Marker m && m.kind() == Marker.Kind.CLAUSE_END && m.end() <= figure.quantity.start()) {
                return false;
            }
            if (e instanceof NotStatistic n && n.kind() == NotStatistic.Kind.RATE_DENOMINATOR
                    && n.end() <= figure.quantity.start() && n.number() != null && n.number().unit() != null
                    && n.number().time()) {
                return texts.words(c.start(), c.end()).contains(n.number().unit().text());
            }
        }
        return false;
    }

    private int countedEnd(Draft figure) {
        if (figure.subject.size() == 2 && figure.subject.get(0)[1] == figure.quantity.start()
                && figure.subject.get(1)[0] == figure.quantity.end()) {
            return figure.subject.get(1)[1];
        }
        if (figure.subject.size() == 1 && figure.quantity != null && figure.subject.get(0)[0] == figure.quantity.end()) {
            return figure.subject.get(0)[1]; // 录得4520宗罪案: the noun after the number is the whole subject
        }
        if (figure.quantity != null && figure.quantity.unit() != null && "元".equals(figure.quantity.unit().text())
                && texts.wordAt(RENMINBI, figure.end)) {
            return figure.end + RENMINBI.length(); // 12.1万亿元人民币: the currency named again after 元
        }
        return Math.max(figure.end, figure.convertedEnd);
    }

    private static final String RENMINBI = "人民币";

    /** A note between a figure and its change is a clause of at most this many characters. */
    private static final int NOTE_LENGTH = 10;
    /** And there are at most this many of them: (人民币,下同) is two. */
    private static final int NOTES = 2;

    /**
     * Whether only notes stand between a figure and its change, each a short clause with no number: 国内生产总值100亿元,
     * 按可比价格计算,比上年增长5.2%; 出口额2000亿元(人民币,下同),同比增长3%. A comparison (同比, 比上年) whose own
     * clause names no subject is the figure's across them; a change with no basis, or one that names its rate
     * (超过6万亿元,实现历史性晋位,年均增速5.7%), may be of something else.
     */
    private boolean onlyNotesBetween(Walk walk, Draft figure, ChangePhrase c) {
        int from = countedEnd(figure);
        int to = c.start();
        if (c.basis() == ChangeBasis.UNSPECIFIED && !isReckoningNote(texts.words(from, to)) || c.rateWordStart() >= 0) {
            return false;
        }
        for (int i = walk.index - 1; i >= 0; i--) {
            Node e = walk.elements.get(i);
            if (e.end() <= from) {
                break;
            }
            QuantityPhrase number = numberIn(e);
            if (isAnchor(e) && (number == null || !number.time())) {
                return false; // 为1969年以来的新低: a time in a note is no figure of its own
            }
        }
        String between = texts.words(from, to).stripLeading();
        if (between.isEmpty() || ",;:(".indexOf(between.charAt(0)) < 0) {
            return false; // 较前年的43人为低,下跌33%: the figure's clause goes on, and is no note
        }
        int notes = 0;
        int length = 0;
        boolean closed = false;
        for (int i = 0; i < between.length(); i++) {
            char ch = between.charAt(i);
            if (",;:".indexOf(ch) >= 0) {
                closed = true;
                notes += length > 0 ? 1 : 0;
                length = 0;
            } else if (!Character.isWhitespace(ch) && "()".indexOf(ch) < 0
                    && !(Character.isDigit(ch) && i > 0 && Character.isDigit(between.charAt(i - 1)))) {
                // a number counts once: 为1969年以来的新低 is a note of eight words
                if (++length > NOTE_LENGTH) {
                    return false;
                }
            }
        }
        notes += length > 0 ? 1 : 0;
        return closed && notes <= NOTES;
    }

    /** What a figure can be measured against as a plan: 完成年初预算的78.6%, 完成年度目标的91.2%, 为全年计划的75%. */
    private static final String[] PLANS = {"预算", "计划", "目标", "任务"};

    /**
     * Whether {@code share} is the share of a plan that {@code figure}, the figure just before it in its clause, has
     * reached: 一般公共预算收入2365.8亿元,完成年初预算的78.6%. A change in percent after such a share is the figure's.
     */
    private boolean isPlanShare(Draft figure, Draft share) {
        if (share.quantity == null || share.change != null || share.quantity.unit() == null
                || share.quantity.unit().kind() != UnitKind.PERCENT || figure.quantity == null || figure.change != null
                || figure.quantity.unit() == null || figure.quantity.unit().kind() == UnitKind.PERCENT) {
            return false;
        }
        String between = texts.words(countedEnd(figure), share.quantity.start());
        if (between.isEmpty() || !CharClasses.isClauseMark(between.charAt(0)) || !between.endsWith("的")
                || between.length() > LONG_OBJECT) {
            return false;
        }
        for (String plan : PLANS) {
            if (between.contains(plan)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPercentChange(Change change) {
        return change != null && change.amountUnit() != null && change.amountUnit().kind() == UnitKind.PERCENT;
    }

    /**
     * 按不变价计算, 按可比口径计算, 扣除价格因素: a note that says how the change after it was reckoned, and so that it
     * is the change of the figure before, even with no basis (旅游总收入980.6亿元,按不变价计算,增长9.3%).
     */
    private static boolean isReckoningNote(String between) {
        String note = between.strip();
        while (!note.isEmpty() && CharClasses.isClauseMark(note.charAt(0))) {
            note = note.substring(1).strip();
        }
        while (!note.isEmpty() && CharClasses.isClauseMark(note.charAt(note.length() - 1))) {
            note = note.substring(0, note.length() - 1).strip();
        }
        return note.length() <= NOTE_LENGTH && (note.startsWith("按") && (note.endsWith("计算") || note.endsWith("口径"))
                || note.equals("扣除价格因素"));
    }

    /**
     * Whether {@code change} gives the size of the change by which the last figure was reached: a level with a
     * direction and no amount (增至511宗, 上升,达Q), then, with only separators between, a change of the same
     * direction with an amount and no subject of its own. A comparison with a direction alone (較前年為低,下跌約33%)
     * is sized the same way by a change that names no basis.
     */
    private boolean sizesLevel(Draft last, Change change, ChangePhrase c) {
        return last != null && last.change != null && last.change.amount() == null
                && (last.quantity != null || change != null && change.basis() == ChangeBasis.UNSPECIFIED
                && last.change.basis() != ChangeBasis.UNSPECIFIED)
                && last.change.streak() == null && change != null && change.amount() != null
                && change.direction() == last.change.direction() && change.streak() == null
                && (last.change.basis() == change.basis() || change.basis() == ChangeBasis.UNSPECIFIED
                || last.change.basis() == ChangeBasis.UNSPECIFIED)
                && onlySeparatorsBetween(last.end, c.start());
    }

    /** Verbs of result, tried in order. */
    private static final List<String> RESULT_VERBS = WordLists.words("result-verbs");

    /**
     * 出口额不降反增,增长2.1%: a change with no amount that is itself a verb of result says what the change after
     * it will state; its clause is text, whose words before the verb are the subject.
     */
    private boolean resultWithoutAmount(ChangePhrase c) {
        if (!c.amounts().isEmpty() || c.qualified()) {
            return false;
        }
        for (String verb : RESULT_VERBS) {
            if (texts.wordAt(verb, c.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 工业增加值明显回升,同比增长3.2%: a direction alone (明显回升, 稳步增长), not read as a statistic, that closes its
     * clause and says the direction of the change at hand, which opens the very next clause; its clause up to the
     * direction names what the change is of. A direction that differs (增速回落,同比增长3%), or one of a rate
     * (降幅收窄, 增速加快), is the rate's, not what grew, and hands nothing on.
     */
    private boolean handsOnDirection(Walk walk, int i, ChangePhrase c) {
        if (!c.amounts().isEmpty() || c.qualified() || c.level() || c.reached() != null
                || i + 1 >= walk.index || !(walk.elements.get(walk.index) instanceof ChangePhrase next)
                || next.direction() != c.direction() || next.amounts().isEmpty()
                || !(walk.elements.get(i + 1) instanceof Marker m && m.kind() == Marker.Kind.CLAUSE_END
                && m.start() == c.end())) {
            return false;
        }
        String before = c.start() > walk.sentenceStart ? texts.words(c.start() - 1, c.start()) : "";
        if (before.endsWith("幅") || before.endsWith("速") || before.endsWith("率") || before.endsWith("度")) {
            return false; // 投资降幅明显收窄,同比下降1.2%: the direction is a rate's, and the change is not of the rate
        }
        for (int j = i + 2; j < walk.index; j++) {
            if (walk.elements.get(j) instanceof Marker later && later.kind() == Marker.Kind.CLAUSE_END
                    || isAnchor(walk.elements.get(j))) {
                return false; // not the next change
            }
        }
        return true;
    }

    /** The text-only clause before, up to a verb of result (实现“双下降”, 呈现…), as a subject. */
    private int[] clauseSubject(Walk walk) {
        int[] clause = lastTextClause(walk);
        if (clause == null) {
            return null;
        }
        for (String verb : RESULT_VERBS) {
            Text words = texts.covering(clause[0], clause[1]);
            int at = TextSearch.indexOf(words.text(), verb, clause[0] - words.start(), clause[1] - words.start());
            at = at < 0 ? -1 : words.start() + at;
            if (at > clause[0] && at < clause[1]) {
                return subjects.trim(clause[0], at);
            }
        }
        return clause;
    }

    /** @return the last text-only clause of the sentence so far, trimmed, or null */
    private int[] lastTextClause(Walk walk) {
        List<int[]> clauses = textClausesBefore(walk);
        for (int i = clauses.size() - 1; i >= 0; i--) {
            int[] clause = clauses.get(i);
            int[] trimmed = subjects.trim(clause[0], clause[1]);
            if (trimmed != null) {
                return trimmed;
            }
        }
        return null;
    }

    /**
     * The clauses of the sentence before the element at hand that held text but no number, as written, in order:
     * the last of them that trims to something is a subject for a change that has none. Trimmed only when such
     * a change asks, as few do (trimming every such clause was a fifth of the cost of parsing), and for the same
     * reason found only then, from the elements: noting them as the walk went cost an array for nearly every
     * clause. A clause holds a number when it has a quantity that is no time, or a change outside a short
     * quotation, whether or not either became a statistic.
     */
    private List<int[]> textClausesBefore(Walk walk) {
        List<int[]> clauses = new ArrayList<>();
        int clauseStart = walk.sentenceStart;
        boolean hasAnchor = false;
        int thresholds = -1;
        for (int i = 0; i < walk.index; i++) {
            Node e = walk.elements.get(i);
            QuantityPhrase q = numberIn(e);
            if (q != null && (countsThresholdsBefore(walk, i) || q.isBare() && nextIsAdjacentQuantity(walk, i))) {
                // 生产总值跨越7万亿、8万亿两个台阶: thresholds and their count, no figure; the words before them
                // may still be the subject of a change that follows
                thresholds = thresholds < 0 ? q.start() : thresholds;
            } else if (q != null) {
                hasAnchor |= !q.time();
            } else if (e instanceof ChangePhrase c && handsOnDirection(walk, i, c)) {
                thresholds = thresholds < 0 ? c.start() : thresholds; // 工业增加值明显回升,同比增长3.2%
            } else if (e instanceof ChangePhrase c) {
                hasAnchor |= !inShortQuote(walk, c.start()) && !resultWithoutAmount(c);
            } else if (e instanceof Marker m && m.kind() == Marker.Kind.CLAUSE_END) {
                int end = thresholds < 0 ? m.start() : thresholds;
                if (!hasAnchor && !isHeaderOrFrame(walk, clauseStart, end)) {
                    // 分季度看, 从环比看: no subject; 以今年1至9月与去年同期作比较: what a frame closes is its own
                    clauses.add(new int[] {clauseStart, beforeClosingFrame(walk, clauseStart, end)});
                }
                clauseStart = m.end();
                hasAnchor = false;
                thresholds = -1;
            }
        }
        return clauses;
    }

    /** @return the draft, or null for a place in a 分别 list that holds no change */
    private Draft changeOnly(ChangePhrase c, Change change, List<QuantityPhrase> amounts, int index) {
        if (change == null) {
            return null;
        }
        QuantityPhrase amount = index < amounts.size() ? amounts.get(index) : null;
        Draft draft = amount != null ? new Draft(amount.start(), amount.end()) : new Draft(c.start(), c.end());
        draft.extend(c.start(), amount != null ? amount.end() : c.end());
        draft.change = change;
        draft.changedBy(c);
        draft.reference = referenceRange(c, index);
        if (amount != null && (amount.high() != null || amount.unit() == null)) {
            draft.quantity = amount;
        }
        return draft;
    }

    private void link(Draft target, Change change, ChangePhrase c) {
        target.change = change;
        target.changedBy(c);
        target.reference = referenceRange(c);
        target.extend(target.start, c.end());
    }

    /** Links a change that states no basis to a figure compared, before it, with the period {@code reference}. */
    private void linkAgainst(Draft target, Change change, ChangePhrase c, int[] reference) {
        if (change.basis() == ChangeBasis.UNSPECIFIED) {
            change = new Change(ChangeBasis.REFERENCE, change.direction(), change.amount(), change.amountUnit(), null,
                    change.streak());
        }
        link(target, change, c);
        if (change.basis() == ChangeBasis.REFERENCE) {
            target.reference = reference;
        }
    }

    /** 提高到71.35%, 从512万户增至738万户, 分别提高到61250元和24075元. */
    private void onLevel(Walk walk, ChangePhrase c) {
        Change change = Change.directionOnly(c.basis(), c.direction());
        int subjectEnd = c.start();
        if (walk.respectively >= walk.boundary) {
            subjectEnd = Math.min(subjectEnd, walk.respectively);
        }
        int[] before = subjectBefore(walk, subjectEnd);
        List<Draft> fromLevels = new ArrayList<>();
        for (Draft d : walk.drafts) {
            if (d.from && d.end <= c.start()) {
                fromLevels.add(d);
            }
        }
        List<QuantityPhrase> levels = new ArrayList<>();
        for (QuantityPhrase level : c.amounts()) {
            if ((!level.time() || isDurationStatistic(level)) && (level.unit() != null || level.scaled())) {
                levels.add(level);
            }
        }
        if (levels.isEmpty() && !c.amounts().isEmpty()) {
            walk.pendingLevel = change; // 提高到2025年的60.3%: the level comes after its year
            walk.pendingLevelPhrase = c;
            advance(walk, c.end());
            return;
        }
        int k = levels.size();
        List<int[]> parts = before != null && k > 1 ? lists.split(before, k) : List.of();
        Draft last = lastDraft(walk);
        for (int i = 0; i < k; i++) {
            QuantityPhrase level = levels.get(i);
            Draft draft = new Draft(level.start(), level.end());
            draft.extend(c.start(), level.end());
            draft.quantity = level;
            draft.change = change;
            draft.changedBy(c);
            if (parts.size() == k) {
                draft.subject.addAll(lists.withSharedHead(parts).get(i));
            } else if (before != null) {
                draft.subject.add(before);
            } else if (fromLevels.size() == k) {
                draft.copySubjectOf(fromLevels.get(i));
            } else if (!fromLevels.isEmpty()) {
                draft.copySubjectOf(fromLevels.get(0));
            } else if (last != null) {
                draft.copySubjectOf(last);
            }
            walk.drafts.add(draft);
        }
        for (Draft d : fromLevels) {
            d.from = false;
        }
        walk.from = false;
        advance(walk, c.end());
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The quantities at the end of the sentence so far that have no change yet and are not 从 levels. */
    private static List<Draft> openQuantities(Walk walk) {
        List<Draft> open = new ArrayList<>();
        for (int i = walk.drafts.size() - 1; i >= 0; i--) {
            Draft d = walk.drafts.get(i);
            if (d.quantity == null || d.change != null || d.from) {
                break;
            }
            open.add(0, d);
        }
        return open;
    }

    /** 增加12万吨: a change by an amount of the thing itself. */
    private static boolean isAbsolute(Change change) {
        return change != null && change.amountUnit() != null && !isRelative(change);
    }

    /** 增长3.1%, 增长1.5倍: a change relative to the earlier value (points are a change of a rate's level). */
    private static boolean isRelative(Change change) {
        return change.amountUnit() != null && (change.amountUnit().kind() == UnitKind.PERCENT
                || change.amountUnit().kind() == UnitKind.MULTIPLE);
    }

    private static boolean allNull(List<Change> changes) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean noRange(List<QuantityPhrase> amounts) {
        for (int i = 0; i < amounts.size(); i++) {
            if (amounts.get(i).high() != null) {
                return false;
            }
        }
        return true;
    }

    private static Draft lastDraft(Walk walk) {
        return walk.drafts.isEmpty() ? null : walk.drafts.get(walk.drafts.size() - 1);
    }

    private static int[] referenceRange(ChangePhrase c) {
        return c.referenceStart() < 0 ? null : new int[] {c.referenceStart(), c.referenceEnd()};
    }

    /**
     * The reference of the amount at {@code index}: 分别高于全国、全省0.6和0.3个百分点 compares the first amount with 全国
     * and the second with 全省. A list of references is split at 、, or else at 、 and 和 (全国和全省), only when it
     * holds as many references as the change has amounts; otherwise every amount is against the whole.
     */
    private int[] referenceRange(ChangePhrase c, int index) {
        int[] whole = referenceRange(c);
        int count = c.amounts().size();
        if (whole == null || count < 2 || index >= count) {
            return whole;
        }
        for (String marks : new String[] {"、", "、" + CharClasses.CONJUNCTIONS}) {
            List<int[]> parts = new ArrayList<>(count);
            int from = whole[0];
            for (int at = whole[0]; at <= whole[1]; at++) {
                int ch = at < whole[1] ? texts.characterAt(at) : -1;
                if (at == whole[1] || ch >= 0 && marks.indexOf(ch) >= 0) {
                    if (at > from) {
                        parts.add(new int[] {from, at});
                    }
                    from = at + 1;
                }
            }
            if (parts.size() == count) {
                return parts.get(index);
            }
        }
        return whole;
    }

    /**
     * Whether a node holds a number or a change: a quantity, a change, or a shape that is no statistic but holds
     * a number (每万人口, 四次会议), which still ends the subject text before it.
     */
    private static boolean isAnchor(Node element) {
        return element instanceof QuantityPhrase || element instanceof ChangePhrase
                || element instanceof NotStatistic n && n.number() != null;
    }

    /** The quantity a node holds: itself, or the number of a shape that is no statistic; null for others. */
    private static QuantityPhrase numberIn(Node element) {
        return element instanceof QuantityPhrase q ? q : element instanceof NotStatistic n ? n.number() : null;
    }

    private boolean onlySpaceBetween(int from, int to) {
        return texts.allOf(from, to, Character::isWhitespace);
    }

    /** Only punctuation between two phrases: they are parts of one statement (4.16万起,同比上升6.3%). */
    private boolean onlySeparatorsBetween(int from, int to) {
        return texts.allOf(from, to, c -> Character.isWhitespace(c) || ",;、".indexOf(c) >= 0);
    }

    /** 1200件,与上年相比减少10.5%: a comparison frame between a figure and its change does not part them. */
    private boolean onlySeparatorsOrFrameBetween(Walk walk, int from, int to) {
        if (onlySeparatorsBetween(from, to)) {
            return true;
        }
        Frame frame = frameEndingIn(walk, from, to);
        if (frame != null) {
            return onlySeparatorsBetween(from, frame.start()) && onlySeparatorsBetween(frame.end(), to);
        }
        int compared = subjects.comparedEndingAt(to); // 2686件,比6月下降: the period compared with, then the change
        return compared > from && onlySeparatorsBetween(from, compared);
    }

    /** @return the last frame of the sentence inside {@code [from, to]} that ends after {@code from}, or null */
    private static Frame frameEndingIn(Walk walk, int from, int to) {
        Frame found = null;
        for (int i = 0; i < walk.frames.size(); i++) {
            Frame f = walk.frames.get(i);
            if (f.end() > from && f.end() <= to && f.start() >= from) {
                found = f;
            }
        }
        return found;
    }

    /**
     * @return whether the clause {@code [start, end)} is a section header (分季度看) or a comparison frame alone
     *         (与去年同期相比,), either of which names what follows and is never a subject
     */
    private boolean isHeaderOrFrame(Walk walk, int start, int end) {
        if (end - start > 16) {
            return false;
        }
        return isAlone(walk.headers, start, end) || isAlone(walk.frames, start, end);
    }

    /**
     * @return where the clause {@code [start, end)} ends once a comparison frame that closes it is left off
     *         (以今年1至9月与去年同期作比较, 盗窃案与上年相比): the frame names what the figures after it are compared
     *         with, never what they count; {@code end} where no frame closes the clause
     */
    private int beforeClosingFrame(Walk walk, int start, int end) {
        Frame frame = frameEndingIn(walk, start, end);
        if (frame == null || !onlySpaceBetween(frame.end(), end)) {
            return end;
        }
        int first = start;
        while (first < frame.start() && Character.isWhitespace(texts.characterAt(first))) {
            first++;
        }
        // 以今年前三季与去年同期相比: 以 opens the frame, and what it holds is the period compared, all of it frame
        return texts.wordAt("以", first) ? start : frame.start();
    }

    /** @return whether one of {@code nodes} is all of {@code [start, end)} but white space */
    private boolean isAlone(List<? extends Node> nodes, int start, int end) {
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.start() >= start && n.end() <= end && onlySpaceBetween(start, n.start())
                    && onlySpaceBetween(n.end(), end)) {
                return true;
            }
        }
        return false;
    }

    private boolean onlySpaceOrSeparatorsBetween(int from, int to) {
        return texts.allOf(from, to, c -> Character.isWhitespace(c) || CharClasses.joinsListItems((char) c));
    }
}
