package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.grammar.StatsParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements of a sentence as far as anything after the parser can see them, as lines of text, so that a
 * {@link ParsedSentence} can be compared with one tree of the grammar's {@code sentence} rule: every rule of each
 * phrase with the characters it spans and its text (which leaves out white space), each marker with its token
 * type and characters, and whether text stood before an element. The words of a named reference are text, so
 * their inner shape is left out.
 */
final class ElementStructure {

    private ElementStructure() {
    }

    static List<String> of(ParsedSentence sentence) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            String before = sentence.followsText(i) ? "after text: " : "";
            if (sentence.phrase(i) != null) {
                phrase(sentence.phrase(i), before, out);
            } else {
                out.add(before + marker(sentence.markerType(i), sentence.markerStart(i), sentence.markerEnd(i) - 1));
            }
        }
        return out;
    }

    /**
     * The elements of one parse. An element of one token is a marker when the parser chose a marker's
     * alternative for it, and text when it chose the catch-all, so a marker read as text shows.
     */
    static List<String> of(StatsParser.SentenceContext tree) {
        List<String> out = new ArrayList<>();
        boolean afterText = false;
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (!(tree.getChild(i) instanceof StatsParser.ElementContext element)) {
                continue; // the end of file
            }
            if (element instanceof StatsParser.TextElementContext) {
                afterText = true;
                continue;
            }
            String before = afterText ? "after text: " : "";
            afterText = false;
            if (element.getChild(0) instanceof TerminalNode leaf) {
                Token token = leaf.getSymbol();
                out.add(before + marker(token.getType(), token.getStartIndex(), token.getStopIndex()));
            } else {
                phrase(element, before, out);
            }
        }
        return out;
    }

    /** Whether {@code elements} hold no phrase: markers only. */
    static boolean markersOnly(List<String> elements) {
        return elements.stream().allMatch(line -> line.matches("(after text: )?marker .*"));
    }

    private static String marker(int type, int start, int stop) {
        return "marker " + StatsParser.VOCABULARY.getSymbolicName(type) + " " + start + "-" + stop;
    }

    private static void phrase(StatsParser.ElementContext element, String before, List<String> out) {
        out.add(before + "phrase");
        collect(element, out);
    }

    private static void collect(ParserRuleContext rule, List<String> out) {
        out.add(rule.getClass().getSimpleName() + " " + rule.getStart().getStartIndex() + "-"
                + rule.getStop().getStopIndex() + " " + rule.getText());
        if (rule instanceof StatsParser.RefWordsContext || rule instanceof StatsParser.CompareWordsContext) {
            return;
        }
        for (int i = 0; i < rule.getChildCount(); i++) {
            ParseTree child = rule.getChild(i);
            if (child instanceof ParserRuleContext inner) {
                collect(inner, out);
            }
        }
    }
}
