package io.github.cnstats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inputs that once hung or crashed the parser; each stays here as an example. */
class HostileInputTest {

    @Test
    @Timeout(20)
    void aHundredThousandMagnitudesAreDeclinedQuickly() {
        // Took 100 s in ANTLR's prediction before overlong numeral runs were blanked.
        ParseResult result = Cnstats.parser().explain("营业收入达到3" + "亿".repeat(100_000) + "元。");
        assertEquals(List.of(), result.measurements());
        assertEquals(Diagnostic.Kind.NUMERAL_TOO_LONG, result.diagnostics().get(0).kind());
        assertEquals(new Span(6, 6 + 100_001), result.diagnostics().get(0).span());
    }

    @Test
    @Timeout(20)
    void aLongRunOfBarePercentsDoesNotOverflowTheStack() {
        // Overflowed the stack in MeasurementBinder.nextIsAdjacentQuantity, which recursed once per quantity.
        Cnstats.parser().parse("营业收入达到3" + "万亿%".repeat(5_000) + "元。");
    }

    @Test
    @Timeout(20)
    void numeralsAroundABlankedRunAreStillRead() {
        List<Measurement> found = Cnstats.parser().parse("受理" + "9".repeat(200) + "件,破获案件120起。");
        assertEquals(1, found.size());
        assertEquals("120", found.get(0).quantity().value().toPlainString());
    }
}
