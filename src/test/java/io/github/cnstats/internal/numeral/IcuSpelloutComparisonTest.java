package io.github.cnstats.internal.numeral;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ICU's zh spell-out is the obvious library for {@link Numerals#toChinese}; these checks pin down where it
 * agrees, and why it is not used (see the javadoc of {@link ChineseNumeralWriter}), for the ICU version on the
 * classpath. If ICU ever writes official usage, the differences below fail and the writer can be replaced.
 */
class IcuSpelloutComparisonTest {

    private final RuleBasedNumberFormat icu = icuSpellout();

    private static RuleBasedNumberFormat icuSpellout() {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.forLanguageTag("zh"),
                RuleBasedNumberFormat.SPELLOUT);
        format.setDefaultRuleSet("%spellout-numbering");
        return format;
    }

    @Property
    void agreesWithIcuBelowOneHundredMillionExceptForTheZeroCharacter(
            @ForAll @LongRange(min = 0, max = 99_999_999) long n) {
        assertEquals(icu.format(n).replace('〇', '零'), Numerals.toChinese(BigDecimal.valueOf(n)));
    }

    @Example
    void icuWritesTheZeroAsCircle() {
        assertEquals("一千〇五", icu.format(1005));
        assertEquals("一千零五", Numerals.toChinese(BigDecimal.valueOf(1005)));
    }

    @Example
    void icuDropsTheZeroAcrossYi() {
        assertEquals("一亿一万", icu.format(100_010_000L));
        assertEquals("一亿零一万", Numerals.toChinese(BigDecimal.valueOf(100_010_000L)));
    }

    @Example
    void icuUsesZhaoWhereOfficialTextUsesWanYi() {
        assertEquals("一兆二千亿", icu.format(1_200_000_000_000L));
        assertEquals("一万二千亿", Numerals.toChinese(BigDecimal.valueOf(1_200_000_000_000L)));
    }
}
