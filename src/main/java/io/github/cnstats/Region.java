package io.github.cnstats;

import java.util.Objects;

/**
 * The place a measurement holds for, as written: {@code 全国}, {@code 全省}, {@code 山东}, {@code 山东省},
 * {@code 成渝地区}. The text is kept as it stands in the original, so a relative place such as {@code 全省} or
 * {@code 本市} names whatever the document is about; cnstats does not resolve it.
 *
 * <p>Like a {@link Period}, a region is a record of its own rather than a string, so that it can be told from
 * the subject and the text at a glance, and compared with {@code equals}: two regions are equal when their
 * texts are.
 *
 * @param text the region as written in the original text
 */
public record Region(String text) {

    /**
     * Makes a region.
     *
     * @param text the region as written in the original text
     * @throws NullPointerException if {@code text} is null
     */
    public Region {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }
}
