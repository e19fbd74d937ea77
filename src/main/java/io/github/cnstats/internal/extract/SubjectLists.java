package io.github.cnstats.internal.extract;

import io.github.cnstats.Approximation;
import io.github.cnstats.internal.ast.Node.QuantityPhrase;
import io.github.cnstats.internal.ast.Node.Text;
import io.github.cnstats.internal.words.CharClasses;
import io.github.cnstats.internal.words.WordLists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists of subjects and the 分别 lists of quantities they go with.
 *
 * <p>{@code 油料、棉花、糖料产量分别达1830万吨、3960万吨、12万吨以上}: three subjects that share the head
 * {@code 产量}, three quantities in the same order, and a {@code 以上} written once for all of them.
 */
final class SubjectLists {

    /**
     * Head nouns that a list of subjects shares when it is written once at the end (先进制造业、高技术制造业增加值).
     * The earliest one found in the last item starts the shared part.
     */
    private static final List<String> HEADS = WordLists.words("list-heads");

    /** The words of the window at hand: each method reads the text its range lies in, at offsets of its own. */
    private final SentenceTexts texts;
    private final SubjectText subjects;
    private final RegionFinder regions;

    SubjectLists(SentenceTexts texts, SubjectText subjects, RegionFinder regions) {
        this.texts = texts;
        this.subjects = subjects;
        this.regions = regions;
    }

    /**
     * Splits a subject written as a list (A、B和C) into one range list per item; items before the last take the
     * head the last one ends with.
     *
     * @param range    the subject
     * @param expected how many items are expected, or -1 for any number
     * @return the items, or the whole range alone when it is not a list of that many
     */
    List<int[]> split(int[] range, int expected) {
        return split(range, expected, true);
    }

    /**
     * @param conjunctions whether 和 及 与 separate items too; in a compound noun they often do not
     *                     (高技术及装备制造业), so a list split without 分别 or 均 uses 、 and 和 only
     */
    List<int[]> split(int[] range, int expected, boolean conjunctions) {
        List<int[]> items = split(range, expected, conjunctions, false);
        if (items.size() == 1 && expected > 1) {
            // 文化办公用品和体育器材、家具类商品分别增长…: too many items with 和, as many as the figures with 、 alone
            List<int[]> marked = split(range, expected, conjunctions, true);
            return marked.size() == expected ? marked : items;
        }
        return items;
    }

    /**
     * Splits a subject at 、 alone: without 分别 or 均, 交通和通信价格 and 家用电器和音像器材 name one category each,
     * while 粮食、棉花产量 still names two.
     */
    List<int[]> splitAtMarks(int[] range) {
        return split(range, -1, false, true);
    }

    private List<int[]> split(int[] range, int expected, boolean conjunctions, boolean marksOnly) {
        if (!hasSeparator(range, conjunctions)) {
            return List.of(range); // one item: not a list, and no need to trim it to find that out
        }
        List<int[]> items = new ArrayList<>();
        Text words = texts.covering(range[0], range[1]);
        String text = words.text();
        int o = words.start(); // where text is in the document: a range's offsets less o are offsets in text
        int itemStart = range[0];
        int depth = 0;
        for (int i = range[0]; i < range[1]; i++) {
            char c = text.charAt(i - o);
            if (c == '“' || c == '(' || c == '《') {
                depth++;
            } else if ((c == '”' || c == ')' || c == '》') && depth > 0) {
                depth--;
            }
            int separator = depth > 0 ? 0 : marksOnly ? (c == '、' ? 1 : 0) : separatorLength(text, i - o, range[1] - o, conjunctions);
            if (separator > 0) {
                addItem(items, itemStart, i);
                itemStart = i + separator;
                i += separator - 1;
            }
        }
        addItem(items, itemStart, range[1]);
        if (items.size() < 2 || (expected > 0 && items.size() != expected)
                || expected < 0 && isOneIndustry(range, items)) {
            return List.of(range);
        }
        return items;
    }

    /**
     * 电力、热力、燃气及水生产和供应业, 化学原料和化学制品制造业: the name of one industry of the national
     * classification joins its last part with 和 or 及, and only that part ends with 业; a list of industries
     * (装备制造业、高技术制造业) names each with its 业, and 汽车、电子行业 is two.
     */
    private boolean isOneIndustry(int[] range, List<int[]> items) {
        Text words = texts.covering(range[0], range[1]);
        String text = words.text();
        int o = words.start();
        if (TextSearch.indexOf(text, '和', range[0] - o, range[1] - o) < 0
                && TextSearch.indexOf(text, '及', range[0] - o, range[1] - o) < 0) {
            return false;
        }
        int[] last = items.get(items.size() - 1);
        int end = last[1];
        for (String head : HEADS) { // 供应业增加值: the head the name is the subject of
            if (end - head.length() > last[0] && text.startsWith(head, end - head.length() - o)) {
                end -= head.length();
                break;
            }
        }
        if (text.charAt(end - 1 - o) != '业') {
            return false;
        }
        for (int i = 0; i < items.size() - 1; i++) {
            if (text.charAt(items.get(i)[1] - 1 - o) == '业') {
                return false;
            }
        }
        return true;
    }

    /** The ranges of each item's subject, with the shared head added to items that lack one. */
    List<List<int[]>> withSharedHead(List<int[]> items) {
        List<List<int[]>> out = new ArrayList<>();
        int[] first = items.get(0);
        int[] last = items.get(items.size() - 1);
        int[] head = sharedHead(last, first);
        int[] prefix = sharedPrefix(first);
        for (int[] item : items) {
            List<int[]> ranges = new ArrayList<>();
            if (prefix != null && item != first && isHeadOnly(item)) {
                ranges.add(prefix); // 地方财政收入、支出: 支出 is 地方财政支出
            }
            ranges.add(item);
            if (head != null && item != last && !endsWithHead(item)) {
                ranges.add(head);
            }
            out.add(ranges);
        }
        return out;
    }

    /** The first item without its head word (地方财政 of 地方财政收入), or null. */
    private int[] sharedPrefix(int[] first) {
        for (String head : HEADS) {
            int at = first[1] - head.length();
            if (at >= first[0] + 2 && texts.wordAt(head, at)) {
                return new int[] {first[0], at};
            }
        }
        return null;
    }

    private boolean isHeadOnly(int[] item) {
        String word = texts.words(item[0], item[1]);
        return HEADS.contains(word) && word.length() >= 2;
    }

    /**
     * Gives each quantity of a 分别 list its subject, and spreads over the list what is written once: the unit
     * (1186万、1052万人次) and an approximation (19万吨以上, 分别超96.5%和98%).
     */
    void distribute(List<Draft> drafts) {
        if (!hasGroup(drafts)) {
            return; // most sentences have no 分别 list
        }
        Map<Integer, List<Draft>> groups = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.group >= 0 && d.quantity != null) {
                groups.computeIfAbsent(d.group, g -> new ArrayList<>()).add(d);
            }
        }
        for (List<Draft> group : groups.values()) {
            spreadUnits(group);
            spreadApproximation(group);
            int[] subject = group.get(0).groupSubject;
            if (subject == null) {
                continue;
            }
            List<int[]> items = split(subject, group.size());
            if (placesWithVerb(group, items)) {
                // 山东和河南分别完成投资320亿元和280亿元: each place is its item's region, the words after 分别 the
                // subject of every item
                int[] verb = group.get(0).groupVerb;
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).subject.clear();
                    group.get(i).subject.add(items.get(i));
                    group.get(i).subject.add(verb);
                    group.get(i).groupVerb = verb;
                }
                continue;
            }
            List<List<int[]>> subjectsOfItems = items.size() == group.size() ? withSharedHead(items) : null;
            for (int i = 0; i < group.size(); i++) {
                Draft d = group.get(i);
                if (d.hasSubject()) {
                    continue;
                }
                if (subjectsOfItems != null) {
                    d.subject.addAll(subjectsOfItems.get(i));
                } else {
                    d.subject.add(subject);
                }
            }
        }
    }

    /** Whether a 分别 list's items are all places, and the words between 分别 and its first number are known. */
    private boolean placesWithVerb(List<Draft> group, List<int[]> items) {
        if (group.get(0).groupVerb == null || items.size() != group.size() || group.size() < 2) {
            return false;
        }
        for (int i = 0; i < group.size(); i++) {
            int[] item = items.get(i);
            int[] name = regions.wholeName(item[0], item[1]);
            if (name == null || name[0] != item[0] || name[1] != item[1] || i > 0 && group.get(i).hasSubject()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasGroup(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).group >= 0 && drafts.get(i).quantity != null) {
                return true;
            }
        }
        return false;
    }

    private static void spreadUnits(List<Draft> group) {
        for (int i = group.size() - 2; i >= 0; i--) {
            Draft d = group.get(i);
            Draft next = group.get(i + 1);
            if (d.quantity.isBare() && !next.quantity.isBare()) {
                d.quantity = d.quantity.withUnitOf(next.quantity);
            }
        }
    }

    private static void spreadApproximation(List<Draft> group) {
        if (group.size() < 2) {
            return;
        }
        Approximation first = group.get(0).quantity.approx();
        Approximation last = group.get(group.size() - 1).quantity.approx();
        Approximation shared = Approximation.EXACT;
        long qualified = group.stream().filter(d -> d.quantity.approx() != Approximation.EXACT).count();
        if (qualified == 1 && first != Approximation.EXACT) {
            shared = first;
        } else if (qualified == 1 && last != Approximation.EXACT) {
            shared = last;
        }
        if (shared != Approximation.EXACT) {
            for (Draft d : group) {
                QuantityPhrase q = d.quantity;
                d.quantity = q.withApprox(shared);
            }
        }
    }

    /** Whether a character that may separate items is written in the range; see {@link #separatorLength}. */
    private boolean hasSeparator(int[] range, boolean conjunctions) {
        return !texts.allOf(range[0], range[1], conjunctions ? c -> !CharClasses.joinsListItems((char) c)
                : c -> c != CharClasses.LIST_MARK && c != '和');
    }

    /** @param text the words the range at hand lies in; {@code at} and {@code end} are offsets in them */
    private static int separatorLength(String text, int at, int end, boolean conjunctions) {
        char c = text.charAt(at);
        if (c == '、' || (c == '和' && at + 1 < end)) {
            return 1;
        }
        if (!conjunctions) {
            return 0;
        }
        if (text.startsWith("以及", at)) {
            return 2;
        }
        if ((c == '及' || c == '与') && at + 1 < end) {
            return 1;
        }
        return 0;
    }

    private void addItem(List<int[]> items, int start, int end) {
        if (items.isEmpty()) {
            Text words = texts.covering(start, end);
            int of = TextSearch.lastIndexOf(words.text(), '的', end - 1 - words.start(), start - words.start());
            of = of < 0 ? -1 : words.start() + of;
            if (of >= start && of + 1 < end) {
                start = of + 1; // 盗窃案件的破案数、抓获人数: the modifier belongs to the whole list
            }
        }
        int[] trimmed = subjects.trim(start, end);
        if (trimmed != null) {
            items.add(trimmed);
        }
    }

    /**
     * The part of the last item that the earlier items share: a head noun of two or more characters
     * (建筑业增加值), else, after a short first item, what follows the last item's parallel start
     * (南京、杭州公交线网单日最高客运量), else a one-character head (率 量 数 额).
     */
    private int[] sharedHead(int[] last, int[] first) {
        int word = earliestHead(last, 2);
        if (word >= 0) {
            return new int[] {word, last[1]};
        }
        int firstLength = first[1] - first[0];
        if (firstLength <= 3 && last[1] - last[0] > firstLength + 1) {
            return new int[] {last[0] + firstLength, last[1]};
        }
        int character = earliestHead(last, 1);
        return character < 0 ? null : new int[] {character, last[1]};
    }

    private int earliestHead(int[] last, int minLength) {
        int best = -1;
        for (String head : HEADS) {
            if (head.length() < minLength) {
                continue;
            }
            Text words = texts.covering(last[0], last[1]);
            int at = TextSearch.indexOf(words.text(), head, last[0] - words.start(), last[1] - words.start());
            at = at < 0 ? -1 : at + words.start();
            if (at >= last[0] + 2 && at < last[1] && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private boolean endsWithHead(int[] item) {
        for (String head : HEADS) {
            int at = item[1] - head.length();
            if (at >= item[0] && texts.wordAt(head, at)) {
                return true;
            }
        }
        return false;
    }
}
