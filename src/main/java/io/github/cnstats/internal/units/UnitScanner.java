package io.github.cnstats.internal.units;

import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.words.CharClasses;

import java.util.EnumSet;
import java.util.Set;

/**
 * Finds the longest unit, simple or composite, that starts at a position of a text. Composites are
 * recognised by their structure, so that no combination has to be listed:
 *
 * <pre>
 * unit        := term ( SLASH magnitude? simple )?        吨/日  元/人  吨标准煤/万元   → RATE
 * term        := simple alternatives suffix?               台(套)  辆(艘、架、列)次     → kind of the base
 *              | simple '级'                               万吨级  百万千瓦级           → OTHER
 *              | simple
 * alternatives:= OPEN simple ( SEPARATOR simple )* CLOSE   OPEN ( （   CLOSE ) ）   SEPARATOR 、 , ， / ／
 * suffix      := text that makes a listed unit with the base (辆 + 次 = 辆次)
 * </pre>
 *
 * <p>A result is packed into a {@code long} (length and kind) so that scanning allocates nothing.
 */
final class UnitScanner {

    /** A packed result meaning "no unit here". */
    static final long NO_MATCH = 0L;

    private static final UnitKind[] KINDS = UnitKind.values();
    /** Magnitude characters, allowed in front of a rate's denominator only (吨标准煤/万元, 升/百公里). */
    private static final String MAGNITUDES = CharClasses.MAGNITUDES;
    private static final int MAX_MAGNITUDE_CHARS = 3;
    /**
     * Kinds that make a class designation with 级 (万吨级油轮, 百万千瓦级机组, 千亿元级产业集群). Counters are
     * left out because 个级别, 年级 and 人级 are not classes of anything.
     */
    private static final Set<UnitKind> CLASS_KINDS = EnumSet.of(UnitKind.POWER, UnitKind.ENERGY,
            UnitKind.MASS, UnitKind.LENGTH, UnitKind.AREA, UnitKind.VOLUME, UnitKind.MONEY, UnitKind.CONTAINERS);
    /**
     * Kinds of counters. Between two counters of the same kind a slash reads "or" (设备300台/套, 学校20家/所),
     * since a count per count of the same kind of thing is not a statistic anyone states.
     */
    private static final Set<UnitKind> COUNTER_KINDS = EnumSet.of(UnitKind.CASES, UnitKind.PERSONS,
            UnitKind.HOUSEHOLDS, UnitKind.ORGANISATIONS, UnitKind.ITEMS, UnitKind.EVENTS);

    private final UnitTrie trie;

    UnitScanner(UnitTrie trie) {
        this.trie = trie;
    }

    /** The length of a packed result, 0 for {@link #NO_MATCH}. */
    static int length(long match) {
        return (int) (match >>> 8);
    }

    /** The kind of a packed result; meaningless for {@link #NO_MATCH}. */
    static UnitKind kind(long match) {
        return KINDS[(int) (match & 0xFF)];
    }

    private static long pack(int length, UnitKind kind) {
        return length == 0 ? NO_MATCH : ((long) length << 8) | kind.ordinal();
    }

    /** Whether some unit, simple or composite, starts with {@code c}: every one starts with a listed unit. */
    boolean mayStartWith(char c) {
        return trie.startsAnEntry(c);
    }

    /** The longest unit, simple or composite, that starts at {@code from}. */
    long longest(CharSequence text, int from) {
        int length = text.length();
        long best = NO_MATCH;
        boolean longestSimpleIsBlocked = false;
        int node = UnitTrie.ROOT;
        for (int i = from; i < length; i++) {
            node = trie.child(node, text.charAt(i));
            if (node == UnitTrie.NO_NODE) {
                break;
            }
            int end = i + 1;
            if (trie.isBlocked(node)) {
                longestSimpleIsBlocked = true;
                continue;
            }
            UnitKind kind = trie.kind(node);
            if (kind != null && endsAtBoundary(text, end)) {
                longestSimpleIsBlocked = false;
                long candidate = extend(text, from, node, end, kind);
                if (length(candidate) >= length(best)) {
                    best = candidate;
                }
            }
        }
        return longestSimpleIsBlocked ? NO_MATCH : best;
    }

    /** The longest listed unit that starts at {@code from}, without any composite structure. */
    long longestSimple(CharSequence text, int from) {
        int length = text.length();
        long best = NO_MATCH;
        int node = UnitTrie.ROOT;
        for (int i = from; i < length; i++) {
            node = trie.child(node, text.charAt(i));
            if (node == UnitTrie.NO_NODE) {
                break;
            }
            int end = i + 1;
            if (trie.isBlocked(node)) {
                best = NO_MATCH;
                continue;
            }
            UnitKind kind = trie.kind(node);
            if (kind != null && endsAtBoundary(text, end)) {
                best = pack(end - from, kind);
            }
        }
        return best;
    }

    /** Extends the simple unit {@code text[from, baseEnd)}, which ends at trie node {@code baseNode}. */
    private long extend(CharSequence text, int from, int baseNode, int baseEnd, UnitKind baseKind) {
        int end = baseEnd;
        UnitKind kind = baseKind;
        int afterAlternatives = alternativesEnd(text, baseEnd);
        if (afterAlternatives > 0) {
            end = afterAlternatives;
            long suffix = suffix(text, baseNode, afterAlternatives);
            if (suffix != NO_MATCH) {
                end += length(suffix);
                kind = kind(suffix);
            }
        } else if (end < text.length() && text.charAt(end) == '级' && CLASS_KINDS.contains(kind)) {
            return pack(end + 1 - from, UnitKind.OTHER);
        }
        if (end < text.length() && isSlash(text.charAt(end))) {
            return rate(text, from, end, kind);
        }
        return pack(end - from, kind);
    }

    /**
     * Where a parenthesised list of alternative units that starts at {@code at} ends (after its closing
     * parenthesis), or -1 if there is none.
     */
    private int alternativesEnd(CharSequence text, int at) {
        int length = text.length();
        if (at >= length || !isOpen(text.charAt(at))) {
            return -1;
        }
        int position = at + 1;
        while (true) {
            int alternative = length(longestSimple(text, position));
            if (alternative == 0) {
                return -1;
            }
            position += alternative;
            if (position >= length) {
                return -1;
            }
            char c = text.charAt(position);
            if (isClose(c)) {
                return position + 1;
            }
            if (!isSeparator(c)) {
                return -1;
            }
            position++;
        }
    }

    /**
     * The longest text at {@code at} that, appended to the base unit ending at {@code baseNode}, makes a listed
     * unit: 次 after 辆(艘、架、列), since 辆次 is listed. Packed as its length and the kind of the whole unit.
     */
    private long suffix(CharSequence text, int baseNode, int at) {
        long best = NO_MATCH;
        int node = baseNode;
        for (int i = at; i < text.length(); i++) {
            node = trie.child(node, text.charAt(i));
            if (node == UnitTrie.NO_NODE) {
                break;
            }
            UnitKind kind = trie.kind(node);
            if (kind != null && endsAtBoundary(text, i + 1)) {
                best = pack(i + 1 - at, kind);
            }
        }
        return best;
    }

    /**
     * A rate whose numerator is {@code text[from, slash)} of kind {@code numeratorKind}, or the numerator alone
     * if no unit follows the slash.
     */
    private long rate(CharSequence text, int from, int slash, UnitKind numeratorKind) {
        int start = slash + 1;
        int bestEnd = -1;
        int bestMagnitudes = 0;
        UnitKind denominatorKind = null;
        for (int magnitudes = 0; magnitudes <= MAX_MAGNITUDE_CHARS; magnitudes++) {
            if (magnitudes > 0 && (start + magnitudes > text.length()
                    || MAGNITUDES.indexOf(text.charAt(start + magnitudes - 1)) < 0)) {
                break;
            }
            long denominator = longestSimple(text, start + magnitudes);
            int end = start + magnitudes + length(denominator);
            if (denominator != NO_MATCH && end > bestEnd) {
                bestEnd = end;
                bestMagnitudes = magnitudes;
                denominatorKind = kind(denominator);
            }
        }
        if (denominatorKind == null) {
            return pack(slash - from, numeratorKind);
        }
        boolean alternative = bestMagnitudes == 0 && denominatorKind == numeratorKind
                && COUNTER_KINDS.contains(numeratorKind);
        return pack(bestEnd - from, alternative ? numeratorKind : UnitKind.RATE);
    }

    /**
     * Whether a unit may end at {@code end}: a unit that ends in a Latin letter must not be followed by
     * another one, so that {@code km} is not found in {@code kms}.
     */
    private static boolean endsAtBoundary(CharSequence text, int end) {
        return end >= text.length() || !isLatinLetter(text.charAt(end - 1)) || !isLatinLetter(text.charAt(end));
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '／';
    }

    private static boolean isOpen(char c) {
        return c == '(' || c == '（';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '）';
    }

    private static boolean isSeparator(char c) {
        return c == '、' || c == ',' || c == '，' || isSlash(c);
    }
}
