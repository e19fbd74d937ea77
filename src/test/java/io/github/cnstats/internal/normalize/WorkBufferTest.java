package io.github.cnstats.internal.normalize;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link WorkBuffer} hands a thread the same array again, and {@link TextNormalizer}, which normalises in it,
 * gives the same result whatever an earlier call left there.
 */
class WorkBufferTest {

    @Test
    void aThreadGetsItsArrayAgainUntilItIsTooShort() {
        WorkBuffer buffers = new WorkBuffer();
        char[] first = buffers.atLeast(100);
        assertSame(first, buffers.atLeast(first.length));
        char[] longer = buffers.atLeast(first.length + 1);
        assertTrue(longer.length > first.length);
        assertSame(longer, buffers.atLeast(10));
    }

    @Test
    void arraysLongerThanTheLimitAreNotKept() {
        WorkBuffer buffers = new WorkBuffer();
        char[] kept = buffers.atLeast(10);
        char[] huge = buffers.atLeast(WorkBuffer.MAX_KEPT + 1);
        assertEquals(WorkBuffer.MAX_KEPT + 1, huge.length);
        assertNotSame(huge, buffers.atLeast(WorkBuffer.MAX_KEPT + 1));
        assertSame(kept, buffers.atLeast(10));
    }

    @Test
    void threadsHaveArraysOfTheirOwn() throws Exception {
        WorkBuffer buffers = new WorkBuffer();
        char[] mine = buffers.atLeast(10);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<char[]> theirs = other.submit(() -> buffers.atLeast(10));
            assertNotSame(mine, theirs.get(10, TimeUnit.SECONDS));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void whatAnEarlierCallLeftInTheArrayDoesNotShowInTheNext() {
        TextNormalizer reused = new TextNormalizer();
        String longer = "萬(wàn)人  同比增長２２％。\n\n".repeat(50);
        String shorter = "截至\n\n８月底 共 3 起";
        reused.normalize(longer);
        NormalizedText again = reused.normalize(shorter);
        NormalizedText fresh = new TextNormalizer().normalize(shorter);
        assertEquals(fresh.text(), again.text());
        for (int i = 0; i <= fresh.length(); i++) {
            assertEquals(fresh.toOriginal(i), again.toOriginal(i));
            assertEquals(fresh.toOriginalEnd(i), again.toOriginalEnd(i));
        }
    }
}
