package io.github.cnstats.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back, for tests, what {@link HtmlMarks#write} writes: the text as an HTML parser gives it to the DOM (the
 * few entities and numeric references it uses), and for each {@code data-key} the ranges of that text its pieces
 * cover. It reads only {@code <mark>} elements and fails on anything else, or on marks that do not nest; the
 * browser test checks the same page in Chromium's parser.
 *
 * @param text   the DOM text
 * @param pieces for each key, the ranges of its pieces in text order, as {start, end}
 * @param firsts for each key, the opening tag of its first piece
 */
record MarkedHtml(String text, Map<String, List<int[]>> pieces, Map<String, String> firsts) {

    private static final Pattern TOKEN = Pattern.compile("<mark\\b[^>]*>|</mark>|&(amp|lt|gt|quot);|&#(\\d+);|[<>&]");
    private static final Pattern KEY = Pattern.compile("data-key=\"([^\"]*)\"");

    static MarkedHtml read(String html) {
        StringBuilder text = new StringBuilder();
        Map<String, List<int[]>> pieces = new LinkedHashMap<>();
        Map<String, String> firsts = new LinkedHashMap<>();
        Deque<Object[]> open = new ArrayDeque<>(); // {key, start}
        Matcher m = TOKEN.matcher(html);
        int at = 0;
        while (m.find()) {
            text.append(html, at, m.start());
            at = m.end();
            String token = m.group();
            if (token.startsWith("<mark")) {
                Matcher key = KEY.matcher(token);
                if (!key.find()) {
                    throw new AssertionError("a mark without data-key: " + token);
                }
                firsts.putIfAbsent(key.group(1), token);
                open.push(new Object[] {key.group(1), text.length()});
            } else if (token.equals("</mark>")) {
                if (open.isEmpty()) {
                    throw new AssertionError("</mark> closes nothing at " + m.start());
                }
                Object[] piece = open.pop();
                pieces.computeIfAbsent((String) piece[0], k -> new ArrayList<>())
                        .add(new int[] {(Integer) piece[1], text.length()});
            } else if (m.group(1) != null) {
                text.append(switch (m.group(1)) {
                    case "amp" -> '&';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    default -> '"';
                });
            } else if (m.group(2) != null) {
                text.append((char) Integer.parseInt(m.group(2)));
            } else {
                throw new AssertionError("unescaped " + token + " at " + m.start() + " in " + html);
            }
        }
        text.append(html, at, html.length());
        if (!open.isEmpty()) {
            throw new AssertionError(open.size() + " marks left open");
        }
        return new MarkedHtml(text.toString(), pieces, firsts);
    }

    /** The text of the pieces of {@code key}, checking that they follow one another with nothing between. */
    String joined(String key) {
        List<int[]> ranges = pieces.get(key);
        if (ranges == null) {
            throw new AssertionError("no mark " + key);
        }
        StringBuilder s = new StringBuilder();
        int end = ranges.get(0)[0];
        for (int[] r : ranges) {
            if (r[0] != end) {
                throw new AssertionError("the pieces of " + key + " are not adjacent: " + r[0] + " after " + end);
            }
            s.append(text, r[0], r[1]);
            end = r[1];
        }
        return s.toString();
    }

    /** Where the first piece of {@code key} starts. */
    int start(String key) {
        return pieces.get(key).get(0)[0];
    }
}
