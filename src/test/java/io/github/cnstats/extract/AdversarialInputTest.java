package io.github.cnstats.extract;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every adversarial input parses without an error. The timeout is a hang guard, generous enough for a loaded
 * 2-core machine (each input is at most 10 MB, and must parse at 1 MB/s or better); their speed is measured by
 * the JMH benchmarks, not here.
 */
class AdversarialInputTest {

    @ParameterizedTest
    @EnumSource(AdversarialInput.class)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void parsesWithoutError(AdversarialInput input) {
        String text = input.text();
        List<Measurement> found = Cnstats.parser().parse(text);
        for (Measurement m : found) {
            assertEquals(m.text(), text.substring(m.span().start(), m.span().end()), "span contract");
        }
        assertTrue(found.size() <= text.length());
    }
}
