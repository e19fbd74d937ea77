package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.Token;
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
        assertEquals(FIRST.replace(",", "").replace("。", ""), String.join("", texts(first))
                .replace(",", "").replace("。", ""));
    }

    @Test
    void aSentenceReadsTheSameAfterAnother() {
        List<String> alone = texts(new SentenceParser(UnitLexicon.standard()).parse(SECOND));
        SentenceParser parser = new SentenceParser(UnitLexicon.standard());
        parser.parse(FIRST);
        parser.parse("");
        assertEquals(alone, texts(parser.parse(SECOND)));
    }

    /** The text of every token of the sentence's pieces, in order, each with its place. */
    private static List<String> texts(ParsedSentence sentence) {
        List<String> out = new ArrayList<>();
        for (ParsedSentence.Piece piece : sentence.pieces()) {
            if (piece instanceof ParsedSentence.Parsed parsed) {
                leaves(parsed.tree(), out);
            } else {
                for (Token token : ((ParsedSentence.Unparsed) piece).tokens()) {
                    out.add(token.getText());
                }
            }
        }
        return out;
    }

    private static void leaves(ParseTree tree, List<String> out) {
        if (tree.getChildCount() == 0) {
            if (!tree.getText().equals("<EOF>")) {
                out.add(tree.getText());
            }
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            leaves(tree.getChild(i), out);
        }
    }
}
