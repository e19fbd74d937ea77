package io.github.cnstats.internal.extract;

import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.extract.Element.QuantityPhrase;

import java.util.List;
import java.util.Map;

/**
 * A currency named before the number: {@code 新台币1亿2千万元} is 120000000 新台币, not 元. Taiwan and Hong Kong
 * press put the currency first and 元 after; mainland text writes {@code 人民币1000亿元}, which stays 元.
 */
final class Currencies {

    /** Currency words as they appear before a number (Simplified), and the unit they give. */
    private static final Map<String, String> BEFORE_NUMBER = Map.of(
            "新台币", "新台币", "台币", "新台币", "港币", "港元", "港元", "港元", "美元", "美元", "美金", "美元",
            "澳门币", "澳门元", "澳门元", "澳门元", "日元", "日元", "欧元", "欧元");

    /** Longest first, so that 新台币 is tried before 台币. */
    private static final List<String> WORDS = BEFORE_NUMBER.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList();

    private Currencies() {
    }

    /**
     * @param q    a quantity
     * @param text the normalised document
     * @return the quantity with the currency named before it as its unit, or {@code q} unchanged
     */
    static QuantityPhrase apply(QuantityPhrase q, String text) {
        if (q.unit() == null || !q.unit().text().equals("元")) {
            return q;
        }
        int at = q.start();
        for (String word : WORDS) {
            if (at >= word.length() && text.startsWith(word, at - word.length())) {
                Unit unit = new Unit(BEFORE_NUMBER.get(word), UnitKind.MONEY);
                return new QuantityPhrase(q.start(), q.end(), q.value(), q.high(), unit, -1, -1, q.approx(), false,
                        q.scaled(), q.loneOne());
            }
        }
        return q;
    }
}
