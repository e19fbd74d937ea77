package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;
import org.antlr.v4.runtime.tree.Trees;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A tree whose leaves are the tokens themselves ({@link TokenLeaf}, made so by {@link PieceParser}) is the
 * tree ANTLR builds with a {@code TerminalNodeImpl} around each token: the same nodes, children, texts and
 * intervals, every leaf the child of the node that holds it, also when the same tokens are parsed again (as
 * they are when SLL prediction gives up).
 */
class TokenLeafPropertiesTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final String[] RULE_NAMES = StatsParser.ruleNames;

    @Provide
    Arbitrary<String> officialText() {
        return TreePieces.sentences(30);
    }

    @Property
    void leavesGiveTheTreeOfPlainTerminalNodes(@ForAll("officialText") String sentence) {
        Recognizers own = new Recognizers(UNITS, PlainHan.of(UNITS));
        own.lex(sentence);
        TokenRun run = new TokenRun(own.lexer).read(own.tokens, 0, own.tokens.size());
        StatsParser.SentenceContext first = own.parser.parse(run);
        ParseTree plain = plainParse(own);
        assertSameTree(plain, first);

        run.seek(0);
        StatsParser.SentenceContext again = own.parser.parse(run);
        assertSameTree(plain, again);
    }

    /** The same tokens parsed by a plain {@code StatsParser}, which makes a {@code TerminalNodeImpl} for each. */
    private static ParseTree plainParse(Recognizers own) {
        StatsParser parser = new StatsParser(new TokenRun(own.lexer).read(own.tokens, 0, own.tokens.size()));
        parser.removeErrorListeners();
        return parser.sentence();
    }

    private static void assertSameTree(ParseTree expected, ParseTree actual) {
        assertEquals(Trees.toStringTree(expected, Arrays.asList(RULE_NAMES)),
                Trees.toStringTree(actual, Arrays.asList(RULE_NAMES)));
        assertSameNode(expected, actual);
    }

    private static void assertSameNode(ParseTree expected, ParseTree actual) {
        assertEquals(expected.getClass(), actual instanceof TokenLeaf ? TerminalNodeImpl.class : actual.getClass());
        assertEquals(expected.getText(), actual.getText());
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expected.getSourceInterval(), actual.getSourceInterval());
        assertEquals(expected.getChildCount(), actual.getChildCount());
        if (expected instanceof TerminalNode plainLeaf) {
            TokenLeaf leaf = assertInstanceOf(TokenLeaf.class, actual);
            Token token = plainLeaf.getSymbol();
            assertSame(leaf, leaf.getSymbol());
            assertSame(leaf, leaf.getPayload());
            assertNull(leaf.getChild(0));
            assertEquals(token.getType(), leaf.getType());
            assertEquals(token.getTokenIndex(), leaf.getTokenIndex());
            assertEquals(token.getStartIndex(), leaf.getStartIndex());
            assertEquals(token.getStopIndex(), leaf.getStopIndex());
            return;
        }
        ParserRuleContext node = (ParserRuleContext) actual;
        for (int i = 0; i < expected.getChildCount(); i++) {
            ParseTree child = node.getChild(i);
            assertSame(node, child.getParent(), "the parent of child " + i + " of " + node.getClass());
            assertSameNode(expected.getChild(i), child);
        }
    }
}
