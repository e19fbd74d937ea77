package io.github.cnstats.format;

import io.github.cnstats.Approximation;
import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementFormatter;
import io.github.cnstats.Period;
import io.github.cnstats.Quantity;
import io.github.cnstats.Region;
import io.github.cnstats.Span;
import io.github.cnstats.Unit;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.util.List;

/**
 * Generators of the round-trip domain. Every choice shrinks towards the first element of its list and every
 * number towards 0, so a counter-example shrinks to something like {@code 破获案件0起}.
 *
 * <p>The domain: a subject from a vocabulary of realistic subjects (two of them ending with a word that reads as an
 * approximation before a number, 取得突破 and 接近); a non-negative value below 10^16 with up to
 * four digits after the point, often a multiple of 10^4 or 10^8 as official text rounds; a unit from the standard
 * lexicon; any approximation for a single value, {@link Approximation#EXACT} for a range; a change of any basis
 * and direction, with an amount in %, 个百分点, 倍 or the quantity's unit, or no amount; optional period and
 * region from vocabularies.
 */
final class MeasurementArbitraries {

    static final List<String> SUBJECTS = List.of("破获案件", "抓获犯罪嫌疑人", "立案数", "发电量", "接报警情",
            "完成固定资产投资", "紧急止付涉案资金", "查处交通违法行为", "新增就业人员", "出口集装箱",
            "关键技术攻关取得突破", "月均用电量接近");
    static final List<String> UNITS = List.of("起", "人", "元", "吨", "千瓦时", "件", "人次", "名", "辆", "户",
            "宗", "家", "批次", "台", "张", "艘", "公斤", "美元", "港元", "平方米");
    /** Named references only: 上年同期 or 上月 after 高于 is a basis, year or period on period, never a reference. */
    static final List<String> REFERENCES = List.of("全国平均水平", "规模以上工业", "全省平均水平", "预期目标");
    static final List<String> REGIONS = List.of("全国", "广东省", "上海市", "全省");
    static final List<Period> PERIODS = List.of(new Period("2024年", Period.Kind.YEAR),
            new Period("1至11月", Period.Kind.MONTHS), new Period("截至11月底", Period.Kind.UP_TO));

    private static final UnitLexicon LEXICON = UnitLexicon.standard();

    private MeasurementArbitraries() {
    }

    /** Non-negative, below 10^16, at most four digits after the point. */
    static Arbitrary<BigDecimal> values() {
        Arbitrary<BigDecimal> digits = Combinators.combine(
                Arbitraries.longs().between(0, 999_999_999_999L),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
        return Combinators.combine(digits, Arbitraries.of(0, 4, 8))
                .as((number, exponent) -> number.scaleByPowerOfTen(exponent))
                .filter(v -> v.compareTo(BigDecimal.ONE.scaleByPowerOfTen(16)) < 0);
    }

    static Arbitrary<Unit> units() {
        return Arbitraries.of(UNITS).map(LEXICON::unitOf);
    }

    static Arbitrary<Quantity> quantities() {
        Arbitrary<Quantity> single = Combinators.combine(values(), units(), Arbitraries.of(Approximation.class))
                .as((value, unit, approx) -> new Quantity(value, null, unit, approx));
        Arbitrary<Quantity> range = Combinators.combine(values(), values(), units())
                .filter((low, width, unit) -> width.signum() > 0)
                .as((low, width, unit) -> new Quantity(low, low.add(width), unit, Approximation.EXACT))
                .filter(q -> q.high().compareTo(BigDecimal.ONE.scaleByPowerOfTen(16)) < 0);
        return Arbitraries.frequencyOf(Tuple.of(4, single), Tuple.of(1, range));
    }

    /** Changes whose amount, when absolute, is in {@code unit}. */
    static Arbitrary<Change> changes(Unit quantityUnit) {
        Arbitrary<BigDecimal> amounts = values();
        Arbitrary<Unit> amountUnits = quantityUnit == null
                ? Arbitraries.of(Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.TIMES)
                : Arbitraries.of(Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.TIMES, quantityUnit);
        Arbitrary<Change> withAmount = Combinators.combine(Arbitraries.of(ChangeBasis.YEAR_ON_YEAR,
                        ChangeBasis.PERIOD_ON_PERIOD, ChangeBasis.UNSPECIFIED), Arbitraries.of(Direction.UP, Direction.DOWN),
                amounts, amountUnits).as(Change::of);
        Arbitrary<Change> directionOnly = Combinators.combine(Arbitraries.of(ChangeBasis.YEAR_ON_YEAR,
                ChangeBasis.PERIOD_ON_PERIOD), Arbitraries.of(Direction.class)).as(Change::directionOnly);
        Arbitrary<Change> reference = Combinators.combine(Arbitraries.of(Direction.UP, Direction.DOWN), amounts,
                        Arbitraries.of(Unit.PERCENT, Unit.PERCENTAGE_POINT), Arbitraries.of(REFERENCES))
                .as((direction, amount, unit, text) -> new Change(ChangeBasis.REFERENCE, direction, amount, unit,
                        text, null));
        return Arbitraries.oneOf(withAmount, directionOnly, reference);
    }

    static Arbitrary<Measurement> measurements() {
        Arbitrary<Quantity> quantityOrNull = quantities().injectNull(0.2);
        return quantityOrNull.flatMap(quantity -> {
            Arbitrary<Change> change = quantity == null ? changes(null) : changes(quantity.unit()).injectNull(0.4);
            return Combinators.combine(Arbitraries.of(SUBJECTS), change,
                            Arbitraries.of(PERIODS).injectNull(0.6), Arbitraries.of(REGIONS).injectNull(0.6))
                    .as((subject, c, period, region) -> measurement(subject, quantity, c, period, region));
        });
    }

    static Measurement measurement(String subject, Quantity quantity, Change change, Period period, String region) {
        return new Measurement(subject, quantity, change, period, region == null ? null : new Region(region),
                new Span(0, 0), "");
    }

    static Arbitrary<MeasurementFormatter> exactFormatters() {
        return Combinators.combine(Arbitraries.of(MeasurementFormatter.Magnitudes.class),
                        Arbitraries.of(MeasurementFormatter.Numerals.class),
                        Arbitraries.of(MeasurementFormatter.Script.class))
                .as((magnitudes, numerals, script) -> MeasurementFormatter.builder().magnitudes(magnitudes)
                        .numerals(numerals).script(script).build());
    }
}
