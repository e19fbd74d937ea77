package io.github.cnstats.internal.parse;

import io.github.cnstats.internal.units.UnitLexicon;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A sentence read where it stands in a longer text ({@link SentenceParser#parse(String, int, int)}) reads as the
 * same sentence cut from the text: the same elements and periods at the same offsets, with no character read
 * from beyond either end (a unit that would run on into the next sentence, 万 then 吨, ends at the sentence's
 * end).
 */
class SentenceInPlaceTest {

    private static final SentenceParser PARSER = new SentenceParser(UnitLexicon.standard());

    @Test
    void aSentenceInPlaceReadsAsTheSentenceCutOut() {
        String[] sentences = {
            "前三季度全市新增就业2.4万人,同比增长3.1%。",
            "截至10月底,累計破獲詐騙案件812宗,較去年同期減少15.6%。",
            "今年1至9月,社会消费品零售总额达3865.2亿元",
            "吨位较大的船舶共计12艘,比上年多3艘;",
            "据介绍,活动吸引了众多市民参与。",
            "出口增长5%,进口下降2.3个百分点,分别为4.1万",
        };
        StringBuilder text = new StringBuilder("引言:");
        List<int[]> bounds = new ArrayList<>();
        for (String s : sentences) {
            bounds.add(new int[] {text.length(), text.length() + s.length()});
            text.append(s);
        }
        text.append("吨标准煤。");
        String whole = text.toString();
        for (int[] b : bounds) {
            String cut = whole.substring(b[0], b[1]);
            List<String> inPlace = read(PARSER.parse(whole, b[0], b[1]));
            assertEquals(read(PARSER.parse(cut)), inPlace, cut);
        }
    }

    @Test
    void aSentenceWithNothingToReadIsNothingInPlaceToo() {
        assertSame(ParsedSentence.NOTHING, PARSER.parse("他说:据介绍,活动吸引了众多市民。12", 3, 17));
    }

    private static List<String> read(ParsedSentence sentence) {
        List<String> out = new ArrayList<>(ElementStructure.of(sentence));
        for (int i = 0; i < sentence.periodCount(); i++) {
            out.add("period " + sentence.period(i).getText() + " " + sentence.period(i).getStart().getStartIndex()
                    + " clause to " + sentence.periodClauseEnd(i) + " compared from " + sentence.periodComparedFrom(i));
        }
        for (int i = 0; i < sentence.frameCount(); i++) {
            out.add("frame " + sentence.frame(i).getText() + " " + sentence.frame(i).getStart().getStartIndex());
        }
        return out;
    }
}
