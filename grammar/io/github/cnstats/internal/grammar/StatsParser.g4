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
    | quantity notStatisticAfter? #quantityElement   // 四次会议: a quantity, and a word that makes it none
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
    | numeral TIMES                         #timesMeasure
    | numeral TENTH (numeral | HALF)?       #tenthMeasure
    | numeral FRACTION_OF numeral           #fractionMeasure
    | numeral MONEY_UNIT numeral JIAO       #yuanJiaoMeasure  // 五元三角: yuan and tenths of a yuan
    | numeral UNIT approxAfter unit         #splitUnitMeasure // 3个多月, 两个多小时: 个 and a time unit, split
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
 * and HOUR (时) are units with a token of their own, which a clock time reads too (see clockHours).
 */
unit
    : (UNIT | POINT)        #countUnit
    | MONEY_UNIT            #moneyUnit
    | (TIME_UNIT | HOUR)    #timeUnit
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
    : TO            #toSep
    | DASH          #dashSep
    | HYPHEN        #hyphenSep
    ;

/** 连续7个月: how long a change has lasted. */
streak
    : CONTINUOUS numeral TIME_UNIT
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

/** 第十四届, 第4个: an ordinal, never a measurement. */
ordinal
    : ORDINAL numeral unit?
    ;

// ---------------------------------------------------------------------------------------------------------
// Changes

/**
 * A change of something, with its basis, direction and amounts. A rate's name before amounts is the change it
 * names (涨幅为3.2%, #rateChange); before a direction, it is what moves (增幅回落2个百分点, 降幅收窄0.3个百分点,
 * 增速比上月加快0.5个百分点: #rateMovementChange, the rate's own change, in the direction of the verb).
 */
change
    : changeLeads? direction PERFECTIVE? RESPECTIVELY? changeAmounts?                 #directedChange
    | changeLeads? MONTHLY_AVG? rateWord RESPECTIVELY? REACH? changeAmounts           #rateChange
    | rateWord RESPECTIVELY? changeLeads? direction PERFECTIVE? changeAmounts        #rateMovementChange
    | changeLeads? DOUBLING                                                           #doublingChange
    | refVerb refWords RESPECTIVELY? changeAmounts                                   #referenceChange
    | COMPARE_MARK compareWords comparedDirection changeAmounts                      #comparedChange
    | basis RESPECTIVELY? (LPAREN signedAmount RPAREN | signedAmount)                #signedChange
    | basis (changeLead | RESPECTIVELY)* moreOrLess changeAmounts                    #moreOrLessChange
    | combinedWord changeAmounts?                                                    #combinedChange
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

/** "rose to X": 提高到76.58%, 分别提高到58794元和23184元. */
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

/** One word before a direction; the adverbs of a measurement and 年均 make a bare direction a statistic. */
changeLead
    : basis             #basisLead
    | MEASURED_ADVERB   #measuredLead
    | POLICY_ADVERB     #policyLead
    | YEARLY_AVG        #yearlyAverageLead
    ;

basis
    : YOY_BASIS     #yearOnYear
    | POP_BASIS     #periodOnPeriod
    ;

direction
    : UP_VERB       #up
    | DOWN_VERB     #down
    | FLAT_VERB     #flat
    ;

comparedDirection
    : direction     #comparedVerb
    | moreOrLess    #comparedMoreOrLess
    ;

/** 比上年多12万人, 比上年少: more or less than the reference. */
moreOrLess
    : MORE_WORD     #more
    | LESS_WORD     #less
    ;

/** One amount or a list of them (分别上升28.5%和76.6%). */
changeAmounts
    : quantity ((LIST_SEP | CONJ) quantity)*
    ;

/** +22宗, -47.2%: the sign is the direction. */
signedAmount
    : PLUS quantity     #plusAmount
    | HYPHEN quantity   #minusAmount
    ;

/** The named reference after 高于/快于: 全国平均水平, 规模以上工业. */
refWords
    : (~(NUMBER | CN_DIGITS | CN_PAIR | CN_CAPITALS | MAGNITUDE | MINUS_WORD | CURRENCY_SIGN | CLAUSE_SEP | SENTENCE_END | LIST_SEP | NEARLY | ABOUT | MORE_THAN
        | BEYOND | LESS_THAN | AT_LEAST | AT_MOST | PERCENT_OF | PERMILLE_OF | RESPECTIVELY))+
    ;

/** The reference after 比/较, which may hold a year: 比2020年. */
compareWords
    : (~(CLAUSE_SEP | SENTENCE_END | LIST_SEP | UP_VERB | DOWN_VERB | FLAT_VERB | MORE_WORD | LESS_WORD))+
    ;
