package io.github.cnstats.internal.normalize;

import java.util.Objects;

/**
 * Turns the many ways official text is written into one form that the lexer reads, and keeps the map back to
 * the original (see {@link NormalizedText} for the offset contract). One pass over the characters; every
 * decision looks at most a few characters ahead or behind, so the cost is linear in the length of the text.
 *
 * <h2>Rules, in the order they apply to a character</h2>
 *
 * <ol>
 * <li><b>Compatibility folding</b> (NFKC where it gives exactly one character): full-width digits, letters and
 * punctuation become ASCII ({@code ３９．１％} → {@code 39.1%}, {@code （}{@code ）} → {@code ()},
 * {@code ，：；～} → {@code ,:;~}, {@code ﹒} → {@code .}), compatibility ideographs and Kangxi radicals become
 * ordinary ideographs. Characters NFKC would grow stay as they are ({@code ℃}, {@code …}, {@code ㈠},
 * {@code ½}), and so do decorated numbers ({@code ²}, {@code ①}, {@code Ⅳ}) so that exponents and list markers
 * never read as quantities. {@code 、。“”‘’《》—‰} are untouched by NFKC.</li>
 * <li><b>Dashes and look-alikes</b>: minus signs and hyphens (U+2212, U+FF0D, U+2010–U+2012) become
 * {@code -}; the en dash and the horizontal bar become {@code —}, the dash of ranges ({@code 5%–5.5%} →
 * {@code 5%—5.5%}); RATIO {@code ∶} becomes {@code :}; WAVE DASH {@code 〜} becomes {@code ~}.</li>
 * <li><b>Traditional to Simplified</b>, character by character, as ICU's {@code Hant-Hans} does it:
 * {@code 詐騙案件1.8萬餘起} → {@code 诈骗案件1.8万余起}, {@code 兩億} → {@code 两亿}, {@code 臺} → {@code 台}.
 * Only the parser sees Simplified text; spans still point into the Traditional original.</li>
 * <li><b>Pinyin glosses</b> that mirror sites put after characters are removed when they follow a Han
 * character with nothing kept in between (removed whitespace does not count):
 * {@code 電(diàn)商銷(xiāo)售} → {@code 电商销售}, also with full-width parentheses. What counts as a
 * gloss is defined on {@link PinyinGloss}: one syllable with a tone mark, or a toneless particle; so
 * {@code 组网(GOIP)} and {@code 股份(601155.SH)} keep their parentheses.</li>
 * <li><b>Zero-width characters</b> (U+200B, U+2060, U+FEFF, soft hyphen) are removed:
 * {@code 3}&lt;U+200B&gt;{@code 291} → {@code 3291}.</li>
 * <li><b>Whitespace</b>: a run of spaces (any width, including U+3000 and NBSP), tabs and line breaks is looked
 * at as a whole, between the normalised character before it and the one after it (⏎ below stands for a line
 * break in the original).
 *   <ul>
 *   <li>A paragraph break stays, as one {@code \n}: two or more line breaks, or one after a sentence end
 *   ({@code 。 ! ? …}, possibly followed by a closing quote or bracket, or a {@code .} not after a digit):
 *   {@code 同比下降22%。⏎⏎  与此同时} → {@code 同比下降22%。\n与此同时}.</li>
 *   <li>Spaces on one line between two Han characters stay as one space: they separate the parts of a
 *   headline ({@code 整治交通违法行为 今年查处酒驾案件}).</li>
 *   <li>A line break ends the line's sentence, as one {@code \n}: web pages put a headline, a byline or a
 *   paragraph on a line of its own ({@code 电诈案件⏎2024-05-14} stays two lines), unless it breaks a number
 *   ({@code 39.⏎1万起}, {@code 39.1⏎万起}, {@code 3,⏎291}) or follows a word that waits for its object
 *   ({@code 截至⏎⏎8月底} → {@code 截至8月底}; also after 为 达 共 约 超 近 逾 、 , :). Text extracted from PDF,
 *   whose lines wrap mid-sentence, therefore reads as shorter sentences.</li>
 *   <li>Otherwise, on one line, the run is removed where Chinese text would have no space: between Han
 *   characters and digits, CJK punctuation and number marks ({@code . % ‰ ℃}) in any mix, e.g.
 *   {@code 预警 2.3 亿次} → {@code 预警2.3亿次}, {@code 上升 19.5% 和 42.8%} → {@code 上升19.5%和42.8%},
 *   {@code 截至11月底， 全国} → {@code 截至11月底,全国}.</li>
 *   <li>Two numbers stay apart: between two digits the run stays ({@code 2022 4} keeps its space), as it does
 *   between a number mark and a digit ({@code 5% 3}), around a {@code .} next to a digit
 *   ({@code 1. 2023年}), and between a digit and ASCII punctuation ({@code 1, 2}) — unless the run holds a
 *   line break that splits one number: {@code 39.⏎1万} → {@code 39.1万}, {@code 3,⏎291} → {@code 3,291}.</li>
 *   <li>Next to anything else (Latin letters, other scripts, symbols) the run stays:
 *   {@code 反诈中心 App 向群众} keeps both spaces.</li>
 *   <li>A run that stays becomes one {@code \n} if it holds a line break, else one space, so a line break that
 *   is kept still ends a sentence: {@code 2022-04-14⏎12:37} keeps its line break. Runs at the very start
 *   or end of the text stay the same way.</li>
 *   </ul>
 * </li>
 * </ol>
 *
 * <p>Instances may be shared between threads: each call keeps its state to itself, apart from the working array
 * that each thread reuses ({@link WorkBuffer}). The lookup tables behind the folding are built once per JVM, on
 * first use (see {@link CharFolding}).
 */
public final class TextNormalizer {

    private final WorkBuffer buffers = new WorkBuffer();

    /** Creates a normaliser; cheap, since the tables are shared. */
    public TextNormalizer() {
    }

    /**
     * @param original the text as given by the user
     * @return the normalised text with its map back to {@code original}
     */
    public NormalizedText normalize(CharSequence original) {
        Objects.requireNonNull(original, "original");
        String in = original.toString();
        char[] chars = buffers.atLeast(in.length());
        in.getChars(0, in.length(), chars, 0);
        return new Pass(in, chars).run();
    }

    /**
     * Whether the line break at {@code at} in a text not yet normalised stays one, and so ends a sentence, once the
     * text is normalised: the run of white space that holds it is decided as {@link #normalize} decides it, from
     * the two characters before the run and the one after, folded. {@code 为⏎30亿元} or {@code 增长,⏎全年} are read
     * as one line, and a text read in windows ({@code ParserLimits.maxInputLength}) must not be cut there.
     * Characters before the run are folded one by one, which is how the normaliser folds all but a pinyin gloss.
     *
     * @param original a text as given by the user
     * @param at       the index of a line break ({@code \n} or {@code \r}) in it
     * @return whether the normalised text has a line break there
     */
    public static boolean keepsLineBreak(CharSequence original, int at) {
        int from = at;
        while (from > 0 && CharFolding.kind(original.charAt(from - 1)) != CharFolding.CHAR) {
            from--;
        }
        int to = at;
        int n = original.length();
        while (to < n && CharFolding.kind(original.charAt(to)) != CharFolding.CHAR) {
            to++;
        }
        int lineBreaks = 0;
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            byte kind = CharFolding.kind(c);
            if (kind == CharFolding.LINE_BREAK) {
                lineBreaks++;
                if (c == '\r' && i + 1 < to && original.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (kind == CharFolding.PARAGRAPH_SEPARATOR) {
                lineBreaks += 2;
            }
        }
        char[] before = new char[2];
        int length = 0;
        if (from > 1) {
            before[length++] = CharFolding.fold(original.charAt(from - 2));
        }
        if (from > 0) {
            before[length++] = CharFolding.fold(original.charAt(from - 1));
        }
        int next = to < n ? CharFolding.fold(original.charAt(to)) : -1;
        return WhitespaceRule.decide(before, length, lineBreaks, next) == '\n';
    }

    /**
     * The state of one call: input, output, and where each output character came from.
     *
     * <p>The pass works in place, in one array that starts as a copy of the input: every output character
     * consumes at least one input character, so the output written so far ({@code chars[0, length)}) never
     * reaches the input character being read ({@code chars[i]}, with {@code length <= i}), and everything the
     * pass reads ahead (the rest of a white-space run, the character after it, a gloss) is still input. Reading
     * an array rather than the string is what makes the inner loop tight; the output becomes a string once, at
     * the end, and for a text of up to {@link WorkBuffer#MAX_KEPT} characters is the only copy a call allocates.
     */
    private static final class Pass {
        private final String in;
        /** {@code chars[0, length)}: the output so far; {@code chars[i, in.length())}: the input not yet read. */
        private final char[] chars;
        private final int n;
        private int length;
        private final OffsetMap.Builder origins;

        Pass(String in, char[] chars) {
            this.in = in;
            this.chars = chars;
            this.n = in.length();
            // News text breaks the one-to-one pattern about once in 36 characters (a line break, spaces
            // around a number), so the runs rarely outgrow this, and a text without white space wastes little.
            this.origins = new OffsetMap.Builder(n / 32);
        }

        NormalizedText run() {
            int i = 0;
            while (i < n) {
                i = plainStretch(i);
                if (i == n) {
                    break;
                }
                char c = chars[i];
                if (CharFolding.kind(c) != CharFolding.CHAR) {
                    i = whitespaceRun(i);
                    continue;
                }
                // plainStretch stops at a character other than white space only for one that folds to '('.
                if (followsHan()) {
                    int afterGloss = PinyinGloss.end(in, i);
                    if (afterGloss > 0) {
                        i = afterGloss;
                        continue;
                    }
                }
                chars[length] = '(';
                length++;
                origins.add(i, i + 1);
                i++;
            }
            return new NormalizedText(in, new String(chars, 0, length), origins.build());
        }

        /**
         * Folds the characters from {@code from} up to the next white space or the next character that folds to
         * {@code (} (which may open a gloss), one output character for each: most of a text is such a stretch,
         * and its origins are one run. One table lookup a character ({@link CharFolding#foldPlain}).
         *
         * @return the index of the character that ended the stretch, or the input length
         */
        private int plainStretch(int from) {
            int behind = from - length; // how far the output lags the input, constant over a stretch
            int i = from;
            while (i < n) {
                char folded = CharFolding.foldPlain(chars[i]);
                if (folded == CharFolding.NOT_PLAIN) {
                    break;
                }
                chars[i - behind] = folded;
                i++;
            }
            origins.addEach(from, i - from);
            length += i - from;
            return i;
        }

        /**
         * Whether the last character kept is Han. Removed whitespace in between does not matter: {@code 萬 (wàn)}
         * is as much a gloss as {@code 萬(wàn)}, and treating it so keeps the result the same as normalising
         * {@code 万(wàn)} again.
         */
        private boolean followsHan() {
            return length > 0 && CharClass.isHan(chars[length - 1]);
        }

        /**
         * Consumes the whitespace run starting at {@code from} and emits what {@link WhitespaceRule} decides.
         *
         * @return the index after the run
         */
        private int whitespaceRun(int from) {
            int lineBreaks = 0;
            boolean visible = false;
            int i = from;
            for (; i < n; i++) {
                char c = chars[i];
                byte kind = CharFolding.kind(c);
                if (kind == CharFolding.CHAR) {
                    break;
                }
                if (kind == CharFolding.SPACE) {
                    visible = true;
                } else if (kind == CharFolding.LINE_BREAK) {
                    visible = true;
                    lineBreaks++;
                    if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
                        i++;
                    }
                } else if (kind == CharFolding.PARAGRAPH_SEPARATOR) {
                    visible = true;
                    lineBreaks += 2;
                }
            }
            if (visible) {
                int next = i < n ? CharFolding.fold(chars[i]) : -1;
                char decision = WhitespaceRule.decide(chars, length, lineBreaks, next);
                if (decision != WhitespaceRule.REMOVE) {
                    chars[length] = decision;
                    length++;
                    origins.add(from, i);
                }
            }
            return i;
        }
    }
}
