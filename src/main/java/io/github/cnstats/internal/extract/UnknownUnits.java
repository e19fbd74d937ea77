package io.github.cnstats.internal.extract;

import io.github.cnstats.Diagnostic;
import io.github.cnstats.internal.extract.Element.QuantityPhrase;

import java.util.List;

/**
 * Notes the numbers that were left out because the character after them is no unit the lexicon knows:
 * {@code 回收问卷3000份} would be a statistic if 份 were a counter. They are the gaps in the unit lexicon that a
 * user can fill, so {@link io.github.cnstats.MeasurementParser#explain} reports them; the measurements do not
 * change. Some are not units at all (12345热线): a diagnostic says what was declined, not that it was wrong.
 */
final class UnknownUnits {

    /** Characters after a number that make it a date, time, code, floor or generation (90后), never a count. */
    private static final String NOT_COUNTERS = "年月日时分秒号届期版楼层第代后前";

    private final String text;

    UnknownUnits(String text) {
        this.text = text;
    }

    /**
     * @param elements what the grammar found in a window
     * @param drafts   the measurements bound from them
     * @param declined where to note each plain number followed by a character that may be an unknown unit
     */
    void note(List<Element> elements, List<Draft> drafts, List<Declined> declined) {
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (e instanceof QuantityPhrase q && q.isBare() && !q.time() && !q.loneOne()
                    && followedByPossibleCounter(q.end())) {
                if (isBound(q, drafts)) {
                    continue;
                }
                char next = text.charAt(q.end()); // ideographic, so one UTF-16 unit: a character, not a String
                declined.add(new Declined(Diagnostic.Kind.UNKNOWN_UNIT, q.start(), q.end() + 1,
                        "a number before " + next + ", which is not a unit in the lexicon; add it to read this count"));
            }
        }
    }

    /**
     * @return whether a draft holds the quantity itself: by identity, and by a look at each, as a window has few
     * drafts and fewer candidates (a set of them cost more than the rest of this class)
     */
    private static boolean isBound(QuantityPhrase q, List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).quantity == q) {
                return true;
            }
        }
        return false;
    }

    private boolean followedByPossibleCounter(int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return Character.isIdeographic(c) && NOT_COUNTERS.indexOf(c) < 0;
    }
}
