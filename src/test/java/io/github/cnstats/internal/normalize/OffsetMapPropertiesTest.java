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
        OffsetMap map = builder.build();
        for (int k = 0; k < steps.size(); k++) {
            assertEquals(starts[k], map.start(k), "start of " + k);
            assertEquals(ends[k], map.end(k), "end of " + k);
        }
    }
}
