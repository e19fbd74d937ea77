package io.github.cnstats.internal.ast;

import io.github.cnstats.Approximation;

import java.util.Map;

/** The approximation words of official text and what they mean. */
final class Approximations {

    private static final Map<String, Approximation> WORDS = Map.ofEntries(
            Map.entry("余", Approximation.MORE_THAN), Map.entry("有余", Approximation.MORE_THAN),
            Map.entry("多", Approximation.MORE_THAN), Map.entry("逾", Approximation.MORE_THAN),
            Map.entry("超", Approximation.MORE_THAN), Map.entry("超过", Approximation.MORE_THAN),
            Map.entry("以上", Approximation.MORE_THAN), Map.entry("突破", Approximation.MORE_THAN),
            Map.entry("超出", Approximation.MORE_THAN), Map.entry("跨越", Approximation.MORE_THAN),
            Map.entry("跨上", Approximation.MORE_THAN), Map.entry("迈上", Approximation.MORE_THAN),
            Map.entry("跨过", Approximation.MORE_THAN), Map.entry("迈过", Approximation.MORE_THAN),
            Map.entry("近", Approximation.NEARLY), Map.entry("将近", Approximation.NEARLY),
            Map.entry("接近", Approximation.NEARLY),
            Map.entry("约", Approximation.ABOUT), Map.entry("大约", Approximation.ABOUT),
            Map.entry("左右", Approximation.ABOUT), Map.entry("上下", Approximation.ABOUT),
            Map.entry("许", Approximation.ABOUT),
            Map.entry("不足", Approximation.LESS_THAN), Map.entry("不到", Approximation.LESS_THAN),
            Map.entry("以下", Approximation.LESS_THAN),
            Map.entry("至少", Approximation.AT_LEAST), Map.entry("不少于", Approximation.AT_LEAST),
            Map.entry("不低于", Approximation.AT_LEAST),
            Map.entry("至多", Approximation.AT_MOST), Map.entry("不超过", Approximation.AT_MOST),
            Map.entry("最多", Approximation.AT_MOST), Map.entry("以内", Approximation.AT_MOST),
            Map.entry("之内", Approximation.AT_MOST));

    private Approximations() {
    }

    /**
     * @param word an approximation word as the lexer found it
     * @return its meaning; {@link Approximation#EXACT} for a word that is not one
     */
    static Approximation of(String word) {
        return WORDS.getOrDefault(word, Approximation.EXACT);
    }
}
