package io.github.cnstats.internal.extract;

import io.github.cnstats.Change;
import io.github.cnstats.internal.ast.Node.ChangePhrase;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;

import java.util.ArrayList;
import java.util.List;

/**
 * A measurement being bound: mutable while {@link MeasurementBinder} works on a sentence, then turned into an
 * immutable {@link io.github.cnstats.Measurement}. Offsets are in the normalised document.
 */
final class Draft {

    /**
     * Where the subject is written: one range, or two when the subject wraps the number (破获2.9万起电诈案件),
     * three at most with a head shared by a list; room for two, as the default ten was a tenth of binding's bytes.
     */
    final List<int[]> subject = new ArrayList<>(2);
    QuantityPhrase quantity;
    Change change;
    /** The text extent of the number and change phrases, without the subject. */
    int start;
    int end;
    /** A quantity after 从: the level a change started from, which takes no change of its own. */
    boolean from;
    /** The 分别 list this quantity belongs to, or -1, and the subject written once for the whole list. */
    int group = -1;
    int[] groupSubject;
    /** The words between 分别 and the first number of its list (分别完成投资320亿元和280亿元), or null. */
    int[] groupVerb;
    /** Where the named reference of a REFERENCE change is written, or null. */
    int[] reference;
    /** Where this draft's own subject text would start, for period and region lookup. */
    int anchor;
    /** Where the phrase of {@link #change} starts, for the basis carried through the sentence ({@link SentenceBasis}). */
    int changeAt = -1;
    /** Where that phrase ends, for showing the change in its text ({@link io.github.cnstats.MeasurementParts}). */
    int changeEnd = -1;
    /** Where the same figure given again in another unit, in brackets after it, ends (8412.6万吨(1682.5亿斤)), or -1. */
    int convertedEnd = -1;
    /** Whether this is a change's amount given again in brackets (增加512宗(+6.4%)), a change-only draft. */
    boolean aside;
    /**
     * The figure whose change this change-only draft gives in its other amount (新台币52亿元,较上年增加3亿元,成长6%:
     * the 3亿元 is of the 新台币 figure), or null.
     */
    QuantityPhrase figure;
    /** Whether {@link #change} is a change of a rate (增速比上月回落0.5个百分点), which carries no basis on. */
    boolean ofRate;

    /** Notes that the change of this draft was written by {@code c}. */
    void changedBy(ChangePhrase c) {
        changeAt = c.start();
        changeEnd = c.end();
        ofRate = c.ofRate();
    }

    Draft(int start, int end) {
        this.start = start;
        this.end = end;
        this.anchor = start;
    }

    boolean hasSubject() {
        return !subject.isEmpty();
    }

    void extend(int otherStart, int otherEnd) {
        start = Math.min(start, otherStart);
        end = Math.max(end, otherEnd);
    }

    void copySubjectOf(Draft other) {
        subject.clear();
        subject.addAll(other.subject);
    }

    int extentStart() {
        int s = start;
        for (int i = 0; i < subject.size(); i++) { // indexed: no iterator for each measurement made
            s = Math.min(s, subject.get(i)[0]);
        }
        return s;
    }

    int extentEnd() {
        int e = end;
        for (int i = 0; i < subject.size(); i++) {
            e = Math.max(e, subject.get(i)[1]);
        }
        return e;
    }
}
