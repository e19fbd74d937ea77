package io.github.cnstats.internal.extract;

import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.internal.ast.Node.ComparedPeriod;
import io.github.cnstats.internal.ast.Node.PeriodPhrase;
import io.github.cnstats.internal.ast.Node.Text;
import io.github.cnstats.internal.ast.Node.Frame;
import io.github.cnstats.internal.words.CharClasses;
import io.github.cnstats.internal.words.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides the basis of each change of one sentence, as a reader does (MEASUREMENTS.md, "Reading a comparison in
 * its sentence"):
 *
 * <ul>
 * <li>A reference that names the period just before or the same period a year earlier (低于上月, 较去年同期) is
 * that basis, and so is a calendar year just before the figure's own (2018年…比2017年, 114年…较113年).</li>
 * <li>A change that states no basis takes that of the nearest earlier change of the sentence that stated a
 * year-on-year or period-on-period one (A同比增长a%,B增长b%; 比上年减少N万吨,下降a%), or of a fronted frame
 * (从环比看, / 与上月相比,), which governs the rest of the sentence whatever its basis. A change with a named
 * reference governs its own clause only; a change that states another basis stops the carry and carries its
 * own; an average over years (两年平均增长, 年均增长) is never reached; a change of a rate (增速比上月加快) moves
 * the rate, not the figures after it, and neither sets nor stops the carry.</li>
 * </ul>
 *
 * One per call of the parser; drafts are settled one sentence (window) at a time, in place.
 */
final class SentenceBasis {

    /** Words that make a change an average over years, written just before it (两年平均, 年均). */
    private static final String[] YEARS_AVERAGE = {"年平均", "年均"};

    /** The words of the window at hand, which a reference and the words around a change are read from. */
    private final SentenceTexts texts;

    SentenceBasis(SentenceTexts texts) {
        this.texts = texts;
    }

    /** References that are a basis: 上月 period on period, 去年同期 year on year. */
    private static final Map<String, String> PREVIOUS = WordLists.table("previous-periods");

    /** The first characters of {@link #PREVIOUS}' words (上, 去, 前, 对): a reference starting with none is none. */
    private static final String PREVIOUS_FIRST_CHARS = PREVIOUS.keySet().stream()
            .map(word -> word.substring(0, 1)).distinct().reduce("", String::concat);

    /**
     * Settles the basis of every change among {@code drafts}, the drafts of the sentence starting at
     * {@code start}, with its periods, the periods compared with and the comparison frames, as the grammar read
     * them.
     */
    void settle(List<Draft> drafts, int start, List<PeriodPhrase> periods, List<ComparedPeriod> compared,
                List<Frame> frames) {
        List<Draft> changes = null;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.change != null) {
                comparedWith(d, compared);
                named(d, start, periods);
                if (changes == null) {
                    changes = new ArrayList<>(drafts.size());
                }
                changes.add(d);
            }
        }
        if (changes == null) {
            return;
        }
        changes.sort((a, b) -> Integer.compare(a.changeAt, b.changeAt)); // stable: a 分别 list keeps its order
        int nextFrame = 0;
        ChangeBasis carried = null; // the basis carried, and its reference
        int[] carriedReference = null;
        boolean framed = false;
        for (int i = 0; i < changes.size(); i++) {
            Draft d = changes.get(i);
            while (nextFrame < frames.size() && frames.get(nextFrame).end() <= d.changeAt) {
                Frame f = frames.get(nextFrame++);
                ChangeBasis named = f.basis() == ChangeBasis.REFERENCE ? previousPeriod(f.refStart(), f.refEnd()) : null;
                carried = named != null ? named : f.basis();
                carriedReference = carried != ChangeBasis.REFERENCE ? null : new int[] {f.refStart(), f.refEnd()};
                if (f.basis() == ChangeBasis.REFERENCE && carriedReference != null) {
                    ChangeBasis yearBefore = yearBefore(carriedReference, d, start, periods);
                    if (yearBefore != null) {
                        carried = yearBefore;
                        carriedReference = null;
                    }
                }
                framed = true;
            }
            ChangeBasis basis = d.change.basis();
            if (d.ofRate || isOfRate(d)) {
                continue; // 增速比上月回落0.5个百分点: the rate moves; the figures after it keep their basis
            }
            if (basis == ChangeBasis.YEAR_ON_YEAR || basis == ChangeBasis.PERIOD_ON_PERIOD) {
                carried = basis;
                carriedReference = null;
                framed = false;
            } else if (basis == ChangeBasis.REFERENCE) {
                if (!framed) {
                    carried = null; // a named reference governs its own clause only, and stops what came before
                }
            } else if (carried != null && !isAverageOverYears(d)) {
                Change c = d.change;
                d.change = new Change(carried, c.direction(), c.amount(), c.amountUnit(), null, c.streak());
                d.reference = carriedReference;
            }
        }
    }

    /** At most this many characters stand between a compared period and its change: 与1-9月份<b>基本</b>持平. */
    private static final int COMPARED_GAP = 2;

    /**
     * 比去年三季度提高0.7个百分点, 相较8月份增长12%, 与1-9月份基本持平: a change that names no basis, right after a
     * period it is compared with, is measured against that period, as written.
     */
    private void comparedWith(Draft d, List<ComparedPeriod> compared) {
        if (d.change.basis() != ChangeBasis.UNSPECIFIED || d.reference != null || d.changeAt < 0) {
            return;
        }
        for (int i = compared.size() - 1; i >= 0; i--) {
            ComparedPeriod p = compared.get(i);
            if (p.end() > d.changeAt) {
                continue;
            }
            if (d.changeAt - p.end() <= COMPARED_GAP && !holdsClauseMark(p.end(), d.changeAt)) {
                Change c = d.change;
                d.change = new Change(ChangeBasis.REFERENCE, c.direction(), c.amount(), c.amountUnit(), null,
                        c.streak());
                d.reference = new int[] {referenceStart(p), p.end()};
            }
            return;
        }
    }

    /**
     * Where the words of a compared period's reference start: at the period, or at the year before that the basis
     * word holds (比去年上半年, 与上年二季度: 去年上半年, 上年二季度), which the period is a part of.
     */
    private int referenceStart(ComparedPeriod p) {
        int year = p.start() + 1;
        return year < p.periodStart() && "上去前".indexOf(texts.characterAt(year)) >= 0 ? year : p.periodStart();
    }

    private boolean holdsClauseMark(int from, int to) {
        return !texts.allOf(from, to, c -> !CharClasses.isClauseMark((char) c));
    }

    /** 低于上月, 较去年同期, and a year just before the figure's: a named reference that is a basis. */
    private void named(Draft d, int sentenceStart, List<PeriodPhrase> periods) {
        if (d.change.basis() != ChangeBasis.REFERENCE || d.reference == null) {
            return;
        }
        ChangeBasis basis = previousPeriod(d.reference[0], d.reference[1]);
        if (basis == null) {
            basis = yearBefore(d.reference, d, sentenceStart, periods);
        }
        if (basis != null) {
            Change c = d.change;
            d.change = new Change(basis, c.direction(), c.amount(), c.amountUnit(), null, c.streak());
            d.reference = null;
        }
    }

    /**
     * @return the basis that the reference {@code text[from, to)} names relatively (上月, 上一季, 去年同期), or null
     *         for any other reference
     */
    private ChangeBasis previousPeriod(int from, int to) {
        int first = texts.characterAt(from);
        if (first < 0 || PREVIOUS_FIRST_CHARS.indexOf(first) < 0) {
            return null; // 2023年同期, 6月: most references are a period named, and need no copy looked up
        }
        String basis = PREVIOUS.get(texts.words(from, to));
        return basis == null ? null : ChangeBasis.valueOf(basis);
    }

    /** 二〇二三年…较二〇二二年上升28.4%: against the year before the period's is year on year. */
    private ChangeBasis yearBefore(int[] reference, Draft d, int sentenceStart, List<PeriodPhrase> periods) {
        int number = d.quantity != null ? d.quantity.start() : d.start;
        PeriodPhrase period = MeasurementMaker.lastBefore(periods, number);
        String words = texts.words(reference[0], reference[1]);
        if (period != null && Years.isYearBefore(words, texts.words(period.start(), period.end()))) {
            return ChangeBasis.YEAR_ON_YEAR;
        }
        // 114年度…与113年度相比; 去年…2017年…较前年: a year the sentence names before the comparison.
        return Years.isYearBeforeOneIn(words, texts.words(sentenceStart, Math.min(number, reference[0])))
                ? ChangeBasis.YEAR_ON_YEAR : null;
    }

    /**
     * 增速比5月份加快1.8个百分点: a comparison written right after the name of a rate (增速, 增幅, 涨幅, 降幅 all end
     * in 速 or 幅) moves the rate, as a rate movement does.
     */
    private boolean isOfRate(Draft d) {
        int at = d.changeAt;
        int before = texts.characterAt(at - 1);
        return before == '速' || before == '幅';
    }

    /** 两年平均增长5.1%, 年均增长: the words just before the change, in its clause. */
    private boolean isAverageOverYears(Draft d) {
        int at = d.changeAt;
        for (String word : YEARS_AVERAGE) {
            int from = at - word.length() - 1;
            Text words = texts.covering(from, at + word.length() + 2);
            if (TextSearch.indexOf(words.text(), word, from - words.start(), at + word.length() + 2 - words.start())
                    >= 0) {
                return true;
            }
        }
        return false;
    }
}
