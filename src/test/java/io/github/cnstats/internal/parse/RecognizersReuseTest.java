package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One thread's lexer, token table and parser read sentence after sentence ({@link Recognizers}): what was
 * read of a sentence must not change when the next one is read, and must not depend on what came before.
 */
class RecognizersReuseTest {

    private static final String FIRST = "据介绍,今年破获案件1.2万起,同比上升13.5%。";
    private static final String SECOND = "其中,抓获嫌疑人800人,分别下降2.3%和4%,比上年多12亿元。";

    @Test
    void theTokensOfASentenceKeepTheirTextWhenTheNextIsRead() {
        SentenceParser parser = new SentenceParser(UnitLexicon.standard());
        ParsedSentence first = parser.parse(FIRST);
        List<String> before = texts(first);
        parser.parse(SECOND);
        assertEquals(before, texts(first));
        assertEquals(List.of("marker 3-4", "1.2万起", "marker 15-16", "同比上升13.5%", "marker 25-26"), before);
    }

    @Test
    void aSentenceReadsTheSameAfterAnother() {
        List<String> alone = texts(new SentenceParser(UnitLexicon.standard()).parse(SECOND));
        SentenceParser parser = new SentenceParser(UnitLexicon.standard());
        parser.parse(FIRST);
        parser.parse("");
        assertEquals(alone, texts(parser.parse(SECOND)));
    }

    /** Each element of the sentence: the text of every token of a phrase, the characters of a marker. */
    private static List<String> texts(ParsedSentence sentence) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.phrase(i) != null) {
                List<String> leaves = new ArrayList<>();
                leaves(sentence.phrase(i), leaves);
                out.add(String.join("", leaves));
            } else {
                out.add("marker " + sentence.markerStart(i) + "-" + sentence.markerEnd(i));
            }
        }
        return out;
    }

    private static void leaves(ParseTree tree, List<String> out) {
        if (tree.getChildCount() == 0) {
            out.add(tree.getText());
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            leaves(tree.getChild(i), out);
        }
    }
}
