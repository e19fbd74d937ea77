package io.github.cnstats.internal.parse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Sentences for the properties that compare parse trees ({@link CompactTreePropertiesTest}): pieces of official text that reach every kind of element — numbers, units,
 * changes, lists, markers, words, space and a supplementary character.
 */
final class TreePieces {

    private static final String[] PIECES = {"破获", "案件", "嫌疑人", "1", "39.1", "3,291", "二", "十", "万", "亿",
        "两", "%", "个百分点", "倍", "成", "起", "人", "元", "亿元", "年", "个月", "吨/日", "GDP", "同比", "比上年",
        "上升", "下降", "增长", "增加值", "持平", "翻一番", "提高到", "高于", "分别", "均", "和", "、", ",", "。", "至",
        "约", "超", "余", "以上", "第", "年增", "2024-01-09", "“", "”", "(", ")", " ", "-", "+", "𠀀"};

    private TreePieces() {
    }

    /** @return sentences of up to {@code maxPieces} pieces */
    static Arbitrary<String> sentences(int maxPieces) {
        return Arbitraries.of(PIECES).list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
    }
}
