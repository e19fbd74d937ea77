package io.github.cnstats;

/** What a unit or counter measures, so that quantities of the same kind can be told apart from others. */
public enum UnitKind {
    /** Cases, crimes, incidents: 起 宗 件(案件). */
    CASES,
    /** People: 人 名 人次 位. */
    PERSONS,
    /** Households and registered entities counted as households: 户. */
    HOUSEHOLDS,
    /** Organisations and sites: 家 所 个(机构) 家次. */
    ORGANISATIONS,
    /** Countable things: 个 条 张 台 套 笔 件 只 头 株 项 款 辆. */
    ITEMS,
    /** Occurrences and events: 次 场 场次 批次. */
    EVENTS,
    /** Money: 元 港元 美元 新台币. */
    MONEY,
    /** Energy: 千瓦时 度 吨标准煤. */
    ENERGY,
    /** Power: 千瓦 瓦 兆瓦. */
    POWER,
    /** Mass: 吨 斤 公斤 克. */
    MASS,
    /** Length: 公里 米 千米. */
    LENGTH,
    /** Area: 平方米 平方公里 公顷 亩. */
    AREA,
    /** Volume: 立方米 升. */
    VOLUME,
    /** Temperature: ℃. */
    TEMPERATURE,
    /** Shares: % ‰ 成 (tenths, normalised to %). */
    PERCENT,
    /** Differences of shares: 个百分点. */
    PERCENTAGE_POINT,
    /** Multiples: 倍. */
    MULTIPLE,
    /** Containers: 标箱 TEU. */
    CONTAINERS,
    /** Rates and intensities of two units: 吨/日 元/人 微克/立方米. */
    RATE,
    /** Durations and calendar units (年 月 日 小时): they make periods, not measurements. */
    TIME,
    /** Anything else the lexicon knows. */
    OTHER
}
