package io.github.cnstats.internal.context;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Relative regions resolve to the context's region only at its own level; named ones are themselves. */
class RegionResolverTest {

    @ParameterizedTest(name = "{0} in {1} -> {3}")
    @CsvSource(nullValues = "-", value = {
            // region (normalised), context region, 民国 years, resolved
            "全省, 广东省, false, 广东省",
            "本省, 广东省, false, 广东省",
            "全市, 广东省, false, -",
            "全省, 广州市, false, -",
            "全市, 广州市, false, 广州市",
            "本市, 北京市, false, 北京市",
            "全区, 广西壮族自治区, false, 广西壮族自治区",
            "全区, 浦东新区, false, 浦东新区",
            "全县, 安吉县, false, 安吉县",
            "本港, 香港, false, 香港",
            "全港, 香港, false, 香港",
            "本港, 广东省, false, -",
            "全澳, 澳门, false, 澳门",
            "全国, 广东省, false, 中国",
            "全国, 香港, false, 中国",
            "全国, 中国, false, 中国",
            "全国, 台北市, false, -",
            "全国, -, true, -",
            "全国, -, false, -",
            "全省, -, false, -",
            "全岛, 台湾, false, -",
            "山东, 广东省, false, 山东",
            "长三角, -, false, 长三角",
    })
    void resolves(String region, String context, boolean minguo, String expected) {
        assertEquals(expected, RegionResolver.resolve(region, region, context, minguo));
    }
}
