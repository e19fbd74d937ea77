package io.github.cnstats.internal.extract;

import io.github.cnstats.Diagnostic;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;
import io.github.cnstats.internal.ast.Node;
import io.github.cnstats.internal.words.WordLists;

import java.util.List;

/**
 * Notes the numbers that were left out because the character after them is no unit the lexicon knows:
 * {@code 搭建帐篷1200顶} would be a statistic if 顶 were a counter. They are the gaps in the unit lexicon that a
 * user can fill ({@link io.github.cnstats.ParserBuilder#addUnit}, which the message names), so
 * {@link io.github.cnstats.MeasurementParser#explain} reports them; the measurements do not
 * change. Some are not units at all (12345热线): a diagnostic says what was declined, not that it was wrong.
 */
final class UnknownUnits {

    /** Characters after a number that make it a date, time, code, floor or generation (90后), never a count. */
    private static final String NOT_COUNTERS = WordLists.characters("not-counters");

    /** How many messages are kept: a power of two, as a character's slot is its low bits. */
    private static final int KEPT = 64;

    /** The words of the window at hand, which the character after a number is read from. */
    private final SentenceTexts texts;
    /**
     * The message last made for each slot of characters, and the character it names: the message depends on the
     * character alone, and a document declines the same few (份, 家, 名) again and again, so most are made once.
     */
    private final char[] messageChars = new char[KEPT];
    private final String[] messages = new String[KEPT];

    UnknownUnits(SentenceTexts texts) {
        this.texts = texts;
    }

    /**
     * @param elements what the grammar found in a window
     * @param drafts   the measurements bound from them
     * @param declined where to note each plain number followed by a character that may be an unknown unit
     */
    void note(List<Node> elements, List<Draft> drafts, List<Declined> declined) {
        for (int i = 0; i < elements.size(); i++) {
            Node e = elements.get(i);
            if (e instanceof QuantityPhrase q && q.isBare() && !q.time() && !q.loneOne()
                    && followedByPossibleCounter(q.end())) {
                if (isBound(q, drafts)) {
                    continue;
                }
                declined.add(new Declined(Diagnostic.Kind.UNKNOWN_UNIT, q.start(), q.end() + 1,
                        messageFor((char) texts.characterAt(q.end()))));
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

    /** @param next an ideographic character, so one UTF-16 unit: the whole character */
    private String messageFor(char next) {
        int slot = next & (KEPT - 1);
        if (messages[slot] == null || messageChars[slot] != next) {
            messageChars[slot] = next;
            messages[slot] = "a number before " + next + ", which is not a unit of this parser; to read it as a count,"
                    + " build a parser with Cnstats.parserBuilder().addUnit(\"" + next + "\", kind)";
        }
        return messages[slot];
    }

    private boolean followedByPossibleCounter(int at) {
        int next = texts.characterAt(at);
        if (next < 0) {
            return false; // the end of the window
        }
        char c = (char) next;
        return Character.isIdeographic(c) && NOT_COUNTERS.indexOf(c) < 0;
    }
}
