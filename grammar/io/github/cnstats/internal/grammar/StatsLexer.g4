/*
 * Tokens of Chinese official-statistics text, after normalisation (NFKC, Traditional -> Simplified, pinyin
 * glosses removed; see io.github.cnstats.internal.normalize).
 *
 * Units and counters are NOT lexer rules: they are data (units.tsv). LexiconLexer, a subclass, asks the unit
 * lexicon at every position and emits UNIT, MONEY_UNIT or TIME_UNIT when the lexicon matches something longer than the
 * rule below would. The token types are declared here so that the parser can name them. Two units have a type of
 * their own, as a clock time reads them too (凌晨3点, 晚上8时): POINT is the unit 点 (index points, 上涨30点) and
 * HOUR the time unit 时; the lexicon still decides where they are units (点赞 and 点击 are not).
 *
 * Word tokens longer than one character exist for two reasons: they carry meaning (同比, 上升, 分别), or they
 * protect a character from being read on its own (增加值 is a noun, not 增加 + 值; 人均 is not the unit 人).
 * ANTLR's longest match does the rest.
 */
lexer grammar StatsLexer;

tokens { UNIT, MONEY_UNIT, TIME_UNIT, POINT, HOUR }

// ---------------------------------------------------------------------------------------------------------
// Numbers

/** A calendar date with separators (2022-12-30, 2024/01/09): never a quantity. */
DATE        : DIGIT DIGIT DIGIT DIGIT DATE_SEP DIGIT DIGIT? DATE_SEP DIGIT DIGIT? ;

/** A clock time (10:41, 21:22:05): never a quantity. */
CLOCK       : DIGIT DIGIT? ':' DIGIT DIGIT (':' DIGIT DIGIT)? ;

/** An Arabic number, with a decimal part or thousands separators: 391000, 39.1, 3,291, 1,234.5. */
NUMBER      : DIGIT+ ('.' DIGIT+)?
            | DIGIT DIGIT? DIGIT? (',' DIGIT DIGIT DIGIT)+ ('.' DIGIT+)?
              // 59 225宗: Hong Kong groups thousands with a space; a group of other than three digits ends it
            | DIGIT DIGIT? DIGIT? (' ' DIGIT DIGIT DIGIT)+ {!Character.isDigit(_input.LA(1))}? ('.' DIGIT+)?
            ;

/**
 * Forms of numbers that cnstats does not read, and declines with a diagnostic rather than misread a part of them:
 * an exponent (2e5), a decimal part with no whole part (.5), a fraction with a slash (1/2).
 */
UNREAD_NUMBER : DIGIT+ ('.' DIGIT+)? [eE] [+-]? DIGIT+
              | '.' DIGIT+
              | DIGIT+ '/' DIGIT+
              ;

/**
 * Two neighbouring digits that a reader reads as a range, "one or two", "three to five": 一两个百分点, 两三千人,
 * 三五天, and after a leading 十 the teens before a magnitude or a counter of people and things (十二三万 is 12万 to
 * 13万, 十七八个 17 to 18; 十三五 and 十四五 name five-year plans). Not after any other numeral character (二十三四 is
 * a malformed numeral, not 二十 and 三四), and only these pairs: a longer run (一二三四) is read digit by digit.
 */
CN_PAIR     : ('一两' | '一二' | '两三' | '二三' | '三四' | '三五' | '四五' | '五六' | '六七' | '七八' | '八九')
              {"零〇○一二两三四五六七八九十百千万亿兆廿卅卌壹".indexOf(_input.LA(-3)) < 0
               || _input.LA(-3) == '十' && "零〇○一二两三四五六七八九十百千万亿兆廿卅卌壹".indexOf(_input.LA(-4)) < 0
                  && "百千万亿个人名家岁".indexOf(_input.LA(1)) >= 0}? ;

/**
 * 两位数增长, 个位数, 三位数以上: how many digits a figure has, a word for its size and never a figure: without it,
 * 两位 is read as two of the counter 位. Longer than the digit alone, so it wins where it is written.
 */
DIGIT_COUNT : (CN_DIGIT | '个' | '双' | DIGIT) '位数' ;

/** A run of Chinese digits: 一, 二〇二三, 廿五, 两. Magnitudes are separate tokens. */
CN_DIGITS   : CN_DIGIT+ ;

/**
 * A numeral in financial capitals, as invoices and court papers write it (贰拾万, 壹仟零伍拾): a capital digit
 * and at least one more capital, 零 or magnitude, or 元 after it (贰元), so that 陆 of 大陆 and 伍 of 队伍 stay
 * words; or 拾 佰 仟 and a digit or magnitude after it (拾万零五十六, 拾六万); or one capital digit after a unit
 * or magnitude (一千陆).
 */
CN_CAPITALS : CAP_DIGIT (CAP_DIGIT | CAP_UNIT | [零万亿兆])+
            | CAP_UNIT (CAP_DIGIT | CN_DIGIT | [万亿兆]) (CAP_DIGIT | CAP_UNIT | [零万亿兆])*
            | CAP_DIGIT {if (!(_input.LA(1) == '元' || _input.LA(1) == '圆'
                             || "十百千万亿兆零拾佰仟".indexOf(_input.LA(-2)) >= 0)) setType(HAN);}
            ;

/** A Chinese decimal part: 点 followed by digits read one by one (廿五点二亿). A lone 点 is not one. */
CN_FRACTION : '点' (CN_DIGIT | CAP_DIGIT)+ ;

/** 十 百 千 万 亿, one at a time, so that a unit such as 千瓦 can still be read after a magnitude. */
MAGNITUDE   : [十百千万亿兆] ;

// One character whose meaning its neighbours decide (上 of 上亿, 数 of 数万, 负 of 负3, 首 of 首季, a lone
// capital digit) is matched as its token and, where the neighbours say otherwise, retyped by an action at the
// end of the rule as the Han character it then is: the same tokens as a predicate gives, but ANTLR caches no
// lexer DFA edge reached through a predicate, so with one every 上, 数, 首 and 参 of prose ran the lexer's
// whole ATN again (BENCHMARKS.md). The character after is LA(1) and the one before LA(-2) in either.

/**
 * 几 after a numeral (十几万, 二十几个) is more than it; 几 and 数 before a magnitude (几十亿, 数万) make a vague
 * count, which has no value. But 数 that ends a noun (立案数, 人数, 户数, 次数, 总数, 指数) is that noun: 立案数十起
 * is ten cases.
 */
FEW         : '几'
            | '数' {if (!("十百千万亿兆".indexOf(_input.LA(1)) >= 0
                        && "人案件户次个家起宗例名笔位总指分系基参读函岁天年度车票量".indexOf(_input.LA(-2)) < 0)) setType(HAN);}
            ;
/** 上 before a magnitude: 上亿元, 上百万人, "reaching the order of", a vague count with no value. */
ORDER_OF    : '上' {if ("百千万亿兆".indexOf(_input.LA(1)) < 0) setType(HAN);} ;
/** A minus sign in words: 负3.2%, 零下5℃. Only before a numeral, so that 负责 and 零下 of other words stay text. */
MINUS_WORD  : '负' {if (!(Character.isDigit(_input.LA(1)) || "零〇一二两三四五六七八九十百千".indexOf(_input.LA(1)) >= 0)) setType(HAN);}
            | '零下' {Character.isDigit(_input.LA(1)) || "零〇一二两三四五六七八九十百千".indexOf(_input.LA(1)) >= 0}? ;
/** 角 or 毛 after a digit: the tenths of a yuan (五元三角, 5元3毛). Elsewhere (视角, 羊毛) an action retypes it as HAN, as a predicate would have left it, with the DFA edge kept. */
JIAO        : [角毛] {if (!(Character.isDigit(_input.LA(-2)) || "一二两三四五六七八九".indexOf(_input.LA(-2)) >= 0)) setType(HAN);} ;
/** 半 after 成 (三成半 is 35 %) or a unit (两米半 is 2.5 米). */
HALF        : '半' ;
/** A currency sign before a number: ¥300 (￥ after normalisation), $20. */
CURRENCY_SIGN : '¥' | '$' | '€' | '£' ;
/** A percent-encoded byte of a web address (%E4%B8%AD): not a percent. */
URL_ESCAPE  : '%' [A-Fa-f] HEX | '%' DIGIT [A-Fa-f] | ('%' HEX HEX) ('%' HEX HEX)+ ;

// ---------------------------------------------------------------------------------------------------------
// Percents, multiples, tenths

PERCENT           : '%' ;
PERMILLE          : '‰' ;
PERCENT_OF        : '百分之' ;
PERMILLE_OF       : '千分之' ;
/** 分之 between two numerals: 五分之一 is one fifth, 万分之三 three in ten thousand. */
FRACTION_OF       : '分之' ;
PERCENTAGE_POINT  : '个百分点' | '百分点' ;
/** 个千分点: points of a rate in permille (出生率下降0.5个千分点), not 0.5 of the counter 个. */
PERMILLE_POINT    : '个千分点' | '千分点' ;
TIMES             : '倍' ;
/** Tenths: 七成 is 70 %. Only meaningful after a number; the parser decides. */
TENTH             : '成' ;
/** 翻一番, 翻两番, 翻番, 倍增: a doubling (or more), read as a multiple in Java. */
DOUBLING          : '翻' CN_DIGIT? '番' | '翻了' CN_DIGIT '番' | '倍增' ;

// ---------------------------------------------------------------------------------------------------------
// Approximation

// One token for each meaning, so that the parser's label, not a table of words, says what a word means
// (Approximation in the public API).

/** Before a number: nearly (近 将近 接近). */
NEARLY        : '近' | '将近' | '接近' ;
/** Before a number: about (约 大约). */
ABOUT         : '约' | '大约' ;
/** Before a number: more than (超 超过 逾 超出 大于). */
MORE_THAN     : '超' | '超过' | '逾' | '超出' | '大于' ;
/** Before a number: reaching beyond a mark (突破1万亿元, 跨越, 迈上), which is more than it. */
BEYOND        : '突破' | '跨越' | '跨上' | '迈上' | '跨过' | '迈过' ;
/** Before a number: less than (不足 不到 小于). */
LESS_THAN     : '不足' | '不到' | '小于' ;
/** Before a number: at least (至少 不少于 不低于 不小于 大于等于). */
AT_LEAST      : '至少' | '不少于' | '不低于' | '不小于' | '大于等于' | '大于或等于' ;
/** Before a number: at most (至多 不超过 最多 不大于 不高于 小于等于). */
AT_MOST       : '至多' | '不超过' | '最多' | '不大于' | '不高于' | '不多于' | '小于等于' | '小于或等于' ;

/** 有 or 了 between an approximation word and its number: 至少有10个, 超过了80元. */
HAVE          : '有' ;

/** After a number or unit: more than (余 有余 以上; 多 is MORE_WORD). */
OVER_AFTER    : '余' | '有余' | '以上' ;
/** After a number or unit: about (左右 上下 许). */
ABOUT_AFTER   : '左右' | '上下' | '许' ;
/** After a number or unit: less than (以下). */
UNDER_AFTER   : '以下' ;
/** After a number or unit: at most, within (以内 之内). */
WITHIN_AFTER  : '以内' | '之内' ;

/**
 * 多: an approximation after a number (4300多条), or a direction after a comparison (比上年多); 偏多 is the
 * climate bulletins' "more than normal" (比常年偏多三成), the same direction, and no part of the reference.
 */
MORE_WORD     : '多' | '偏多' ;
/** 少: a direction after a comparison (比上年少, 较常年偏少2成). */
LESS_WORD     : '少' | '偏少' ;

// ---------------------------------------------------------------------------------------------------------
// Changes

/*
 * 比上年, 较上月: one basis, unless another reference is listed after it (比上月和上年同期低0.1个和1.8个百分点): then
 * 比 is a comparison mark and the listed references are its words, each read with its own basis (#comparedChange).
 * Nor before 同, 末 or 底: 比上月末和…, 比上年同期和… must not stop short at 比上月, 比上年.
 */
YOY_BASIS     : '同比' | '按年' | '逐年' | '年同比'
              | ('比' | '较') YEAR_BEFORE {"和、及与同末底".indexOf(_input.LA(1)) < 0}?
              ;
POP_BASIS     : '环比' | '按月' | '按季' | '逐月' | '连月'
              | ('比' | '较') PERIOD_BEFORE {"和、及与同末底".indexOf(_input.LA(1)) < 0}?
              ;
/**
 * 与去年同期, 与上月: a basis after 与, which may also open a comparison frame (与去年同期402件相比,): a token of its
 * own, so that the frame rule can tell 与 from 比 and 较.
 */
YOY_WITH      : '与' YEAR_BEFORE ;
POP_WITH      : '与' PERIOD_BEFORE ;
/**
 * 与去年同期相比, 较上月相比: a basis and 相比, a comparison frame whole (and the basis of a change right after it).
 * Each begins with one character (与, 比, 较) and ends with 相比, and the reference of the frame is what stands
 * between (AstBuilder).
 */
YOY_FRAME     : ('与' | '比' | '较') YEAR_BEFORE '相比' ;
POP_FRAME     : ('与' | '比' | '较') PERIOD_BEFORE '相比' ;
/** 相比, 比较, 对比 after a reference: 与113年度相比, 同上月比较; it closes a comparison frame. */
COMPARED_WORD : '相比' | '相比较' | '比较' | '作比较' | '对比' ;
/** 同 and 跟 before a reference, as 与 is: 同上月比较. */
SAME_WITH     : '同' | '跟' ;
/** 看 of a frame or a header: 从环比看, 从同比来看, 分地区看. */
LOOK          : '看' ;
/** 分 and 按 that open a section header (分地区看, 按消费类型分), and 分 that closes one. */
SECTION_BY    : '分' | '按' ;
/** A comparison against a named reference, above it: 高于全国平均水平4.6个百分点, 快于, 优于. */
REF_ABOVE     : '高于' | '高出' | '快于' | '多于' | '优于' ;
/** A comparison against a named reference, below it: 低于, 慢于, 少于. */
REF_BELOW     : '低于' | '慢于' | '少于' ;
/** 比/较 before a reference of one's own: 比2020年增长20%. */
COMPARE_MARK  : '比' | '较' ;

/**
 * A basis and a direction in one word, as Taiwan press writes them: 年增5.3%, 月减2%, and with a sign (年减-5.6%,
 * the minus repeating the fall; 年增-2.1%, a fall; 年增+3.2%). Only before a digit or a sign and a digit, so that 2023年增长
 * stays a year and a verb.
 */
YEAR_RISE     : '年增' {Character.isDigit(_input.LA(1)) || (_input.LA(1) == '-' || _input.LA(1) == '+') && Character.isDigit(_input.LA(2))}? ;
YEAR_FALL     : '年减' {Character.isDigit(_input.LA(1)) || (_input.LA(1) == '-' || _input.LA(1) == '+') && Character.isDigit(_input.LA(2))}? ;
PERIOD_RISE   : [月季] '增' {Character.isDigit(_input.LA(1)) || (_input.LA(1) == '-' || _input.LA(1) == '+') && Character.isDigit(_input.LA(2))}? ;
PERIOD_FALL   : [月季] '减' {Character.isDigit(_input.LA(1)) || (_input.LA(1) == '-' || _input.LA(1) == '+') && Character.isDigit(_input.LA(2))}? ;
UP_VERB       : '成长' | '上升' | '加快' | '净增' | '增长' | '增加' | '提高' | '上涨' | '升高' | '回升' | '提升' | '增产' | '增收'
              | '攀升' | '扩大' | '走高' | '增多' | '上扬' | '反弹' | '上修' | '增' | '涨' | '升'
              | '大增' | '大涨' | '急升' | '飙升' | '激增' | '猛增' | '锐增' | '劲升'
              // 不降反增: a rise where a fall was expected, one word (never 不 + a fall + 反 + a rise)
              | '不降反增' | '不降反升' | '不降反涨' | '不跌反升' | '不跌反涨' | '不减反增' ;
/** 负增长 is a fall (负增长0.3% is down 0.3 %), not the minus sign 负 and a rise. */
DOWN_VERB     : '负增长' | '衰退' | '放缓' | '净减' | '下降' | '减少' | '降低' | '下跌' | '回落' | '减量' | '减产' | '缩小' | '收窄' | '下滑'
              | '走低' | '缩减' | '萎缩' | '下修' | '降' | '减' | '跌'
              | '大减' | '大跌' | '急跌' | '急降' | '锐减' | '锐降' | '骤降' | '暴跌' | '回跌' ;
/** 零增长: growth of nothing, flat (not the digit 零 and a rise). */
FLAT_VERB     : '持平' | '基本持平' | '零增长' ;
/** "rose to" / "fell to": the level after the change follows. */
RISE_TO       : ('增' | '升' | '涨' | '提高' | '提升' | '上升' | '增加' | '增长' | '扩大' | '上涨' | '攀升' | '加快' | '回升')
                ('至' | '到')
              | ('增' | '提高' | '增加' | '扩大' | '大增' | '激增' | '猛增' | '锐增') '为' ;
FALL_TO       : ('降' | '减' | '跌' | '降低' | '下降' | '减少' | '缩小' | '回落' | '收窄' | '下滑' | '缩减' | '放缓' | '下跌' | '缩短')
                ('至' | '到' | '为')
              | ('大减' | '大跌' | '锐减' | '锐降' | '骤降' | '暴跌') ('至' | '到' | '为') ;
/** The name of a rising rate of change: 增速 涨幅 增长率 ... */
RISING_RATE   : '增速' | '增幅' | '涨幅' | '升幅' | '增长率' | '成长率' | '增长速度' | '上涨幅度' | '增长幅度' ;
/** The name of a falling rate of change: 降幅 跌幅 ... */
FALLING_RATE  : '降幅' | '跌幅' | '减幅' | '下降幅度' ;
YEARLY_AVG    : '年均' ;
MONTHLY_AVG   : '月均' ;
/**
 * Adverbs that qualify a change, keep its direction and make a bare direction a statement about a measured
 * quantity: 人员大幅减少, 发案持续下降.
 */
MEASURED_ADVERB : '大幅' | '小幅' | '微' | '轻微' | '持续' | '有所' | '略有' | '略' | '显著' | '实际' | '实质' | '名义' | '累计' ;
/**
 * Adverbs of policy language that keep a change's direction but report progress, not a statistic: 不断提升,
 * 进一步扩大, 明显提升.
 */
POLICY_ADVERB : '明显' | '稳步' | '快速' | '较快' | '逐步' | '不断' | '进一步' | '稳定' ;
/**
 * Adverbs that tie a change to the clause before it (亦, 也, 更, 虽, 但, 则, 仍, 却, 还) or limit it (仅): 破案率虽较去年同期减少,
 * 财损亦大幅减少. They stand between the subject and the change and belong to neither; they say nothing of
 * the change, so they do not make a bare direction a statistic. 更加 is one word, so that 更加快速 is not 更 + 加快.
 */
LINK_ADVERB   : '亦' | '也' | '更' | '更加' | '则' | '虽' | '虽然' | '但' | '但是' | '仍' | '仍然' | '却' | '还' | '仅' ;
CONTINUOUS    : '连续' ;
/** 快, 慢 after a comparison: 比全国快0.6个百分点 is above it, 比上月慢 below it. Read only there. */
FASTER        : '快' ;
SLOWER        : '慢' ;
/**
 * 高, 低 after a comparison: 比服务零售高1.9个百分点 is above it, 比上年低0.3个百分点 below it; 偏高, 偏低 as in
 * 比常年同期偏高1.2℃. Read only there.
 */
HIGHER        : '高' | '偏高' ;
LOWER         : '低' | '偏低' ;
/** 的, 之 between a figure and the rate that names it (5%的升幅), or before an earlier level (较去年同期的120万吨). */
OF_WORD       : '的' | '之' ;
/** 或 between a change's two amounts (減少213宗或2.3%): the same change in the other kind of amount. */
OR_WORD       : '或' ;
/** 了 after a verb: 增长了15%. */
PERFECTIVE    : '了' ;
FROM          : '从' | '由' ;
/** 达, 为: the figure follows. 高达, 多达 (as high as, as many as) say the same with emphasis: not 高 of a comparison. */
REACH         : '达' | '达到' | '为' | '是' | '高达' | '多达' ;

// ---------------------------------------------------------------------------------------------------------
// Shapes that are not statistics (notStatistic in StatsParser.g4)

/** 每 before a quantity: 每万人口, the denominator of a rate. */
EVERY         : '每' ;
/**
 * A word for a time of day, before the hour of a clock: 凌晨3点, 下午三点, 凌晨约3点. Only before a numeral or 约
 * or 近, so that 晚上升 stays 晚 + 上升 and 早上市 早 + 上市.
 */
TIME_OF_DAY   : ('上午' | '下午' | '晚上' | '凌晨' | '早上' | '中午' | '傍晚' | '晚' | '早' | '时间')
                {Character.isDigit(_input.LA(1)) || "零〇○一二两三四五六七八九十廿约近".indexOf(_input.LA(1)) >= 0}? ;
/** 3点钟, 3点半, 3点整: 点 that can only be the hour of a clock. */
O_CLOCK       : '点' ('钟' | '半' | '整') ;
/** 届, the term of a congress: 十四届二次会议. */
TERM          : '届' ;
/** 会议, 全会, 大会 after a count: 四次会议 names a session. */
MEETING       : '会议' | '全会' | '大会' ;

// ---------------------------------------------------------------------------------------------------------
// Structure

RESPECTIVELY  : '分别' | '依次' ;
EACH          : '均' | '皆' ;
ORDINAL       : '第' ;
TO            : '至' ;
/** 到: a range (6到8个) as 至 is, and up to a point in time (到2025年), which 至 is not. */
TO_ARRIVE     : '到' ;
DASH          : '—' | '–' | '~' | '〜' ;
HYPHEN        : '-' ;
PLUS          : '+' ;
// ---------------------------------------------------------------------------------------------------------
// Periods

// The words the parser's period rule is made of (截至11月底, 1至4月, 2023年末, 今年以来, 前三季度, 近5年). The
// words of a calendar unit (年, 个月, 季度, 日, 月底 ...) are in the unit lexicon too, as TIME units; each is a
// token of its own here, as long as the lexicon's entry, so that the grammar wins and the parser can tell a
// year from a month (unit's timeWord still reads them all as a time unit after a number).

/** Up to a point in time; 截至 and 截止 contain 至, so that they are not read as a range. */
UPTO_WORD     : '截至' | '截止' | '截止到' ;
/** From a point in time until now: 2023年以来, which needs the point. */
SINCE_WORD    : '以来' ;
/** Until now: 2020年至今, or alone (至今共破获…). */
TO_DATE       : '至今' ;
/** 自2020年以来: from. */
SINCE_FROM    : '自' ;
/** 截至目前. */
NOW_WORD      : '目前' ;
/** A year named relative to this one. */
YEAR_NAME     : '今年' | '去年' | '上年' | '明年' | '前年' | '本年' | '当年' | '次年' ;
/** A month or quarter named relative to this one: 上月, 本月, 本季 (Taiwan's quarterly press: 本季竊盜案件). */
MONTH_NAME    : '上月' | '本月' | '本季度' | '本季' ;
/** A week or a day named relative to this one: 上周, 本周, 昨日. */
WEEK_NAME     : '上周' | '本周' ;
DAY_NAME      : '昨日' | '昨天' ;
YEAR_MARK     : '年' ;
/**
 * The end or start of a year: 2023年末, 年底. 初 is a start only where it does not begin 初步 (preliminary:
 * 2025年初步核算 is 2025年, then 初步), as in MONTH_END and END_MARK; 年初 and 月初 are therefore no units of the
 * lexicon, which would read them whole there.
 */
YEAR_END      : '年底' | '年末' | '年初' {_input.LA(1) != '步'}? ;
WHOLE_YEAR    : '全年' ;
HALF_YEAR     : '上半年' | '下半年' ;
MONTH_MARK    : '月' | '月份' ;
/** A number of months: 3个月. */
MONTH_COUNT   : '个月' ;
/** The end or start of a month: 11月底. */
MONTH_END     : '月底' | '月末' | '月初' {_input.LA(1) != '步'}? ;
/** A part of a month: 11月中旬. */
MONTH_PART    : '上旬' | '中旬' | '下旬' ;
QUARTER_MARK  : '季度' ;
/** 三季, 前三季: a quarter without 度, which is no unit. */
QUARTER_SHORT : '季' ;
/** A number of quarters: 3个季度. */
QUARTER_COUNT : '个季度' ;
DAY_MARK      : '日' ;
/**
 * The first months or quarters of a year: 前11个月, 前三季度, and as Taiwan and Hong Kong write it 首三季, 首季; 首
 * only before a number or 季, as elsewhere it is a counter (3首歌).
 */
FIRST_PART    : '前' | '首' {if ("0123456789一二三四五六七八九十两〇零季".indexOf(_input.LA(1)) < 0) setType(HAN);} ;
/** 过去五年, 最近三年, 未来五年: a stretch of years around now (近 is NEARLY). */
RECENT_WORD   : '过去' | '最近' | '未来' ;
/** 一年来, 近年来: since so many years. */
COME          : '来' ;
/** 年内: within the year. */
INSIDE        : '内' ;
/** The end or start of a quarter or a point: 三季度末, 截至2023年底. */
END_MARK      : '末' | '底' | '初' {_input.LA(1) != '步'}? ;
/** 截至目前为止. */
UNTIL_WORD    : '为止' ;
/** “十四五”时期, “端午”期间. */
ERA_WORD      : '时期' | '期间' ;

LIST_SEP      : '、' ;
CONJ          : '和' | '与' | '及' | '以及' ;
CLAUSE_SEP    : ',' | ';' | ':' ;
SENTENCE_END  : '。' | '!' | '?' ;
OPEN_QUOTE    : '“' | '‘' | '「' | '『' | '《' | '"' ;
CLOSE_QUOTE   : '”' | '’' | '」' | '』' | '》' ;
LPAREN        : '(' | '〔' | '[' | '【' ;
RPAREN        : ')' | '〕' | ']' | '】' ;

/** Words that contain a keyword or a unit character but mean something else. */
WORD          : '增加值' | '人均' | '平均' | '比重' | '比例' | '占比' | '比率' | '之比'
              | '新增' | '增值' | '增强' | '上下游' | '多样'
              // 日均客流量, 户均存款: an average per day or household names the statistic; its 均 is no "each"
              | '日均' | '户均' | '周均' | '亩均'
              // 多元 (diverse) is a word, except after a number, where it is 多 and 元: 300多元.
              | '多元' {!Character.isDigit(_input.LA(-3)) && "零〇一二两三四五六七八九十百千万亿兆".indexOf(_input.LA(-3)) < 0}? | '成为' | '成效' | '成果' | '形成'
              | '完成' | '达成' | '年度' | '上年度' | '比如' | '比拼' | '比赛' | '好比' | '无比' | '相较'
              // 比高技术制造业高2.2个百分点: the 高 of a name is no comparison, so the reference can hold it
              | '高技术' | '高新技术' | '高端' | '高校' | '高等' | '高速公路' | '高铁'
              | '签约' | '约谈' | '节约' | '制约' | '约束' | '公约' | '合约' | '预约' | '约定' | '超市' | '超级'
              | '其余' | '剩余' | '业余' | '三次产业' | '减负' | '可比'
              // 起降: takeoffs and landings (航班起降1.2万架次), not 起 and the falling verb 降; after a number it is
              // the counter 起 and 降 (从1200起降至900起)
              | '起降' {!Character.isDigit(_input.LA(-3)) && "零〇一二两三四五六七八九十百千万亿兆".indexOf(_input.LA(-3)) < 0}?
              | '自然增长率' | '自然成长率'  // a population rate, a level in its own right: 自然增长率为-1.2‰ is no change
              // Places whose names start with a numeral and a counter: 五台山 is no five 台.
              | '五台山' | '五台县' | '七台河' | '六盘水' | '五家渠' | '九台区' | '三台县'
              // Words that start with 零 and are no zero: 汽车零部件产量 is no 0 部. Not 零件, which is also zero items
              // (零件, as the formatter writes 0 件), nor 零售: as a word it would let a numeral the grammar declines
              // (一七五三万吨) before it into a subject.
              | '零部件' | '零星' | '零食' | '零散' | '零碎' ;

LATIN         : [a-zA-Z]+ ;
HAN           : [\p{Script=Han}] ;
WS            : [ \t\r\n\u00A0\u3000]+ -> channel(HIDDEN) ;
/** Anything else, one character at a time: the lexer never fails. */
OTHER         : . ;

// ---------------------------------------------------------------------------------------------------------

fragment DIGIT    : [0-9] ;
fragment DATE_SEP : [-/.] ;
fragment CN_DIGIT : [零〇○一二两三四五六七八九廿卅卌壹] ;
fragment CAP_DIGIT : [壹贰叁参肆伍陆柒捌玖] ;
fragment CAP_UNIT  : [拾佰仟] ;
fragment HEX      : [0-9A-Fa-f] ;
/** The same period a year before, or the year before: 上年, 去年同期, 上一年末, 上年底 (a stock a year before). */
fragment YEAR_BEFORE : ('上年' | '去年' | '上一年' | '前一年') ('同期' | '同月' | '同季' | '末' | '底')? ;
/**
 * The period just before: 上月, 上一季度, 上期; its end, for a stock (较上月底, 比上季末); and Hong Kong's 对上 (对上一季,
 * 对上季度: the one before).
 */
fragment PERIOD_BEFORE : '对'? ('上月' | '上个月' | '上一个月' | '前一月' | '上季度' | '上季' | '上一季' | '上一季度'
                         | '上个季度' | '上周' | '上期' | '上一期') ('末' | '底')? ;
