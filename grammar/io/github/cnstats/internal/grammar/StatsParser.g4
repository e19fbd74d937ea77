/*
 * The phrase structure of statistics in a Chinese sentence.
 *
 * A sentence is read as a flat run of elements in text order: quantities (39.1万起), changes (同比上升5.7%),
 * markers that bind them (分别, 均, 、, 从) and plain text. The grammar decides what each number IS; Java
 * (io.github.cnstats.internal.extract) decides what it is OF: subjects, links and lists span elements.
 *
 * Every alternative before the catch-all `.` is tried first, so a phrase is read as statistics whenever it
 * can be, and as text otherwise; no input is a syntax error.
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
    | ordinal                   #ordinalElement
    | levelChange               #levelChangeElement
    | change                    #changeElement
    | quantity                  #quantityElement
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
    : approxBefore? MONEY_UNIT? negative? measure approxAfter? (rangeSep approxBefore? measure approxAfter?)?
    ;

/** A minus sign before a level: 人口自然增长率为-0.99‰. */
negative : HYPHEN ;

/** One number with what it counts. */
measure
    : numeral PERCENT                       #percentMeasure
    | numeral PERMILLE                      #permilleMeasure
    | PERCENT_OF numeral                    #percentOfMeasure
    | PERMILLE_OF numeral                   #permilleOfMeasure
    | numeral PERCENTAGE_POINT              #pointMeasure
    | numeral TIMES                         #timesMeasure
    | numeral TENTH numeral?                #tenthMeasure
    | numeral innerApprox? unit             #unitMeasure
    | numeral                               #bareMeasure
    ;

/**
 * A number: Arabic with optional magnitudes (1.2万, 3千万, 300多万), Arabic in groups as Taiwan and Hong Kong
 * write them (2万4000, 1亿2千万), or Chinese (三千二百, 廿五点二亿).
 */
numeral
    : NUMBER MAGNITUDE+ (NUMBER MAGNITUDE*)+             #groupedNumeral
    | NUMBER MAGNITUDE* (innerApprox MAGNITUDE+)?       #arabicNumeral
    | (CN_DIGITS | MAGNITUDE)+ (CN_FRACTION MAGNITUDE*)? #chineseNumeral
    ;

/** A unit or counter from the lexicon; TIME_UNIT (年, 个月) makes the phrase a period, not a measurement. */
unit
    : UNIT          #countUnit
    | MONEY_UNIT    #moneyUnit
    | TIME_UNIT     #timeUnit
    ;

/** 约, 超过 ...; 约为91亿元 puts 为 between the word and the number. */
approxBefore : APPROX_BEFORE REACH? ;
approxAfter  : APPROX_AFTER | MORE_WORD ;
innerApprox  : APPROX_AFTER | MORE_WORD ;
rangeSep     : TO | DASH | HYPHEN ;

/** 第十四届, 第4个: an ordinal, never a measurement. */
ordinal
    : ORDINAL numeral unit?
    ;

/** 连续7个月: how long a change has lasted. */
streak
    : CONTINUOUS numeral TIME_UNIT
    ;

// ---------------------------------------------------------------------------------------------------------
// Changes

/** A change of something, with its basis, direction and amounts. */
change
    : changeLeads? direction PERFECTIVE? RESPECTIVELY? changeAmounts?                 #directedChange
    | changeLeads? MONTHLY_AVG? RATE_WORD RESPECTIVELY? REACH? changeAmounts          #rateChange
    | changeLeads? DOUBLING                                                           #doublingChange
    | REF_VERB refWords RESPECTIVELY? changeAmounts                                  #referenceChange
    | COMPARE_MARK compareWords comparedDirection changeAmounts                      #comparedChange
    | basis RESPECTIVELY? (LPAREN signedAmount RPAREN | signedAmount)                #signedChange
    | basis (changeLead | RESPECTIVELY)* (MORE_WORD | LESS_WORD) changeAmounts       #moreOrLessChange
    | COMBINED_CHANGE changeAmounts?                                                   #combinedChange
    ;

/** "rose to X": 提高到76.58%, 分别提高到58794元和23184元. */
levelChange
    : changeLeads? (RISE_TO | FALL_TO) RESPECTIVELY? changeAmounts
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

changeLead
    : basis
    | CHANGE_ADVERB
    | YEARLY_AVG
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
    | MORE_WORD     #comparedMore
    | LESS_WORD     #comparedLess
    ;

/** One amount or a list of them (分别上升28.5%和76.6%). */
changeAmounts
    : quantity ((LIST_SEP | CONJ) quantity)*
    ;

/** +22宗, -47.2%. */
signedAmount
    : (PLUS | HYPHEN) quantity
    ;

/** The named reference after 高于/快于: 全国平均水平, 规模以上工业. */
refWords
    : (~(NUMBER | CN_DIGITS | MAGNITUDE | CLAUSE_SEP | SENTENCE_END | LIST_SEP | APPROX_BEFORE | PERCENT_OF
        | PERMILLE_OF | RESPECTIVELY))+
    ;

/** The reference after 比/较, which may hold a year: 比2020年. */
compareWords
    : (~(CLAUSE_SEP | SENTENCE_END | LIST_SEP | UP_VERB | DOWN_VERB | FLAT_VERB | MORE_WORD | LESS_WORD))+
    ;
