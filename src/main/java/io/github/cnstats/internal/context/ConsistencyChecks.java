package io.github.cnstats.internal.context;

import io.github.cnstats.Approximation;
import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Diagnostic;
import io.github.cnstats.Direction;
import io.github.cnstats.Measurement;
import io.github.cnstats.Quantity;
import io.github.cnstats.Span;
import io.github.cnstats.Unit;
import io.github.cnstats.internal.normalize.TextNormalizer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures of one document that do not add up, each a diagnostic of its own kind: parts after 其中 that sum to more
 * than their whole, a share above 100 %, and a stated change that two stated levels contradict (从A降至B,减少N
 * where A − B is not N; 从A增至B where B is below A; a rate that A and B do not give). Every comparison allows the
 * precision of the figures as written: 1.2万 is 12000 ± 500, 1200 is ± 0.5, 5.7 % ± 0.05, so rounding never
 * raises one.
 *
 * <p>Two levels are two measurements of one subject and unit whose spans overlap: 从1200起降至900起 (the first is
 * the earlier) and 2400件,较去年同期的2000件增长20% (the second is the earlier, a level read by the comparison).
 */
public final class ConsistencyChecks {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern SHARE = Pattern.compile("占|比重|份额");
    private static final Pattern NOT_SHARE = Pattern.compile("占用|占地|侵占|霸占|抢占|攻占|占领|占据");
    /** How far apart in text order two measurements of one phrase can be (分别 lists hold a few). */
    private static final int NEAR = 12;
    private static final String SENTENCE_ENDS = "。！？!?\n\r";
    private static final String CLAUSE_ENDS = "。！？!?\n\r;；";

    private final TextNormalizer normalizer;

    /** @param normalizer reads each measurement's text as the grammar did (Traditional 佔 is 占) */
    public ConsistencyChecks(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * @param text the document as given
     * @param ms   its measurements, in text order
     * @return what does not add up, in text order of where it starts
     */
    public List<Diagnostic> check(CharSequence text, List<Measurement> ms) {
        List<Diagnostic> out = new ArrayList<>();
        if (ms.isEmpty()) {
            return out;
        }
        Texts norm = new Texts(ms);
        parts(text, ms, norm, out);
        for (int i = 0; i < ms.size(); i++) {
            share(ms.get(i), norm, i, out);
            levels(text, ms, norm, i, out);
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    // ---- 其中: parts and whole

    private void parts(CharSequence text, List<Measurement> ms, Texts norm, List<Diagnostic> out) {
        String s = text.toString();
        int next = 0; // the first measurement that starts at or after the 其中 at hand: one pass over both
        for (int at = s.indexOf("其中"); at >= 0; at = s.indexOf("其中", at + 2)) {
            while (next < ms.size() && ms.get(next).span().start() < at) {
                next++;
            }
            int wholeIndex = -1;
            for (int i = next - 1; i >= Math.max(0, next - NEAR); i--) {
                Span span = ms.get(i).span();
                if (span.end() <= at && onlyJoins(s, span.end(), at)) {
                    wholeIndex = i;
                    break;
                }
            }
            if (wholeIndex < 0) {
                continue;
            }
            Measurement whole = ms.get(wholeIndex);
            Quantity w = whole.quantity();
            if (w == null || w.isRange() || w.unit() == null || w.approx() == Approximation.MORE_THAN
                    || w.approx() == Approximation.AT_LEAST) {
                continue; // the whole's upper bound unknown
            }
            // 其中,A…,B…; : the list runs to the clause's end. 其中A…、B…,C…: to the first comma, since what follows
            // the comma may be a clause of its own (新增造林96万亩、其中防护林31万亩,修复退化草原208万亩).
            boolean fronted = at + 2 < s.length() && ",，:：".indexOf(s.charAt(at + 2)) >= 0;
            int clauseEnd = indexOfAny(s, fronted ? CLAUSE_ENDS : CLAUSE_ENDS + ",，", fronted ? at + 3 : at);
            List<Integer> parts = new ArrayList<>();
            for (int i = wholeIndex + 1; i < ms.size(); i++) {
                Measurement p = ms.get(i);
                if (p.span().start() < at) {
                    continue;
                }
                if (p.span().start() >= clauseEnd) {
                    break;
                }
                Quantity q = p.quantity();
                if (q != null && w.unit().equals(q.unit())) {
                    parts.add(i);
                }
            }
            if (parts.isEmpty() || overlapping(ms, parts)) {
                continue; // earlier levels or 从A至B among the parts: no plain list
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal slack = half(w, norm.get(wholeIndex));
            boolean lowerBounds = true;
            for (int i : parts) {
                Quantity q = ms.get(i).quantity();
                if (q.isRange() || !(q.approx() == Approximation.EXACT || q.approx() == Approximation.ABOUT
                        || q.approx() == Approximation.MORE_THAN || q.approx() == Approximation.AT_LEAST)) {
                    lowerBounds = false;
                    break;
                }
                sum = sum.add(q.value());
                slack = slack.add(half(q, norm.get(i)));
            }
            if (!lowerBounds) {
                continue;
            }
            if (w.approx() == Approximation.ABOUT || anyAbout(ms, parts)) {
                slack = slack.add(w.value().multiply(new BigDecimal("0.05"))); // 约: a twentieth either way
            }
            if (sum.compareTo(w.value().add(slack)) > 0) {
                Span span = new Span(whole.span().start(), ms.get(parts.get(parts.size() - 1)).span().end());
                out.add(new Diagnostic(Diagnostic.Kind.PARTS_EXCEED_WHOLE, span, "the parts after 其中 add up to "
                        + sum.toPlainString() + unit(w) + ", more than the whole " + w.value().toPlainString()
                        + unit(w)));
            }
        }
    }

    private static boolean anyAbout(List<Measurement> ms, List<Integer> parts) {
        return parts.stream().anyMatch(i -> ms.get(i).quantity().approx() == Approximation.ABOUT);
    }

    private static boolean overlapping(List<Measurement> ms, List<Integer> parts) {
        for (int a = 0; a < parts.size(); a++) {
            for (int b = a + 1; b < parts.size(); b++) {
                if (overlap(ms.get(parts.get(a)).span(), ms.get(parts.get(b)).span())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether only a comma, a colon or white space stands between a whole and its 其中. */
    private static boolean onlyJoins(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",，、:：\t 　".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    // ---- shares

    /** The measurements' texts normalised, each only when a check needs it: most are never looked at. */
    private final class Texts {

        private final List<Measurement> ms;
        private final String[] texts;

        Texts(List<Measurement> ms) {
            this.ms = ms;
            this.texts = new String[ms.size()];
        }

        String get(int i) {
            if (texts[i] == null) {
                texts[i] = normalizer.normalize(ms.get(i).text()).text();
            }
            return texts[i];
        }
    }

    private static void share(Measurement m, Texts texts, int index, List<Diagnostic> out) {
        Quantity q = m.quantity();
        if (q == null || !Unit.PERCENT.equals(q.unit()) || m.change() != null) {
            return;
        }
        BigDecimal top = q.isRange() ? q.high() : q.value();
        if (top.compareTo(HUNDRED) <= 0) {
            return; // a share as written is at most 100 %: its rounding cannot take it above
        }
        String norm = texts.get(index);
        if (SHARE.matcher(norm).find() && !NOT_SHARE.matcher(norm).find()) {
            out.add(new Diagnostic(Diagnostic.Kind.SHARE_OVER_HUNDRED, m.span(),
                    "a share of " + top.toPlainString() + "%, above 100%"));
        }
    }

    // ---- two levels and a change

    private void levels(CharSequence text, List<Measurement> ms, Texts norm, int i, List<Diagnostic> out) {
        Measurement m = ms.get(i);
        Quantity b = m.quantity();
        if (b == null || b.isRange() || b.unit() == null || m.subject() == null || b.approx() != Approximation.EXACT) {
            return;
        }
        int earlier = -1;
        for (int j = Math.max(0, i - NEAR); j < Math.min(ms.size(), i + NEAR + 1); j++) {
            Measurement l = ms.get(j);
            if (j == i || l.change() != null || l.quantity() == null || l.quantity().isRange()
                    || l.quantity().approx() != Approximation.EXACT || !b.unit().equals(l.quantity().unit())
                    || !m.subject().equals(l.subject()) || !overlap(m.span(), l.span())
                    || !sameSentence(text, m.span(), l.span())) {
                continue;
            }
            if (earlier >= 0) {
                return; // two candidates: not one pair of levels
            }
            earlier = j;
        }
        if (earlier < 0) {
            return;
        }
        boolean from = earlier < i; // 从A降至B: A comes first; 较去年同期的A: after
        Quantity a = ms.get(earlier).quantity();
        BigDecimal halfA = half(a, norm.get(earlier));
        BigDecimal halfB = half(b, norm.get(i));
        List<Change> changes = new ArrayList<>();
        if (m.change() != null) {
            changes.add(m.change());
        }
        for (int k = i + 1; k < ms.size(); k++) { // 比上年增加12万吨,增长3.1%: the second amount, a measurement of its own
            Measurement c = ms.get(k);
            if (c.quantity() != null || c.change() == null || !m.subject().equals(c.subject())
                    || !sameSentence(text, m.span(), c.span())) {
                break;
            }
            changes.add(c.change());
        }
        for (Change c : changes) {
            if (from && c.basis() != ChangeBasis.UNSPECIFIED) {
                continue; // 从2019年的A增至B,同比增长5%: the 同比 is not against A
            }
            check(m, a, b, halfA, halfB, c, out);
        }
    }

    private static void check(Measurement m, Quantity a, Quantity b, BigDecimal halfA, BigDecimal halfB, Change c,
                              List<Diagnostic> out) {
        BigDecimal diff = b.value().subtract(a.value());
        BigDecimal slack = halfA.add(halfB);
        Direction d = c.direction();
        if (d == Direction.UP && diff.compareTo(slack.negate()) < 0 || d == Direction.DOWN && diff.compareTo(slack) > 0) {
            out.add(new Diagnostic(Diagnostic.Kind.CHANGE_CONTRADICTS_LEVELS, m.span(), "the change is " + d
                    + " but the levels go from " + a.value().toPlainString() + " to " + b.value().toPlainString()));
            return;
        }
        if (!c.hasAmount() || d == Direction.FLAT) {
            return;
        }
        BigDecimal amount = c.amount();
        BigDecimal amountHalf = halfUlp(amount);
        Unit unit = c.amountUnit();
        if (unit.equals(b.unit()) || unit.equals(Unit.PERCENTAGE_POINT) && Unit.PERCENT.equals(b.unit())) {
            if (diff.abs().subtract(amount).abs().compareTo(slack.add(amountHalf)) > 0) {
                out.add(new Diagnostic(Diagnostic.Kind.DIFFERENCE_MISMATCH, m.span(), "the levels "
                        + a.value().toPlainString() + " and " + b.value().toPlainString() + " differ by "
                        + diff.abs().toPlainString() + ", not the " + amount.toPlainString() + " stated"));
            }
            return;
        }
        if (a.value().signum() <= 0) {
            return;
        }
        BigDecimal scale;
        if (unit.equals(Unit.PERCENT)) {
            scale = HUNDRED;
        } else if (unit.equals(Unit.PER_MILLE)) {
            scale = BigDecimal.valueOf(1000);
        } else if (unit.equals(Unit.TIMES)) {
            scale = BigDecimal.ONE;
        } else {
            return;
        }
        BigDecimal rate = diff.abs().divide(a.value(), MC).multiply(scale);
        // d(rate) for the rounding of A and B: (|B| halfA / A² + halfB / A) × scale
        BigDecimal rateSlack = b.value().abs().multiply(halfA).divide(a.value().pow(2), MC)
                .add(halfB.divide(a.value(), MC)).multiply(scale).add(amountHalf);
        if (rate.subtract(amount).abs().compareTo(rateSlack) > 0) {
            out.add(new Diagnostic(Diagnostic.Kind.CHANGE_CONTRADICTS_LEVELS, m.span(), "from "
                    + a.value().toPlainString() + " to " + b.value().toPlainString() + " is "
                    + rate.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                    + unit.text() + ", not the " + amount.toPlainString() + unit.text() + " stated"));
        }
    }

    // ---- precision of what is written

    /** An Arabic numeral and the magnitude after it: 1200, 1.2万, 3000亿, 39.1万. */
    private static final Pattern WRITTEN = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)(万亿|亿|万|千)?");

    /**
     * Half the last written unit of a quantity: 1200 is ± 0.5, 1.2万 ± 500, 3000亿 ± 0.5亿, 5.7 ± 0.05, read from
     * the numeral as written. Where no Arabic numeral of that value is written (Chinese numerals), the last
     * non-zero digit counts, which can only allow more.
     */
    static BigDecimal half(Quantity q, String normText) {
        BigDecimal v = q.value();
        Matcher m = WRITTEN.matcher(normText);
        while (m.find()) {
            BigDecimal digits = new BigDecimal(m.group(1));
            int shift = m.group(2) == null ? 0 : switch (m.group(2)) {
                case "万亿" -> 12;
                case "亿" -> 8;
                case "万" -> 4;
                default -> 3;
            };
            if (digits.scaleByPowerOfTen(shift).compareTo(v) == 0) {
                return BigDecimal.ONE.scaleByPowerOfTen(shift - digits.scale()).divide(BigDecimal.valueOf(2));
            }
        }
        return halfUlp(v);
    }

    private static BigDecimal halfUlp(BigDecimal v) {
        return BigDecimal.ONE.scaleByPowerOfTen(-v.stripTrailingZeros().scale()).divide(BigDecimal.valueOf(2));
    }

    private static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static boolean sameSentence(CharSequence text, Span a, Span b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        for (int i = from; i < to; i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static String unit(Quantity q) {
        return q.unit() == null ? "" : q.unit().text();
    }
}
