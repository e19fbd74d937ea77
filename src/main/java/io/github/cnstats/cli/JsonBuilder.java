package io.github.cnstats.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds one line of JSON: objects with named members whose values are strings, whole numbers, {@code null} or
 * nested objects, written in the order they are given. Enough for JSON Lines; nothing more.
 *
 * <p>Strings are escaped as RFC 8259 requires: quotation mark and backslash with a backslash, every control
 * character below U+0020 as {@code \}{@code uXXXX}. Other characters, including all Chinese text, are kept as
 * they are, to be written as UTF-8. An unpaired surrogate, which UTF-8 cannot encode, is written as an escape.
 */
final class JsonBuilder {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(256);
    /** For each open object, whether a member has been written in it yet. */
    private final Deque<Boolean> hasMembers = new ArrayDeque<>();

    /** @return this builder, inside a new object (as a value, if a name has just been given) */
    JsonBuilder beginObject() {
        out.append('{');
        hasMembers.push(Boolean.FALSE);
        return this;
    }

    /** @return this builder, after the current object */
    JsonBuilder endObject() {
        if (hasMembers.isEmpty()) {
            throw new IllegalStateException("no object is open");
        }
        hasMembers.pop();
        out.append('}');
        return this;
    }

    /**
     * Starts a member; its value follows with {@link #beginObject()}.
     *
     * @param name the member's name
     * @return this builder
     */
    JsonBuilder name(String name) {
        if (hasMembers.isEmpty()) {
            throw new IllegalStateException("no object is open");
        }
        if (hasMembers.pop()) {
            out.append(',');
        }
        hasMembers.push(Boolean.TRUE);
        appendString(out, name);
        out.append(':');
        return this;
    }

    /**
     * @param name  the member's name
     * @param value a string, or {@code null}
     * @return this builder
     */
    JsonBuilder member(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            appendString(out, value);
        }
        return this;
    }

    /**
     * @param name  the member's name
     * @param value a whole number
     * @return this builder
     */
    JsonBuilder member(String name, long value) {
        name(name);
        out.append(value);
        return this;
    }

    /**
     * @param name the member's name
     * @return this builder, after a {@code null} member
     */
    JsonBuilder nullMember(String name) {
        name(name);
        out.append("null");
        return this;
    }

    /** @return the JSON text built so far */
    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Appends a JSON string literal.
     *
     * @param out   where to append
     * @param value the string's characters
     */
    static void appendString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || isUnpairedSurrogate(value, i)) {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static boolean isUnpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
