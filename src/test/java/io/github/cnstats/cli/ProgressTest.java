package io.github.cnstats.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void shownOnlyOnATerminalAndNeverWithQuiet() {
        assertTrue(Progress.wanted(false, true));
        assertFalse(Progress.wanted(true, true));
        assertFalse(Progress.wanted(false, false));
        assertFalse(Progress.wanted(true, false));
    }

    @Test
    void theLineNamesInputsMegabytesMeasurementsAndTheRate() {
        assertEquals("cnstats: 3 inputs, 12.3 MB read, 4567 measurements, 2.5 MB/s",
                Progress.line(3, 12_345_678, 4567, 4.9382712));
        assertEquals("cnstats: 1 input, 0.0 MB read, 1 measurement, 0.0 MB/s", Progress.line(1, 0, 1, 0));
    }

    @Test
    void aLongRunRedrawsTheLineInPlaceAndWipesItAtTheEnd() throws IOException {
        StringWriter err = new StringWriter();
        // Started ten seconds ago: past the delay, so the first event draws the line.
        Progress progress = new Progress(new PrintWriter(err), true, System.nanoTime() - 10_000_000_000L);
        progress.input();
        String first = err.toString();
        assertTrue(first.startsWith("\rcnstats: 1 input, 0.0 MB read, 0 measurements, "), first);
        try (InputStream in = progress.counting(new ByteArrayInputStream(new byte[3000]))) {
            assertEquals(3000, in.readAllBytes().length);
        }
        progress.measurements(5);
        // Redrawn at most every 250 ms: nothing more so soon.
        assertEquals(first, err.toString());
        progress.finish();
        int width = first.length() - 1;
        assertEquals(first + "\r" + " ".repeat(width) + "\r", err.toString());
    }

    @Test
    void aShortRunAndAHiddenLineDrawNothing() throws IOException {
        StringWriter err = new StringWriter();
        Progress recent = new Progress(new PrintWriter(err), true, System.nanoTime());
        recent.input();
        recent.measurements(3);
        recent.finish();
        Progress hidden = new Progress(new PrintWriter(err), false, System.nanoTime() - 10_000_000_000L);
        hidden.input();
        try (InputStream in = hidden.counting(new ByteArrayInputStream(new byte[10]))) {
            in.readAllBytes();
        }
        hidden.finish();
        assertEquals("", err.toString());
    }
}
