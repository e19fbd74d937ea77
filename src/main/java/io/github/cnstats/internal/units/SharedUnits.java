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
 * <p>The units are kept in a small table of sets of two slots, the set chosen by the hash of their text; a new
 * unit takes the first slot of its set and moves the one there to the second, so the table never grows and two
 * units that meet in a set both stay. With one slot a set (and the hash's low bits as its index), units of one
 * text that shared a slot (批 and 项, 公顷 and 月底) turned each other out all through it: a string, a lexicon
 * walk and a {@code Unit} at many of the units the lexer met. Thread-safe without locks: a slot holds a reference to an
 * immutable object whose fields are final, so a thread that sees the reference sees the whole unit, and two
 * threads that race for a slot each use a correct unit (the one that loses only costs a later miss).
 */
public final class SharedUnits {

    /** Sets of two slots: a power of two, several times the units of ordinary text. */
    private static final int SET_BITS = 8;
    private static final int WAYS = 2;

    private final UnitLexicon lexicon;
    private final Unit[] slots = new Unit[WAYS << SET_BITS];

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
        // Fibonacci hashing: the top bits of the product mix every character in, where the low bits of the hash
        // of a one-character unit are the low bits of its code, so that 批 and 项 shared a slot.
        int set = (hash * 0x9E3779B9) >>> (Integer.SIZE - SET_BITS);
        int first = set * WAYS;
        int length = end - start;
        for (int slot = first; slot < first + WAYS; slot++) {
            Unit cached = slots[slot];
            if (cached != null && cached.text().length() == length
                    && cached.text().regionMatches(0, text, start, length)) {
                return cached;
            }
        }
        Unit unit = lexicon.unitOf(text.substring(start, end));
        slots[first + 1] = slots[first]; // the newest first: two units that meet in a set both stay
        slots[first] = unit;
        return unit;
    }
}
