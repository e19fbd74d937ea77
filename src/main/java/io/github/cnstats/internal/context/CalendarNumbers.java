package io.github.cnstats.internal.context;

/**
 * The small numbers of dates, in Arabic or Chinese numerals: a month or day ({@code 11}, {@code 十一}, {@code 廿五}),
 * a quarter ({@code 三}), a year written digit by digit ({@code 二〇二四}).
 */
final class CalendarNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";

    private CalendarNumbers() {
    }

    /**
     * @param text Arabic digits, or a Chinese numeral below 100 ({@code 十一}, {@code 二十三}, {@code 廿五}, {@code 两})
     * @return its value, or -1 when it is neither
     */
    static int small(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        if (isArabic(text)) {
            return text.length() > 4 ? -1 : Integer.parseInt(text);
        }
        int tens = 0;
        int units = -1;
        int i = 0;
        char first = text.charAt(0);
        if (first == '廿' || first == '卅') {
            tens = first == '廿' ? 2 : 3;
            i = 1;
        } else {
            int t = text.indexOf('十');
            if (t >= 0) {
                if (t == 0) {
                    tens = 1;
                } else if (t == 1) {
                    tens = digit(text.charAt(0));
                    if (tens <= 0) {
                        return -1;
                    }
                } else {
                    return -1;
                }
                i = t + 1;
            }
        }
        if (i < text.length()) {
            if (i != text.length() - 1) {
                return -1;
            }
            units = digit(text.charAt(i));
            if (units < 0) {
                return -1;
            }
        }
        if (tens == 0 && units < 0) {
            return -1;
        }
        return tens * 10 + Math.max(units, 0);
    }

    /**
     * @param text a year in Arabic digits ({@code 2024}) or Chinese digits one by one ({@code 二〇二四})
     * @return its number, or -1
     */
    static int yearDigits(String text) {
        if (isArabic(text)) {
            return text.length() > 4 ? -1 : Integer.parseInt(text);
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int d = digit(text.charAt(i));
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Whether every character is an ASCII digit (a loop, not a stream: read for each date found). */
    private static boolean isArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digit(char c) {
        if (c == '零' || c == '○' || c == 'O') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return DIGITS.indexOf(c);
    }
}
