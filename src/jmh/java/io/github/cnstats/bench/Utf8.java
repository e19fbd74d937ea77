package io.github.cnstats.bench;

/** UTF-8 sizes of strings, counted without encoding them, since MB/s is measured in UTF-8 input. */
final class Utf8 {

    private Utf8() {
    }

    static long length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The longest prefix of {@code text} that fits in {@code maxBytes}, never splitting a surrogate pair. */
    static String prefix(String text, long maxBytes) {
        if (length(text) <= maxBytes) {
            return text;
        }
        int end = 0;
        long bytes = 0;
        while (end < text.length()) {
            int step = Character.isHighSurrogate(text.charAt(end)) ? 2 : 1;
            long size = length(text.substring(end, Math.min(text.length(), end + step)));
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += step;
        }
        return text.substring(0, end);
    }
}
