package io.github.cnstats.internal.format;

import com.ibm.icu.text.Transliterator;

/**
 * Simplified → Traditional characters with ICU4J's {@code Hans-Hant} transliterator, the inverse of the
 * {@code Hant-Hans} folding that the parser applies, so that what is written this way reads back the same.
 */
public final class TraditionalScript {

    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");

    private TraditionalScript() {
    }

    /**
     * @param simplified text in Simplified characters
     * @return the text in Traditional characters
     */
    public static String of(String simplified) {
        // ICU does not promise that one Transliterator may be used by several threads at once.
        synchronized (TO_TRADITIONAL) {
            return TO_TRADITIONAL.transliterate(simplified);
        }
    }
}
