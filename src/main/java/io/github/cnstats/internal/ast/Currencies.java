package io.github.cnstats.internal.ast;

import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import io.github.cnstats.internal.words.WordLists;

import java.util.Map;

/**
 * A currency named before the number: {@code 新台币1亿2千万元} is 120000000 新台币, not 元. Taiwan and Hong Kong
 * press put the currency first and 元 after; mainland text writes {@code 人民币1000亿元}, which stays 元.
 */
final class Currencies {

    /** Currency words as they appear before a number (Simplified), and the unit they give. */
    private static final Map<String, String> BEFORE_NUMBER = WordLists.table("currencies");

    private Currencies() {
    }

    /**
     * @param prefix the money unit written before the number
     * @param unit   the unit written after it, or null
     * @return the currency as the unit when the unit after the number is 元 or missing, else {@code unit}
     */
    static Unit unitFor(String prefix, Unit unit) {
        String currency = BEFORE_NUMBER.get(prefix);
        if (currency == null || (unit != null && !unit.text().equals("元"))) {
            return unit;
        }
        return new Unit(currency, UnitKind.MONEY);
    }
}
