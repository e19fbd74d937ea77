package io.github.cnstats;

/** What a change is measured against. */
public enum ChangeBasis {
    /** The same period a year earlier: 同比 比上年 比去年 较去年同期 按年 逐年. */
    YEAR_ON_YEAR,
    /** The period just before: 环比 比上月 较上季度 按月 连月. */
    PERIOD_ON_PERIOD,
    /** A named reference: 高于全国平均水平, 快于规模以上工业; the reference text is kept on the change. */
    REFERENCE,
    /** No basis is written: 下降22%. */
    UNSPECIFIED
}
