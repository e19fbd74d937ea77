package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.words.WordLists;

import java.util.List;

/**
 * Fills a modifier that a text leaves out because the clause before named it: in 小麦播种面积2.3万公顷,比上年增加
 * 0.1万公顷;产量15.2万吨 the 产量 is 小麦产量. Only a subject that is a bare head of {@code words/elided-heads.txt}
 * is filled, and only from the nearest earlier subject of the same sentence that is a modifier and another head
 * of that list (小麦 + 播种面积); anything else is left as read.
 */
final class ElidedModifiers {

    private static final List<String> HEADS = WordLists.words("elided-heads");

    /** The longest modifier taken over: a longer text before the head is more than a modifier. */
    private static final int MAX_MODIFIER = 6;

    private ElidedModifiers() {
    }

    /** Fills the bare heads among {@code drafts}, the drafts of one sentence in text order. */
    static void fill(SentenceTexts texts, List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.subject.size() != 1 || !isHead(texts, d.subject.get(0))) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Draft before = drafts.get(j);
                if (before.subject.size() != 1) {
                    continue;
                }
                int[] modifier = modifierOf(texts, before.subject.get(0));
                if (modifier != null) {
                    int[] head = d.subject.get(0);
                    d.subject.clear();
                    d.subject.add(modifier);
                    d.subject.add(head);
                    break;
                }
                if (!sameRange(before.subject.get(0), d.subject.get(0))) {
                    break; // the nearest earlier subject names no modifier: nothing is filled
                }
            }
        }
    }

    private static boolean isHead(SentenceTexts texts, int[] range) {
        return HEADS.contains(texts.words(range[0], range[1]));
    }

    /** 小麦 of 小麦播种面积: the text before a head, when there is one of one to six characters; else null. */
    private static int[] modifierOf(SentenceTexts texts, int[] range) {
        for (String head : HEADS) {
            int at = range[1] - head.length();
            if (at > range[0] && at - range[0] <= MAX_MODIFIER && texts.wordAt(head, at)) {
                return new int[] {range[0], at};
            }
        }
        return null;
    }

    private static boolean sameRange(int[] a, int[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }
}
