package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The parser's leaves are its tokens, and a token consumed by a second parse gets a leaf of ANTLR's. */
class TokenParserTest {

    private static final String SENTENCE = "全年共接报警情3.2万起,同比下降6.5%。";

    @Test
    void eachTokenIsItsOwnLeafInTheFirstTreeThatConsumesIt() {
        Recognizers own = new Recognizers(UnitLexicon.standard(), PlainHan.of(UnitLexicon.standard()));
        own.lex(SENTENCE);
        TokenRun run = new TokenRun(own.lexer).read(own.tokens, 0, own.tokens.size());
        StatsParser.SentenceContext first = new PieceParser().parse(run);
        List<TerminalNode> firstLeaves = leaves(first, new ArrayList<>());
        assertFalse(firstLeaves.isEmpty());
        for (TerminalNode leaf : firstLeaves) {
            assertSame(leaf, leaf.getSymbol(), "a token as its own leaf: " + leaf);
            assertNotNull(leaf.getParent());
        }

        run.seek(0);
        StatsParser.SentenceContext again = new PieceParser().parseWithLl(run); // the same token objects
        List<TerminalNode> againLeaves = leaves(again, new ArrayList<>());
        assertEquals(firstLeaves.size(), againLeaves.size());
        for (int i = 0; i < againLeaves.size(); i++) {
            TerminalNode leaf = againLeaves.get(i);
            assertNotSame(leaf, leaf.getSymbol(), "a second leaf of ANTLR's");
            assertSame(firstLeaves.get(i).getSymbol(), leaf.getSymbol());
            assertSame(firstLeaves.get(i), firstLeaves.get(i).getSymbol(), "the first tree keeps its leaves");
        }
        assertEquals(first.getText(), again.getText());
        assertEquals(first.toStringTree(), again.toStringTree());
    }

    private static List<TerminalNode> leaves(ParseTree tree, List<TerminalNode> out) {
        if (tree instanceof TerminalNode leaf) {
            out.add(leaf);
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            leaves(tree.getChild(i), out);
        }
        return out;
    }
}
