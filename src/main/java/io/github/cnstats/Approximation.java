package io.github.cnstats;

/** How a stated number relates to the true value: the words 余, 近, 约, 不足, 至少 and the like. */
public enum Approximation {
    /** The number is given as it is. */
    EXACT(""),
    /** 余 多 逾 超 超过 以上 突破: the true value is above the number. */
    MORE_THAN("超"),
    /** 近 将近 接近: the true value is just below the number. */
    NEARLY("近"),
    /** 约 大约 左右 上下: the true value is around the number. */
    ABOUT("约"),
    /** 不足 不到 以下: the true value is below the number. */
    LESS_THAN("不足"),
    /** 至少 不少于 不低于: the true value is the number or more. */
    AT_LEAST("至少"),
    /** 至多 不超过 最多 以内: the true value is the number or less. */
    AT_MOST("至多");

    private final String word;

    Approximation(String word) {
        this.word = word;
    }

    /**
     * The one word that cnstats writes before a number with this approximation, in the formatter and in the
     * command line's table: 超, 近, 约, 不足, 至少, 至多, and nothing for {@link #EXACT}.
     *
     * @return the word, empty for {@link #EXACT}
     */
    public String word() {
        return word;
    }
}
