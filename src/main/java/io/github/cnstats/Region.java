package io.github.cnstats;

import java.util.Objects;

/**
 * The place a measurement holds for, as written: {@code 全国}, {@code 全省}, {@code 山东}, {@code 山东省},
 * {@code 成渝地区}. The text is kept as it stands in the original, so a relative place such as {@code 全省} or
 * {@code 本市} names whatever the document is about; cnstats does not resolve it.
 *
 * <p>Like the time a measurement holds for, a {@link Period}, its place is a record of its own rather than a
 * bare string, taken from the original text in the same way. Two regions are equal when their texts are, and
 * {@code toString()} is the text, as for a period.
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
