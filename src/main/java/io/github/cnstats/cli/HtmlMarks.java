package io.github.cnstats.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes a text as HTML with marks over ranges of it that may nest, share a range or cross each other: a
 * measurement's span holds its parts, a period shared by several measurements stands before all of them, and a
 * change phrase that states two changes at once (同比分别上升12.4%和31.7%) crosses the spans of both.
 *
 * <p>HTML elements nest, so a mark that crosses another is written in pieces: where a range ends while ranges that
 * began inside it are still open, those are closed and opened again after it. The first piece of a mark has its
 * full opening tag ({@link Mark#first()}, with its {@code id}); the others have {@link Mark#next()}; every piece
 * carries the mark's {@code data-key}, so a reader of the DOM can join them. The pieces of a mark are adjacent and
 * in text order, so their text joined is the text of the range. Marks are opened outermost first (a longer range
 * before a shorter one that starts with it), which keeps the pieces few.
 *
 * <p>The text is escaped so that its DOM text is exactly the input, UTF-16 unit for UTF-16 unit: offsets into the
 * input are offsets into the element's {@code textContent}. See {@link #escape(CharSequence, int, int, StringBuilder)}.
 */
final class HtmlMarks {

    /**
     * A range to mark.
     *
     * @param start the first character, in the text given to {@link #write}
     * @param end   after the last character; a mark with {@code end <= start} is not written
     * @param rank  among marks of the same range, lower ranks are opened first (outside)
     * @param first the opening tag of its first piece
     * @param next  the opening tag of any further piece
     */
    record Mark(int start, int end, int rank, String first, String next) {
    }

    private HtmlMarks() {
    }

    /** Longer ranges first among those that start at the same place, then by rank, then as given. */
    private static final Comparator<Mark> OUTERMOST_FIRST = Comparator.comparingInt(Mark::start)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed())
            .thenComparingInt(Mark::rank);

    /**
     * @param text  the text
     * @param marks the ranges to mark, in any order, within the text
     * @param out   where the HTML goes
     */
    static void write(String text, List<Mark> marks, StringBuilder out) {
        List<Mark> sorted = new ArrayList<>(marks.size());
        TreeSet<Integer> bounds = new TreeSet<>();
        for (Mark m : marks) {
            if (m.start() >= 0 && m.end() > m.start() && m.end() <= text.length()) {
                sorted.add(m);
                bounds.add(m.start());
                bounds.add(m.end());
            }
        }
        sorted.sort(OUTERMOST_FIRST); // stable: marks of equal range and rank stay in the order given
        List<Mark> open = new ArrayList<>();
        int next = 0;
        int at = 0;
        for (int bound : bounds) {
            escape(text, at, bound, out);
            at = bound;
            // Close every mark that ends here, with whatever was opened inside it and goes on.
            int lowest = -1;
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).end() == bound) {
                    lowest = i;
                    break;
                }
            }
            List<Mark> reopen = new ArrayList<>();
            if (lowest >= 0) {
                for (int i = open.size() - 1; i >= lowest; i--) {
                    out.append("</mark>");
                    Mark closed = open.remove(i);
                    if (closed.end() > bound) {
                        reopen.add(closed);
                    }
                }
            }
            List<Mark> opening = new ArrayList<>(reopen);
            while (next < sorted.size() && sorted.get(next).start() == bound) {
                opening.add(sorted.get(next++));
            }
            // Outermost first: the mark that ends last goes outside.
            opening.sort(Comparator.comparingInt(Mark::end).reversed().thenComparingInt(Mark::rank));
            for (Mark m : opening) {
                out.append(m.start() == bound ? m.first() : m.next());
                open.add(m);
            }
        }
        escape(text, at, text.length(), out);
    }

    /**
     * Escapes text for an element's content so that the DOM holds exactly these UTF-16 units, each one as one:
     * {@code & < >} as entities; a carriage return as {@code &#13;}, since an HTML parser would turn CR LF into LF;
     * NUL, which a parser drops, and a lone surrogate, which cannot be encoded, as U+FFFD; the other C0 controls
     * and DEL as numeric references. C1 controls are written as they are: a reference to one (&amp;#150;) would
     * be read as a Windows-1252 character.
     */
    static void escape(CharSequence text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\t' -> out.append(c);
                case '\r' -> out.append("&#13;");
                case 0 -> out.append('\uFFFD');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else if (c < 0x20 || c == 0x7F) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** @return {@code text} escaped for an attribute value in double quotes or an element's content */
    static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }
}
