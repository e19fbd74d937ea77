package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import io.github.cnstats.internal.units.UnitLexicon;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.ParserInterpreter;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.Trees;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The tree {@link PieceParser} builds, with its nodes' children in {@code CompactContext}'s fields, is the tree of ANTLR's own {@code ParserInterpreter} over the same grammar, whose nodes keep
 * their children in ANTLR's lists: the same rules, children, texts and intervals, and every accessor that
 * ANTLR's {@code ParserRuleContext} answers from its list answers the same.
 */
class CompactTreePropertiesTest {

    private static final UnitLexicon UNITS = UnitLexicon.standard();
    private static final List<String> RULE_NAMES = Arrays.asList(StatsParser.ruleNames);

    @Provide
    Arbitrary<String> officialText() {
        return TreePieces.sentences(40);
    }

    @Property
    void theTreeIsTheTreeOfAntlrsInterpreter(@ForAll("officialText") String sentence) {
        Recognizers own = new Recognizers(UNITS, PlainHan.of(UNITS));
        own.lex(sentence);
        StatsParser.SentenceContext tree = own.parser.parse(new TokenRun(own.lexer).read(own.tokens, 0, own.tokens.size()));

        StatsParser grammar = new StatsParser(null);
        ParserInterpreter interpreter = new ParserInterpreter(
                grammar.getGrammarFileName(), grammar.getVocabulary(), RULE_NAMES, grammar.getATN(),
                new TokenRun(own.lexer).read(own.tokens, 0, own.tokens.size()));
        interpreter.removeErrorListeners();
        ParserRuleContext expected = interpreter.parse(StatsParser.RULE_sentence);

        assertEquals(Trees.toStringTree(expected, RULE_NAMES), Trees.toStringTree(tree, RULE_NAMES));
        assertSameNode(expected, tree);
    }

    private static void assertSameNode(ParseTree expected, ParseTree actual) {
        assertEquals(expected.getText(), actual.getText());
        assertEquals(expected.getSourceInterval(), actual.getSourceInterval());
        assertEquals(expected.getChildCount(), actual.getChildCount());
        if (expected instanceof TerminalNode) {
            return;
        }
        ParserRuleContext node = (ParserRuleContext) actual;
        ParserRuleContext plain = (ParserRuleContext) expected;
        assertEquals(plain.getRuleIndex(), node.getRuleIndex());
        assertNull(node.getChild(-1));
        assertNull(node.getChild(node.getChildCount()));
        for (int i = 0; i < plain.getChildCount(); i++) {
            ParseTree child = node.getChild(i);
            assertSame(node, child.getParent(), "the parent of child " + i);
            assertSameNode(plain.getChild(i), child);
        }
        assertSameAccessors(plain, node);
    }

    /** The accessors that {@code ParserRuleContext} answers from its list of children. */
    private static void assertSameAccessors(ParserRuleContext plain, ParserRuleContext node) {
        assertEquals(intervals(plain.getRuleContexts(ParserRuleContext.class)),
                intervals(node.getRuleContexts(ParserRuleContext.class)));
        for (int i = 0; i <= plain.getChildCount(); i++) {
            assertEquals(interval(plain.getChild(ParseTree.class, i)), interval(node.getChild(ParseTree.class, i)));
            assertEquals(interval(plain.getRuleContext(ParserRuleContext.class, i)),
                    interval(node.getRuleContext(ParserRuleContext.class, i)));
        }
        for (int k = 0; k < plain.getChildCount(); k++) {
            if (!(plain.getChild(k) instanceof TerminalNode leaf)) {
                continue;
            }
            int type = leaf.getSymbol().getType();
            assertEquals(intervals(plain.getTokens(type)), intervals(node.getTokens(type)));
            for (int i = 0; i <= plain.getChildCount(); i++) {
                assertEquals(interval(plain.getToken(type, i)), interval(node.getToken(type, i)));
            }
        }
    }

    private static List<String> intervals(List<? extends ParseTree> trees) {
        return trees.stream().map(CompactTreePropertiesTest::interval).toList();
    }

    private static String interval(ParseTree tree) {
        return tree == null ? "none" : tree.getSourceInterval() + " " + tree.getText();
    }
}
