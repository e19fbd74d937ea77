package io.github.cnstats.internal.extract;

import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.extract.Element.ChangePhrase;
import io.github.cnstats.internal.extract.Element.Marker;
import io.github.cnstats.internal.extract.Element.QuantityPhrase;
import io.github.cnstats.internal.extract.Element.StreakPhrase;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds the elements of one sentence into measurements: which change belongs to which quantity, what each
 * one counts, and how 分别 and 均 distribute lists. This is where official phrasing is understood beyond the
 * phrase; each rule below names the phrasing it serves.
 */
final class MeasurementBinder {

    private final String text;
    private final SubjectText subjects;
    private final SubjectLists lists;

    MeasurementBinder(String text, SubjectText subjects) {
        this.text = text;
        this.subjects = subjects;
        this.lists = new SubjectLists(text, subjects);
    }

    /** The state of a walk over one sentence's elements. */
    private final class Walk {
        final List<Draft> drafts = new ArrayList<>();
        final int sentenceEnd;
        /** Where the text that may be the next subject begins. */
        int boundary;
        int clauseEnd;
        int quoteOpen = -1;
        int respectively = -1;
        int each = -1;
        boolean from;
        int fromMarker = -1;
        StreakPhrase streak;
        Element previous;
        int nextGroup;
        /** The subject of the current 分别 list of quantities, and the list's id. */
        int group = -1;
        int[] groupSubject;

        Walk(int start, int end) {
            this.boundary = start;
            this.sentenceEnd = end;
        }
    }

    /**
     * @param elements the elements of one sentence, in text order
     * @param start    where the sentence starts in the normalised text
     * @param end      where it ends
     * @return the measurements of the sentence, in text order, still as drafts
     */
    List<Draft> bind(List<Element> elements, int start, int end) {
        Walk walk = new Walk(start, end);
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            int next = i + 1 < elements.size() ? elements.get(i + 1).start() : end;
            if (element instanceof Marker marker) {
                onMarker(walk, marker);
            } else if (element instanceof StreakPhrase streak) {
                walk.streak = streak;
            } else if (element instanceof QuantityPhrase quantity) {
                onQuantity(walk, quantity, next);
            } else if (element instanceof ChangePhrase change) {
                onChange(walk, change);
            }
            walk.previous = element;
        }
        lists.distribute(walk.drafts);
        return walk.drafts;
    }

    private void onMarker(Walk walk, Marker marker) {
        switch (marker.kind()) {
            case CLAUSE_END -> {
                walk.boundary = marker.end();
                walk.respectively = -1;
                walk.each = -1;
                walk.from = false;
                walk.group = -1;
            }
            case LIST_SEP, CONJ -> {
                if (isAnchor(walk.previous) && onlySpaceBetween(walk.previous.end(), marker.start())) {
                    walk.boundary = marker.end();
                }
            }
            case OPEN_QUOTE -> walk.quoteOpen = marker.start();
            case CLOSE_QUOTE -> walk.quoteOpen = -1;
            case RESPECTIVELY -> {
                walk.respectively = marker.start();
                walk.group = walk.nextGroup++;
                walk.groupSubject = subjectBefore(walk, marker.start());
            }
            case EACH -> walk.each = marker.start();
            case FROM -> {
                walk.from = true;
                walk.fromMarker = marker.start();
            }
            case ORDINAL -> walk.boundary = Math.max(walk.boundary, marker.end());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Quantities

    private void onQuantity(Walk walk, QuantityPhrase q, int nextElementStart) {
        if (!isStatistic(walk, q)) {
            return;
        }
        Draft draft = new Draft(q.start(), q.end());
        draft.quantity = q;
        draft.anchor = walk.boundary;
        draft.from = walk.from;
        int subjectEnd = q.start();
        if (walk.from && walk.fromMarker >= walk.boundary) {
            subjectEnd = walk.fromMarker;
        }
        if (walk.each >= walk.boundary) {
            subjectEnd = Math.min(subjectEnd, walk.each);
        }
        int[] before = walk.respectively >= walk.boundary ? null : subjects.trim(walk.boundary, subjectEnd);

        // 增长116.2%、达到23.2万亿元: the level reached belongs to the change just stated.
        Draft last = lastDraft(walk);
        if (before == null && last != null && last.quantity == null && last.change != null
                && walk.respectively < walk.boundary && !walk.from) {
            last.quantity = q;
            last.extend(q.start(), q.end());
            walk.boundary = q.end();
            return;
        }
        if (walk.group >= 0 && (walk.respectively >= walk.boundary || before == null)) {
            draft.group = walk.group;
            draft.groupSubject = walk.groupSubject;
        }
        if (before != null) {
            draft.subject.add(before);
        }
        int[] after = subjectAfter(walk, q, nextElementStart);
        if (after != null) {
            if (before != null && before[1] - before[0] > LONG_ACTOR) {
                // 职工医保个人账户家庭共济改革惠及616.2万名近亲属: keep the verb, drop the actor.
                before = new int[] {before[1] - VERB_LENGTH, before[1]};
                draft.subject.set(0, before);
            }
            draft.subject.add(after);
        }
        if (draft.subject.isEmpty() && walk.each >= 0 && last != null) {
            draft.copySubjectOf(last);
        }
        if (walk.each >= walk.boundary && before != null) {
            // 粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上: one measurement per subject.
            List<int[]> parts = lists.split(before, -1);
            if (parts.size() > 1) {
                for (List<int[]> part : lists.withSharedHead(parts)) {
                    Draft copy = new Draft(q.start(), q.end());
                    copy.quantity = q;
                    copy.anchor = walk.boundary;
                    copy.subject.addAll(part);
                    walk.drafts.add(copy);
                }
                walk.boundary = q.end();
                return;
            }
        }
        walk.drafts.add(draft);
        walk.boundary = q.end();
    }

    /** Text before a number longer than this holds an actor as well as a verb (characters). */
    private static final int LONG_ACTOR = 12;
    /** Most verbs of official text are two characters: 破获 抓获 惠及 押解. */
    private static final int VERB_LENGTH = 2;

    /** Words after a counted number that name the threshold, not the thing counted: 迈上3万亿元台阶. */
    private static final List<String> THRESHOLD_WORDS = List.of("台阶", "大关", "关口", "规模", "水平");

    /**
     * 共破获2.9万起电诈案件: when a count is followed by the noun it counts, that noun is the subject's object.
     */
    private int[] subjectAfter(Walk walk, QuantityPhrase q, int nextElementStart) {
        if (q.unit() == null || q.high() != null || q.unit().kind() == UnitKind.PERCENT
                || q.unit().kind() == UnitKind.MONEY) {
            return null;
        }
        int start = q.end();
        int end = Math.min(nextElementStart, walk.sentenceEnd);
        if (start >= end || !Character.isIdeographic(text.charAt(start)) || text.charAt(start) == '的') {
            return null;
        }
        for (String word : THRESHOLD_WORDS) {
            if (text.startsWith(word, start)) {
                return null;
            }
        }
        return subjects.trim(start, end);
    }

    private boolean isStatistic(Walk walk, QuantityPhrase q) {
        if (q.time() || q.loneOne()) {
            return false;
        }
        if (q.isBare() && !q.scaled()) {
            return false;
        }
        if (walk.quoteOpen >= 0 && q.start() - walk.quoteOpen <= 2) {
            return false; // “十项重大工程”, “四个走在前”: a number that opens a name
        }
        return !isSessionName(q);
    }

    /** 十四届全国人大四次会议: a session is counted in its name, not measured. */
    private boolean isSessionName(QuantityPhrase q) {
        if (q.start() > 0 && text.charAt(q.start() - 1) == '届') {
            return true;
        }
        return text.startsWith("会议", q.end()) || text.startsWith("全会", q.end())
                || text.startsWith("大会", q.end());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Changes

    private void onChange(Walk walk, ChangePhrase c) {
        if (c.level()) {
            onLevel(walk, c);
            return;
        }
        List<Change> changes = new ArrayList<>();
        List<QuantityPhrase> ranges = new ArrayList<>();
        for (QuantityPhrase amount : c.amounts()) {
            if (amount.high() != null || amount.unit() == null) {
                // 增长5%—5.5%: a growth range is a quantity, and the change keeps only its direction.
                ranges.add(amount);
                changes.add(Change.directionOnly(c.basis(), c.direction()));
            } else {
                changes.add(new Change(c.basis(), c.direction(), amount.value(), amountUnit(amount),
                        reference(c), null));
            }
        }
        if (changes.isEmpty()) {
            if (!c.qualified() && walk.streak == null) {
                walk.boundary = c.end();
                return; // 推动经济增长: a verb in passing, not a statement of change
            }
            changes.add(new Change(c.basis(), c.direction(), null, null, reference(c), null));
        }
        if (walk.streak != null) {
            StreakPhrase s = walk.streak;
            changes.replaceAll(change -> change.withStreak(new io.github.cnstats.Streak(s.count(), s.unit())));
            walk.streak = null;
        }
        attach(walk, c, changes, ranges);
        walk.boundary = c.end();
    }

    private void attach(Walk walk, ChangePhrase c, List<Change> changes, List<QuantityPhrase> ranges) {
        int subjectEnd = c.start();
        boolean respectively = c.respectively() || walk.respectively >= walk.boundary;
        if (walk.respectively >= walk.boundary) {
            subjectEnd = Math.min(subjectEnd, walk.respectively);
        }
        if (walk.each >= walk.boundary) {
            subjectEnd = Math.min(subjectEnd, walk.each);
        }
        int[] before = subjects.trim(walk.boundary, subjectEnd);
        int k = changes.size();
        if (before == null) {
            List<Draft> open = openQuantities(walk);
            if (k > 1 && open.size() >= k) {
                // 破获案件8163起,抓获犯罪嫌疑人1.8万余人,分别同比上升13.5%、2.28%
                List<Draft> targets = open.subList(open.size() - k, open.size());
                for (int i = 0; i < k; i++) {
                    link(targets.get(i), changes.get(i), c);
                }
                return;
            }
            if (k == 1 && walk.each >= walk.boundary && !open.isEmpty()) {
                // 国家高新技术企业达到1.9万家、科技型中小企业达到2.9万家，均实现倍增
                for (Draft target : open) {
                    link(target, changes.get(0), c);
                }
                return;
            }
            Draft last = lastDraft(walk);
            if (k == 1 && !open.isEmpty() && open.get(open.size() - 1) == last && ranges.isEmpty()) {
                link(last, changes.get(0), c); // 39.1万起,同比上升5.7%
                return;
            }
            for (int i = 0; i < k; i++) {
                Draft draft = changeOnly(c, changes.get(i), ranges, i);
                if (last != null) {
                    draft.copySubjectOf(last); // 增长5.4%、高于全国0.4个百分点: the same subject again
                }
                walk.drafts.add(draft);
            }
            return;
        }
        List<int[]> parts = k > 1 || walk.each >= walk.boundary ? lists.split(before, k > 1 ? k : -1)
                : List.of(before);
        if (k == 1 && parts.size() > 1) {
            // 接待游客、旅游总花费均增长10%: one measurement per subject.
            for (List<int[]> part : lists.withSharedHead(parts)) {
                Draft draft = changeOnly(c, changes.get(0), ranges, 0);
                draft.subject.addAll(part);
                walk.drafts.add(draft);
            }
            return;
        }
        List<List<int[]>> withHeads = parts.size() == k && k > 1 ? lists.withSharedHead(parts) : null;
        for (int i = 0; i < k; i++) {
            Draft draft = changeOnly(c, changes.get(i), ranges, i);
            if (withHeads != null) {
                draft.subject.addAll(withHeads.get(i));
            } else {
                draft.subject.add(before);
            }
            walk.drafts.add(draft);
        }
        if (respectively && k == 1) {
            walk.respectively = -1;
        }
    }

    private Draft changeOnly(ChangePhrase c, Change change, List<QuantityPhrase> ranges, int index) {
        QuantityPhrase amount = index < c.amounts().size() ? c.amounts().get(index) : null;
        Draft draft = amount != null ? new Draft(amount.start(), amount.end()) : new Draft(c.start(), c.end());
        draft.extend(c.start(), amount != null ? amount.end() : c.end());
        draft.change = change;
        draft.reference = referenceRange(c);
        if (amount != null && ranges.contains(amount)) {
            draft.quantity = amount;
        }
        return draft;
    }

    private void link(Draft target, Change change, ChangePhrase c) {
        target.change = change;
        target.reference = referenceRange(c);
        target.extend(target.start, c.end());
    }

    /** 提高到76.58%, 从689万户增至951万户, 分别提高到58794元和23184元. */
    private void onLevel(Walk walk, ChangePhrase c) {
        Change change = Change.directionOnly(c.basis(), c.direction());
        int subjectEnd = c.start();
        if (walk.respectively >= walk.boundary) {
            subjectEnd = Math.min(subjectEnd, walk.respectively);
        }
        int[] before = subjects.trim(walk.boundary, subjectEnd);
        List<Draft> fromLevels = new ArrayList<>();
        for (Draft d : walk.drafts) {
            if (d.from && d.end <= c.start()) {
                fromLevels.add(d);
            }
        }
        int k = c.amounts().size();
        List<int[]> parts = before != null && k > 1 ? lists.split(before, k) : List.of();
        for (int i = 0; i < k; i++) {
            QuantityPhrase level = c.amounts().get(i);
            if (!isStatistic(walk, level)) {
                continue;
            }
            Draft draft = new Draft(level.start(), level.end());
            draft.extend(c.start(), level.end());
            draft.quantity = level;
            draft.change = change;
            if (parts.size() == k) {
                draft.subject.addAll(lists.withSharedHead(parts).get(i));
            } else if (before != null) {
                draft.subject.add(before);
            } else if (fromLevels.size() == k) {
                draft.copySubjectOf(fromLevels.get(i));
            } else if (!fromLevels.isEmpty()) {
                draft.copySubjectOf(fromLevels.get(0));
            } else if (lastDraft(walk) != null) {
                draft.copySubjectOf(lastDraft(walk));
            }
            walk.drafts.add(draft);
        }
        for (Draft d : fromLevels) {
            d.from = false;
        }
        walk.from = false;
        walk.boundary = c.end();
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

    private static Draft lastDraft(Walk walk) {
        return walk.drafts.isEmpty() ? null : walk.drafts.get(walk.drafts.size() - 1);
    }

    private static Unit amountUnit(QuantityPhrase amount) {
        return amount.unit();
    }

    private String reference(ChangePhrase c) {
        if (c.basis() != ChangeBasis.REFERENCE || c.referenceStart() < 0) {
            return null;
        }
        return text.substring(c.referenceStart(), c.referenceEnd());
    }

    private static int[] referenceRange(ChangePhrase c) {
        return c.referenceStart() < 0 ? null : new int[] {c.referenceStart(), c.referenceEnd()};
    }

    private boolean isAnchor(Element element) {
        return element instanceof QuantityPhrase || element instanceof ChangePhrase;
    }

    private boolean onlySpaceBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int[] subjectBefore(Walk walk, int end) {
        return subjects.trim(walk.boundary, end);
    }

}
