package io.github.cnstats.internal.units;

import io.github.cnstats.Unit;

/**
 * The {@link Unit} of a unit written in a sentence, read from the sentence's characters and shared by every
 * unit written alike.
 *
 * <p>Text uses few units (the 1 MB benchmark corpus has about 40), and each unit the lexer meets or a phrase
 * carries would otherwise cost a {@code String} cut from the sentence, a trie walk in the lexicon for its kind, an
 * {@code Optional} and the {@code Unit} itself. A {@code Unit} is an immutable record compared by its text and
 * kind, and its kind depends only on its text and the lexicon, so one instance per text is indistinguishable
 * from a new one each time (nothing compares units by identity).
 *
 * <p>The units are kept in a small table indexed by the hash of their text; a unit whose slot holds another
 * one replaces it, so the table never grows. Thread-safe without locks: a slot holds a reference to an
 * immutable object whose fields are final, so a thread that sees the reference sees the whole unit, and two
 * threads that race for a slot each use a correct unit (the one that loses only costs a later miss).
 */
public final class SharedUnits {

    /** A power of two, several times the units of ordinary text, so that collisions are rare. */
    private static final int SLOTS = 256;

    private final UnitLexicon lexicon;
    private final Unit[] slots = new Unit[SLOTS];

    public SharedUnits(UnitLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param text  the text holding the unit
     * @param start where the unit starts
     * @param end   the index after its last character, {@code end > start}
     * @return the unit {@code text[start, end)} with its kind in the lexicon, or {@link io.github.cnstats.UnitKind#OTHER}
     *         if the lexicon does not know it: what {@link UnitLexicon#unitOf} gives for that text
     */
    public Unit of(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        Unit cached = slots[slot];
        int length = end - start;
        if (cached != null && cached.text().length() == length
                && cached.text().regionMatches(0, text, start, length)) {
            return cached;
        }
        Unit unit = lexicon.unitOf(text.substring(start, end));
        slots[slot] = unit;
        return unit;
    }
}
