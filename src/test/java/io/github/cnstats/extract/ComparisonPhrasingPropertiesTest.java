package io.github.cnstats.extract;

import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.Measurement;
import io.github.cnstats.Unit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.List;

import static io.github.cnstats.extract.Parsed.all;
import static io.github.cnstats.extract.Parsed.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The words that stand between a subject, its comparison and its verb (#18), over every combination: an adverb
 * before the comparison, a measured adverb and 了 after it, an earlier level between the comparison and the verb,
 * in Simplified and Traditional script. None of them changes what the change is, or what it is of.
 */
class ComparisonPhrasingPropertiesTest {

    private static final List<String> SUBJECTS = List.of("客运量", "破案率", "社会物流总额", "爆竊案", "財產損失金額");
    private static final List<String> LINK_ADVERBS = List.of("", "亦", "也", "更", "虽", "雖", "则", "仍", "但", "仅", "僅");
    private static final List<String> MEASURED = List.of("", "微", "大幅", "小幅", "持续", "輕微");

    record Basis(String words, ChangeBasis basis) {
    }

    record Verb(String words, Direction direction) {
    }

    @Provide
    Arbitrary<Basis> bases() {
        return Arbitraries.of(new Basis("同比", ChangeBasis.YEAR_ON_YEAR), new Basis("较去年同期", ChangeBasis.YEAR_ON_YEAR),
                new Basis("較去年同期", ChangeBasis.YEAR_ON_YEAR), new Basis("比上年同期", ChangeBasis.YEAR_ON_YEAR),
                new Basis("按年", ChangeBasis.YEAR_ON_YEAR), new Basis("环比", ChangeBasis.PERIOD_ON_PERIOD),
                new Basis("較上月", ChangeBasis.PERIOD_ON_PERIOD), new Basis("比上季度", ChangeBasis.PERIOD_ON_PERIOD));
    }

    @Provide
    Arbitrary<Verb> verbs() {
        return Arbitraries.of(new Verb("上升", Direction.UP), new Verb("增長", Direction.UP), new Verb("升", Direction.UP),
                new Verb("下跌", Direction.DOWN), new Verb("減少", Direction.DOWN), new Verb("回落", Direction.DOWN));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.integers().between(1, 999).map(tenths -> BigDecimal.valueOf(tenths, 1));
    }

    @Provide
    Arbitrary<String> subjects() {
        return Arbitraries.of(SUBJECTS);
    }

    @Provide
    Arbitrary<String> linkAdverbs() {
        return Arbitraries.of(LINK_ADVERBS);
    }

    @Provide
    Arbitrary<String> measuredAdverbs() {
        return Arbitraries.of(MEASURED);
    }

    @Property
    void wordsBetweenKeepTheChangeAndItsSubject(@ForAll("subjects") String subject, @ForAll("linkAdverbs") String link,
                                                @ForAll("bases") Basis basis, @ForAll("measuredAdverbs") String measured,
                                                @ForAll("verbs") Verb verb, @ForAll boolean perfective,
                                                @ForAll("amounts") BigDecimal amount) {
        String text = subject + link + basis.words() + measured + verb.words() + (perfective ? "了" : "")
                + amount.toPlainString() + "%";
        Measurement m = only(text);
        assertEquals(subject, m.subject(), text);
        assertEquals(Change.of(basis.basis(), verb.direction(), amount, Unit.PERCENT), m.change(), text);
    }

    @Property
    void anEarlierLevelIsAQuantityOfItsOwn(@ForAll("subjects") String subject, @ForAll("bases") Basis basis,
                                           @ForAll("verbs") Verb verb, @ForAll("amounts") BigDecimal amount) {
        String text = subject + basis.words() + "的3200亿元" + verb.words() + amount.toPlainString() + "%";
        List<Measurement> found = all(text);
        assertEquals(2, found.size(), () -> text + ": " + found);
        Measurement level = found.get(0);
        Measurement change = found.get(1);
        assertEquals(subject, level.subject(), text);
        assertNotNull(level.quantity(), text);
        assertEquals(0, new BigDecimal("320000000000").compareTo(level.quantity().value()), text);
        assertNull(level.change(), text);
        assertEquals(subject, change.subject(), text);
        assertNull(change.quantity(), text);
        assertEquals(Change.of(basis.basis(), verb.direction(), amount, Unit.PERCENT),
                change.change(), text);
    }
}
