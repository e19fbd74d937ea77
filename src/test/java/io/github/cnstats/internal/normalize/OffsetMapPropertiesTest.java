package io.github.cnstats.internal.normalize;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The runs of {@link OffsetMap} answer as one start and one end per character would. */
class OffsetMapPropertiesTest {

    /**
     * @param steps for each normalised character, how many original characters are skipped before it (0 most
     *              often, as in real text) and how many it is made of
     */
    @Property
    void runsAnswerAsArraysWould(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 11) Integer> steps) {
        Origins origins = Origins.of(steps);
        OffsetMap map = origins.map();
        for (int k = 0; k < steps.size(); k++) {
            assertEquals(origins.starts()[k], map.start(k), "start of " + k);
            assertEquals(origins.ends()[k], map.end(k), "end of " + k);
        }
        for (int from = 0; from < steps.size(); from++) {
            for (int to = from + 1; to <= steps.size(); to++) {
                assertEquals(origins.gaplessEnd(from, to), map.gaplessEnd(from, to),
                        "gapless end of [" + from + ", " + to + ")");
            }
        }
    }

    /**
     * The run remembered from the last question does not change the answers, whatever order the questions come
     * in: forwards (the hint or the run after it), backwards, or jumping about.
     */
    @Property
    void answersDoNotDependOnTheOrderOfQuestions(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 11) Integer> steps,
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 1000) Integer> questions) {
        Origins origins = Origins.of(steps);
        OffsetMap map = origins.map();
        for (int question : questions) {
            int k = question % steps.size();
            assertEquals(origins.starts()[k], map.start(k), "start of " + k);
            assertEquals(origins.ends()[k], map.end(k), "end of " + k);
            int to = k + 1 + question % (steps.size() - k);
            assertEquals(origins.gaplessEnd(k, to), map.gaplessEnd(k, to), "gapless end of [" + k + ", " + to + ")");
        }
    }

    /** {@code addEach} is {@code count} calls of {@code add}, one original character each. */
    @Property
    void addEachIsManyAdds(@ForAll @Size(max = 20) List<@IntRange(min = 0, max = 5) Integer> counts) {
        OffsetMap.Builder each = new OffsetMap.Builder();
        OffsetMap.Builder single = new OffsetMap.Builder();
        int at = 0;
        int length = 0;
        for (int count : counts) {
            at += count % 2; // a removed character before every other stretch
            each.addEach(at, count);
            for (int k = 0; k < count; k++) {
                single.add(at + k, at + k + 1);
            }
            at += count;
            length += count;
        }
        OffsetMap a = each.build();
        OffsetMap b = single.build();
        for (int k = 0; k < length; k++) {
            assertEquals(b.start(k), a.start(k), "start of " + k);
            assertEquals(b.end(k), a.end(k), "end of " + k);
        }
    }

    /**
     * The origin of each normalised character, one start and one end each, and the map built from them.
     *
     * @param starts for each normalised character, where it starts in the original
     * @param ends   for each, the index after its last original character
     */
    private record Origins(int[] starts, int[] ends, OffsetMap map) {

        /**
         * @param steps for each normalised character, how many original characters are skipped before it (0 most
         *              often, as in real text) and how many it is made of
         */
        static Origins of(List<Integer> steps) {
            OffsetMap.Builder builder = new OffsetMap.Builder();
            int[] starts = new int[steps.size()];
            int[] ends = new int[steps.size()];
            int at = 0;
            for (int k = 0; k < steps.size(); k++) {
                int step = steps.get(k);
                int skipped = step >= 9 ? step - 8 : 0; // removed characters before this one
                int width = step == 8 ? 3 : 1;          // a character made of several (white space)
                starts[k] = at + skipped;
                ends[k] = starts[k] + width;
                at = ends[k];
                builder.add(starts[k], ends[k]);
            }
            return new Origins(starts, ends, builder.build());
        }

        /** The end of the stretch from {@code from} with no original character skipped, as the arrays tell it. */
        int gaplessEnd(int from, int to) {
            int gapless = from + 1;
            while (gapless < to && starts[gapless] == ends[gapless - 1]) {
                gapless++;
            }
            return gapless;
        }
    }
}
