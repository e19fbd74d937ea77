package io.github.cnstats.internal.extract;

import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;

/**
 * A figure given again in another unit, in brackets right after it: 8412.6万吨(1682.5亿斤), 500万美元(约3500万元).
 * The bracketed figure is the same statistic, not the next one: it takes the figure's subject, and a change after
 * it is still the figure's.
 */
final class Conversions {

    private Conversions() {
    }

    /**
     * @param texts  the words of the window
     * @param figure a figure
     * @param next   the quantity right after it
     * @return where the closing bracket after {@code next} ends, when {@code next} is {@code figure} in another unit
     *         of the same kind, in brackets of its own; else -1
     */
    static int closingAfter(SentenceTexts texts, QuantityPhrase figure, QuantityPhrase next) {
        if (figure.unit() == null || next.unit() == null || figure.high() != null || next.high() != null
                || figure.unit().kind() != next.unit().kind() || figure.unit().text().equals(next.unit().text())
                || figure.unit().kind() == UnitKind.PERCENT || figure.unit().kind() == UnitKind.PERCENTAGE_POINT
                || figure.unit().kind() == UnitKind.MULTIPLE || figure.unit().kind() == UnitKind.TIME) {
            return -1;
        }
        if (figure.end() >= next.start() || !texts.words(figure.end(), next.start()).strip().equals("(")) {
            return -1; // only an opening bracket, and space, between the two
        }
        String after = texts.words(next.end(), Integer.MAX_VALUE); // the rest of the window
        String closing = after.stripLeading();
        return closing.startsWith(")") ? next.end() + after.length() - closing.length() + 1 : -1;
    }
}
