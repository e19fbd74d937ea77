package io.github.cnstats.cli;

/** A strict reader of one JSON string literal, for tests: the other side of the strings {@link JsonLinesWriter} writes. */
public final class JsonStrings {

    private JsonStrings() {
    }

    /**
     * @param literal a whole JSON string literal, quotes included
     * @return its value
     * @throws IllegalArgumentException if it is not valid JSON
     */
    public static String read(String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '"' || literal.charAt(literal.length() - 1) != '"') {
            throw new IllegalArgumentException("not a string literal: " + literal);
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c < 0x20 || c == '"') {
                throw new IllegalArgumentException("unescaped character " + (int) c + " at " + i);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case '"', '\\', '/' -> value.append(e);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("bad escape \\" + e);
            }
        }
        return value.toString();
    }
}
