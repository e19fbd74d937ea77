/*
 * The phrase structure of statistics in a Chinese sentence.
 *
 * A sentence is read as a flat run of elements in text order: quantities (39.1万起), changes (同比上升5.7%),
 * markers that bind them (分别, 均, 、, 从), numbers in shapes that are never statistics (每万人口, 凌晨3点) and
 * plain text. The grammar decides what each number IS; Java (io.github.cnstats.internal.extract) decides what
 * it is OF: subjects, links and lists span elements.
 *
 * Every alternative before the catch-all `.` is tried first, so a phrase is read as statistics whenever it
 * can be, and as text otherwise; no input is a syntax error.
 *
 * Every alternative is labelled, and a word with a meaning has a token or a labelled alternative of its own
 * (approxWord, rateWord, refVerb, changeLead ...): io.github.cnstats.internal.ast.AstBuilder, the one visitor,
 * has a method per label, so the label decides what a word means and no Java table maps words.
 */
parser grammar StatsParser;

options { tokenVocab = StatsLexer; contextSuperClass = CompactContext; }

/** One sentence, element by element. */
sentence
    : element* EOF
    ;

/** A statistical phrase, a marker that binds phrases together, or one token of plain text. */
element
    : streak                    #streakElement
    | notStatistic              #notStatisticElement
    | levelChange               #levelChangeElement
    | change                    #changeElement
    | quantity (notStatisticAfter | rateAfter | signedAfter)? #quantityElement   // 四次会议: a quantity, and a word that makes it none
    | FROM                      #fromElement
    | RESPECTIVELY              #respectivelyElement
    | EACH                      #eachElement
    | LIST_SEP                  #listSepElement
    | CONJ                      #conjElement
    | (CLAUSE_SEP | SENTENCE_END) #clauseEndElement
    | OPEN_QUOTE                #openQuoteElement
    | CLOSE_QUOTE               #closeQuoteElement
    | .                         #textElement
    ;

// ---------------------------------------------------------------------------------------------------------
// Quantities

/**
 * A value or range with its approximation words: 超2.3万批次, 6至8个, 19万吨以上, 4.5%-5%, and a currency
 * written before the number as Taiwan and Hong Kong press do (逾新臺幣88億元).
 */
quantity
    : approxBefore? (MONEY_UNIT | CURRENCY_SIGN)? negative? measure approxAfter?
      (rangeSep approxBefore? measure approxAfter?)?
    ;

/** A minus sign before a level: 人口自然增长率为-0.99‰, 负3.2%, 零下5℃. */
negative : HYPHEN | MINUS_WORD ;

/** One number with what it counts. */
measure
    : numeral PERCENT                       #percentMeasure
    | numeral PERMILLE                      #permilleMeasure
    | PERCENT_OF numeral                    #percentOfMeasure
    | PERMILLE_OF numeral                   #permilleOfMeasure
    | numeral PERCENTAGE_POINT              #pointMeasure
    | numeral PERMILLE_POINT                #permillePointMeasure
    | numeral TIMES                         #timesMeasure
    | numeral TENTH (numeral | HALF)?       #tenthMeasure
    | numeral FRACTION_OF numeral           #fractionMeasure
    | numeral MONEY_UNIT numeral JIAO       #yuanJiaoMeasure  // 五元三角: yuan and tenths of a yuan
    | numeral UNIT approxAfter unit         #splitUnitMeasure // 3个多月, 两个多小时: 个 and a time unit, split
    | numeral UNIT approxAfter PERCENTAGE_POINT #splitPointMeasure // 5个多百分点: 个 and 百分点, split
    | numeral approxAfter? unit HALF?       #unitMeasure      // 两米半: and a half
    | numeral                               #bareMeasure
    ;

/**
 * A number: Arabic with optional magnitudes (1.2万, 3千万, 300多万), Arabic in groups as Taiwan and Hong Kong
 * write them (2万4000, 1亿2千万), or Chinese (三千二百, 廿五点二亿).
 */
numeral
    : NUMBER MAGNITUDE+ (CN_DIGITS? NUMBER MAGNITUDE*)+  #groupedNumeral    // 2万4000, 1千零20 (零 between)
    | NUMBER MAGNITUDE* (approxAfter MAGNITUDE+)?       #arabicNumeral
    | MAGNITUDE? CN_PAIR MAGNITUDE*                     #pairNumeral       // 两三千, 一两, 十二三万: a range
    | (CN_DIGITS | MAGNITUDE | CN_CAPITALS)+ (approxAfter MAGNITUDE+ | CN_FRACTION MAGNITUDE*)? #chineseNumeral
    ;

/**
 * A unit or counter from the lexicon; TIME_UNIT (年, 个月) makes the phrase a period, not a measurement. POINT (点)
 * and HOUR (时) are units with a token of their own, which a clock time reads too (see clockHours). A time unit
 * is also any of the calendar words that the period rule names apart (年, 月, 个月, 季度, 日 ...), written out
 * here rather than as a rule of their own, which would make a context more for every time unit read.
 */
unit
    : (UNIT | POINT)        #countUnit
    | MONEY_UNIT            #moneyUnit
    | (TIME_UNIT | YEAR_MARK | YEAR_END | MONTH_MARK | MONTH_COUNT | MONTH_END | QUARTER_MARK | QUARTER_COUNT
      | DAY_MARK | HOUR)    #timeUnit
    ;

/** 约, 超过 ...; 约为91亿元, 至少有10个, 超过了80元 put a word between the word and the number. */
approxBefore
    : approxWord (REACH | HAVE | PERFECTIVE)?
    ;

/** A word before a number that says how its value is approximate: each kind of Approximation has its label. */
approxWord
    : NEARLY        #nearly
    | ABOUT         #about
    | MORE_THAN     #moreThan
    | BEYOND        #beyond
    | LESS_THAN     #lessThan
    | AT_LEAST      #atLeast
    | AT_MOST       #atMost
    ;

/** A word after a number or unit (19万吨以上), or inside a number (300多万, 300余万). */
approxAfter
    : OVER_AFTER    #overAfter
    | MORE_WORD     #moreAfter
    | ABOUT_AFTER   #aboutAfter
    | UNDER_AFTER   #underAfter
    | WITHIN_AFTER  #withinAfter
    | FEW           #fewAfter           // 十几万, 二十几个: more than the number
    ;

/** 6至8个, 4.5%-5%: 至 may also name the level a change reached (上升10.9%至44,480宗). */
rangeSep
    : (TO | TO_ARRIVE) #toSep
    | DASH          #dashSep
    | HYPHEN        #hyphenSep
    ;

/** 连续7个月: how long a change has lasted; 同比连续7个月 puts the basis of the change before it. */
streak
    : basis? CONTINUOUS numeral timeWord=(TIME_UNIT | YEAR_MARK | YEAR_END | MONTH_MARK | MONTH_COUNT | MONTH_END
      | QUARTER_MARK | QUARTER_COUNT | DAY_MARK)
    ;

/**
 * 3%至5%的升幅, 2%左右的增速, 5.2%的增长: the name of a change after its figure, which is then the change's amount.
 * A tail of the quantity's element, not an alternative that begins with a quantity (see notStatisticAfter).
 */
rateAfter
    : OF_WORD rateWord      #rateNounAfter
    | OF_WORD direction     #directionNounAfter
    ;

/** 8823宗(-15.9%): a signed amount in brackets after a figure is its change, the sign its direction. */
signedAfter
    : LPAREN signedAmount RPAREN
    ;

// ---------------------------------------------------------------------------------------------------------
// Shapes that are not statistics

/**
 * A number in a shape that is never a statistic, whatever it counts: the shape is read whole, so its number is
 * no quantity of its own. The label says which shape; AstBuilder makes one node for all of them, whose kind is
 * the label. These shapes begin with a word of their own; a shape known by the word after a quantity (四次会议)
 * is notStatisticAfter.
 */
notStatistic
    : EVERY quantity                    #rateDenominator    // 每万人口: the denominator of a rate
    | TIME_OF_DAY clockHours            #clockTime          // 凌晨3点, 晚上8时, 下午3点至5点
    | TERM quantity MEETING?            #sessionName        // 十四届二次会议: the session within a term
    | ordinal                           #ordinalNumber      // 第十四届, 第4个
    | (FEW | ORDER_OF) quantity         #vagueCount         // 数万起, 几十亿元, 上百万人: no value
    | DIGIT_COUNT                       #digitCount         // 两位数增长, 个位数: how many digits, no value
    | UNREAD_NUMBER                     #unreadNumber       // 2e5, .5, 1/2: declined, never misread
    ;

/**
 * A word after a quantity that makes it no statistic. It is an optional tail of the quantity's element, not an
 * alternative of notStatistic that begins with a quantity: a quantity can also be read as two (20万 as 20 and
 * 万), and SLL prediction, which cannot tell the second half's element from the whole, would then choose the
 * shape for every quantity with a magnitude and give up on those without the word, as it does for 分别 (see
 * changeLeads).
 */
notStatisticAfter
    : MEETING                           #meetingAfter       // 四次会议, 三次全会: a session counted in its name
    | O_CLOCK                           #oClockAfter        // 3点钟, 3点半, 3点整: the hour of a clock
    ;

/** 3点, 8时, 3点半, 约3点至5点: the hours of a clock, after a word for the time of day. */
clockHours
    : approxBefore? numeral (POINT | HOUR | O_CLOCK) approxAfter?
      (rangeSep approxBefore? numeral (POINT | HOUR | O_CLOCK) approxAfter?)?
    ;

/**
 * 第十四届, 第4个: an ordinal, never a measurement; 第185条之3, 第5条之1: an article inserted after another, as laws
 * number them, the number after 之 a part of the ordinal too.
 */
ordinal
    : ORDINAL numeral unit? (OF_WORD numeral unit?)?
    ;

// ---------------------------------------------------------------------------------------------------------
// Changes

/**
 * A change of something, with its basis, direction and amounts. A rate's name before amounts is the change it
 * names (涨幅为3.2%, #rateChange); before a direction, it is what moves (增幅回落2个百分点, 降幅收窄0.3个百分点,
 * 增速比上月加快0.5个百分点: #rateMovementChange, the rate's own change, in the direction of the verb); before
 * "to" and a figure, the figure is the rate stated as a level (涨幅回落到2.1%, 增幅放缓至4.5%: #rateLevelChange,
 * a change of the statistic in the direction of the rate's name, by the figure).
 */
change
    : changeLeads? direction PERFECTIVE? RESPECTIVELY? (PLUS? changeAmounts)? (asideAmount (TO reachedAside=quantity)?)?
      levelReached?                                                                   #directedChange
    | changeLeads? MONTHLY_AVG? rateWord RESPECTIVELY? REACH? changeAmounts asideAmount? #rateChange
    | rateWord RESPECTIVELY? changeLeads? direction PERFECTIVE? changeAmounts        #rateMovementChange
    | rateWord RESPECTIVELY? levelVerb RESPECTIVELY? changeAmounts                    #rateLevelChange
    | changeLeads? DOUBLING                                                           #doublingChange
    | refVerb refWords (LIST_SEP listedReference)* RESPECTIVELY? changeAmounts      #referenceChange
    | LINK_ADVERB? COMPARE_MARK compareWords (LIST_SEP listedReference)* RESPECTIVELY? comparedDirection changeAmounts
      asideAmount?
                                                                                      #comparedChange
    | basis RESPECTIVELY? (LPAREN signedAmount RPAREN | signedAmount)                #signedChange
    | LPAREN signedAmount RPAREN                                                      #bracketedChange
    | basis (changeLead | RESPECTIVELY)* relative changeAmounts asideAmount?         #moreOrLessChange
    | combinedWord (PLUS? changeAmounts)?                                            #combinedChange
    | LINK_ADVERB? basis (plainText? OF_WORD)? earlier=quantity (WORD | COMPARED_WORD)? changeLeads? comparedDirection
      changeAmounts? asideAmount?
                                                                                      #earlierLevelChange
    | LINK_ADVERB? COMPARE_MARK compareWords OF_WORD earlier=quantity (WORD | COMPARED_WORD)? changeLeads? comparedDirection
      changeAmounts? asideAmount?                                                     #comparedLevelChange
    | LINK_ADVERB? COMPARE_MARK compareWords LPAREN earlier=quantity RPAREN comparedDirection changeAmounts?
      asideAmount?                                                                    #bracketedLevelChange
    | FROM (since=quantity OF_WORD | sinceName=YEAR_NAME OF_WORD)? earlier=quantity changeLeads?
      (direction PERFECTIVE? amount=quantity asideAmount? (TO | TO_ARRIVE | REACH) | levelVerb)
      (until=quantity OF_WORD | untilName=YEAR_NAME OF_WORD)? reached=quantity      #fromLevelChange
    ;

/*
 * #fromLevelChange: 由1250宗增加130宗至1380宗, 從A上升N%至B, 由A增加N(+a%)到B, 由A下降至B: from the earlier level A, by
 * the amount, to the level B. B is the figure and the amount its change; A is the level it started from, never the
 * low end of a range 130至1380, which the amount's quantity would otherwise read (prediction reads it whole only
 * where no 至 B follows). Each level may follow its period and 的 (由二〇一五年的61 204宗下跌至二〇二二年的47 318宗,
 * 從2012年的58.3%提高到去年的79.6%): the change is then against the first period, named. A list of levels
 * (从A、B分别提高到C、D) is FROM, then a levelChange.
 */

/** 上升,达5000亿元: after a change, the level it reached (as 增加512宗(+6.4%)至8512宗 is after its amount aside). */
levelReached
    : CLAUSE_SEP REACH quantity
    ;

/**
 * (+9.2%), (-1662宗), (401宗) after a change: the same change again, in the other kind of amount (a count after a
 * percent, or a percent after a count), or its amount after a direction alone (轻微下跌(-2.9%)). Hong Kong also
 * writes the other amount after 或: 減少213宗或2.3%, 增加1万人或0.09%.
 */
asideAmount
    : LPAREN PLUS? quantity RPAREN  #bracketedAside
    | OR_WORD quantity              #orAside
    ;

/** The name of a rate of change, whose direction it gives: 增速, 涨幅 rise; 降幅, 跌幅 fall. */
rateWord
    : RISING_RATE   #risingRate
    | FALLING_RATE  #fallingRate
    ;

/** 高于, 快于 put the subject above the reference; 低于, 慢于 below it. */
refVerb
    : REF_ABOVE     #refAbove
    | REF_BELOW     #refBelow
    ;

/** Taiwan's basis and direction in one word: 年增, 年减, 月增, 季减. */
combinedWord
    : YEAR_RISE     #yearRise
    | YEAR_FALL     #yearFall
    | PERIOD_RISE   #periodRise
    | PERIOD_FALL   #periodFall
    ;

/** "rose to X": 提高到71.35%, 分别提高到61250元和24075元, 锐减为300万吨. */
levelChange
    : changeLeads? levelVerb RESPECTIVELY? changeAmounts
    ;

levelVerb
    : RISE_TO       #risesTo
    | FALL_TO       #fallsTo
    ;

/**
 * What may stand before a direction: 同比, 大幅, 年均, and 分别 after one of them (同比分别增长). A change never
 * starts with 分别: 分别 before a change is an element of its own, which the Java side joins to the change after
 * it. Were 分别 also a lead, 分别同比上升 would have two parses (the marker then a change, or one change), and
 * SLL prediction, which cannot tell them apart, would give up on such sentences and send them to full LL,
 * many times slower.
 */
changeLeads
    : changeLead (changeLead | RESPECTIVELY)*
    ;

/**
 * One word before a direction; the adverbs of a measurement, 连续 and 年均 make a bare direction a statistic. A basis
 * may carry a note in brackets (比去年同期(下同)增长).
 */
changeLead
    : basis basisNote?  #basisLead
    | MEASURED_ADVERB   #measuredLead
    | POLICY_ADVERB     #policyLead
    | YEARLY_AVG        #yearlyAverageLead
    | LINK_ADVERB       #linkingLead
    | CONTINUOUS        #continuousLead
    ;

/** (下同), (按可比口径): a note on the basis, of words only. */
basisNote
    : LPAREN plainText RPAREN
    ;

/**
 * A run of plain text: words with no meaning to the grammar, and units that follow no number (案件). TextRuns joins
 * such a run into one HAN, but the parse must be the same without the join (JoinedTextPropertiesTest), so the
 * rule reads every token that TextRuns takes for text, in a run of any length.
 */
plainText
    : (HAN | WORD | LATIN | OTHER | UNIT | TIME_UNIT | POINT | HOUR | O_CLOCK | COMPARED_WORD | SAME_WITH | LOOK | SECTION_BY)+
    ;

basis
    : (YOY_BASIS | YOY_WITH | YOY_FRAME)    #yearOnYear
    | (POP_BASIS | POP_WITH | POP_FRAME)    #periodOnPeriod
    ;

direction
    : UP_VERB       #up
    | DOWN_VERB     #down
    | FLAT_VERB     #flat
    ;

comparedDirection
    : direction PERFECTIVE?     #comparedVerb
    | relative      #comparedRelative
    | REACH relative    #reachedRelative    // 較前年的43人為低, 較去年為多: Hong Kong's "is lower than"
    ;

/**
 * More or less than the reference (比上年多12万人, 比去年少发生35起, with the verb of what was more), faster or
 * slower (比全国快0.6个百分点), higher or lower (比服务零售高1.9个百分点).
 */
relative
    : moreOrLess (plainText | UP_VERB | DOWN_VERB)? PERFECTIVE?   #moreOrLessRelative
    | FASTER                                                #faster
    | SLOWER                                                #slower
    | HIGHER                                                #higher
    | LOWER                                                 #lower
    ;

/** 比上年多12万人, 比上年少: more or less than the reference. */
moreOrLess
    : MORE_WORD     #more
    | LESS_WORD     #less
    ;

/**
 * One amount or a list of them (分别上升19.5%和42.8%). A plus sign may be written before each (分别增长+5.2%和+3.1%,
 * the first's before the list in the rule that holds it): it restates the direction.
 */
changeAmounts
    : quantity ((LIST_SEP | CONJ) PLUS? quantity)*
    ;

/** +22宗, -47.2%: the sign is the direction. */
signedAmount
    : PLUS quantity     #plusAmount
    | HYPHEN quantity   #minusAmount
    ;

/**
 * A further reference of a list after 高于 or 比 (分别高于全国、全省0.6和0.3个百分点, 分别比全市、全省快1.2和2.5个百分点):
 * words only, so that a list never runs on into another comparison; each amount is against its reference, in order.
 */
listedReference
    : plainText
    ;

/** The named reference after 高于/快于: 全国平均水平, 规模以上工业. */
refWords
    : (~(NUMBER | CN_DIGITS | CN_PAIR | CN_CAPITALS | MAGNITUDE | MINUS_WORD | CURRENCY_SIGN | CLAUSE_SEP | SENTENCE_END | LIST_SEP | NEARLY | ABOUT | MORE_THAN
        | BEYOND | LESS_THAN | AT_LEAST | AT_MOST | PERCENT_OF | PERMILLE_OF | RESPECTIVELY))+
    ;

/**
 * The reference after 比/较, which may hold a year: 比2020年. Brackets end it: 较二〇一九年(41 862宗) gives the
 * reference's level in them (#bracketedLevelChange).
 */
compareWords
    : (~(CLAUSE_SEP | SENTENCE_END | LIST_SEP | UP_VERB | DOWN_VERB | FLAT_VERB | MORE_WORD | LESS_WORD | FASTER
        | SLOWER | HIGHER | LOWER | OF_WORD | LPAREN | RPAREN | RESPECTIVELY))+
    ;

// ---------------------------------------------------------------------------------------------------------
// Periods

/**
 * The periods of a sentence, read apart from its elements: at each token where a period may begin, the reader
 * (io.github.cnstats.internal.parse.PeriodReader) asks for one periodOrToken and goes on after it. Periods are
 * not elements: 2023年 and 1至4月 stay time quantities for the binder, as they were.
 *
 * This rule is never parsed; it gives periodOrToken its follow for SLL prediction, which follows the end of a
 * rule to every place it is called from: any tokens, and never period again. Were the follow periodOrToken*,
 * a shorter period and the period after it (2023年, then 6月) would reach the same states as a longer one
 * (2023年6月), and SLL, taking the least alternative of all those in play at such a conflict, would take one
 * that a later token rules out (2023年6月 as the start of 2023年6月以来). With any tokens as the follow, the
 * alternatives meet only once each has ended, and the least of them, the one listed first, is taken.
 */
periods
    : periodOrToken .*? EOF
    ;

/** A period, which is preferred where one can be read (the first alternative wins), or one token. */
periodOrToken
    : period        #periodFound
    | .             #notPeriod
    ;

/**
 * The time a statistic holds for. An alternative per shape, each naming the Period.Kind its visit method gives;
 * where two read the same tokens, the one listed first is taken, and a longer reading is listed before a
 * shorter one that starts the same way (今年以来 before 今年, 前三季度 as up to before 三季度 as months).
 */
period
    : UPTO_WORD NOW_WORD                                                #upToNow
    | (UPTO_WORD | TO_ARRIVE) pointInTime                               #upToPoint
    | UPTO_WORD periodNumber DAY_MARK                                   #upToDay
    | SINCE_FROM? year sinceEnd                                         #since
    | TO_DATE                                                           #toDate
    | (NEARLY | RECENT_WORD)? periodNumber? YEAR_MARK COME              #yearsSince
    | year? FIRST_PART periodNumber (MONTH_COUNT | MONTH_MARK | QUARTER_MARK | QUARTER_COUNT) #firstMonths
    | (SINCE_FROM year? (months | quarter) sinceEnd | year? (months | quarter) sinceEnd?) #monthsOfYear
    | CONTINUOUS periodNumber (YEAR_MARK | MONTH_COUNT | QUARTER_MARK | QUARTER_COUNT | TIME_UNIT) #streakPeriod
    | (NEARLY | RECENT_WORD) periodNumber YEAR_MARK                     #recentYears
    | year (WHOLE_YEAR | YEAR_END)?                                     #wholeYear
    | (WHOLE_YEAR | YEAR_END | YEAR_MARK INSIDE)                        #partOfYear
    | (WEEK_NAME | DAY_NAME)                                            #namedDays
    | OPEN_QUOTE (~(CLOSE_QUOTE | OPEN_QUOTE | SENTENCE_END))+ CLOSE_QUOTE ERA_WORD #era
    ;

/**
 * 以来 or 至今 after a start: the time since then (2023年以来, 今年1月至10月以来, 自2020年至今). After months it is
 * read in the alternative of the months (#monthsOfYear), not one of its own: two alternatives that read the same
 * months would share the states of the months rule, and where a later token ends one of them (2024年06月05日,
 * 今年1月至4月份同比), SLL prediction would take the first listed of them and fail, and the reader would read
 * the period again with full LL, about 170 times per MB of news text.
 */
sinceEnd
    : (SINCE_WORD | TO_DATE)
    ;

/** What 截至 or 到 reaches: 11月底, 2023年末, 三季度末, 2024年6月30日. */
pointInTime
    : (year (months | quarter)? | months | quarter) (periodNumber DAY_MARK)? (END_MARK | MONTH_PART | UNTIL_WORD)?
    ;

/** 2023年, 今年, 二〇二四年; 2023年末 with its end. */
year
    : periodNumber (YEAR_MARK | YEAR_END)       #numberedYear
    | YEAR_NAME                                 #namedYear
    ;

/** 10月份, 1至4月, 1月—11月, 3个月, 11月底, 上月. */
months
    : (periodNumber (MONTH_MARK monthSep? | monthSep))? periodNumber (MONTH_MARK | MONTH_COUNT | MONTH_END) #monthSpan
    | MONTH_NAME                                #namedMonth
    ;

/** Between the months of a span: 1至4月, 1月到4月, 1—4月. */
monthSep
    : (TO | TO_ARRIVE | HYPHEN | DASH)
    ;

/** 一季度, 第二季度, 前三季, 首三季, 三季度末, 首季, 上半年. */
quarter
    : (ORDINAL | FIRST_PART)? periodNumber (QUARTER_MARK | QUARTER_SHORT) END_MARK? #numberedQuarter
    | FIRST_PART (QUARTER_MARK | QUARTER_SHORT) END_MARK? #firstQuarter
    | HALF_YEAR                                 #halfYear
    ;

/** The number of a year, month or quarter: 2023, 十一, 二〇二四. */
periodNumber
    : NUMBER                                    #arabicPeriodNumber
    | (CN_DIGITS | MAGNITUDE)+                  #chinesePeriodNumber
    ;

// ---------------------------------------------------------------------------------------------------------
// Comparison frames

/**
 * The comparison frames of a sentence, read apart from its elements as periods are
 * (io.github.cnstats.internal.parse.FrameReader): never parsed, it gives frameOrToken its follow (see periods).
 */
frames
    : frameOrToken .*? EOF
    ;

/**
 * A frame, which is preferred where one can be read, a section header, or one token. 从环比看 is both a frame and a
 * header; the frame, listed first, is taken.
 */
frameOrToken
    : frame         #frameFound
    | header        #headerFound
    | .             #notFrame
    ;

/**
 * A fronted comparison frame, which states a basis once for the changes after it in its sentence and is no
 * subject: the basis named alone (从环比看, 从同比来看), or a reference between 与 (同, 跟) and 相比 (比较, 对比):
 * 与去年同期相比, 与113年度相比较, 同上月比较, 与去年同期402件相比. What the reference means (上月, 去年同期, a year
 * before the figure's) is decided after binding, from its words (SentenceBasis).
 */
frame
    : FROM basis COME? LOOK                                         #namedFrame
    | (YOY_FRAME | POP_FRAME) COMPARE_MARK?                         #basisFrame
    | (YOY_WITH | POP_WITH) frameReference? COMPARED_WORD           #basisComparedFrame
    | (CONJ | SAME_WITH) frameReference COMPARED_WORD               #comparedFrame
    ;

/** The reference of a frame: words with no clause mark, quote, bracket or word of comparison of their own. */
frameReference
    : (~(CLAUSE_SEP | SENTENCE_END | LIST_SEP | LPAREN | RPAREN | OPEN_QUOTE | CLOSE_QUOTE | CONJ
        | COMPARE_MARK | COMPARED_WORD | YOY_BASIS | POP_BASIS | YOY_WITH | POP_WITH | YOY_FRAME | POP_FRAME))+
    ;

/**
 * A section header: 分季度看, 从分产业看, 分地区看, 从行业来看, 按消费类型分. It names what the clauses after it are about
 * and counts nothing, so it is never a subject. A header is a clause of its own, which the reader checks
 * (io.github.cnstats.internal.parse.FrameReader); its words end at the first word that can close it.
 */
header
    : (FROM | SECTION_BY) (~(CLAUSE_SEP | SENTENCE_END))+? (COME? LOOK | SECTION_BY)    #sectionHeader
    ;
