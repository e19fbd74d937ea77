package io.github.cnstats.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The progress line of a long run on standard error: inputs begun, megabytes read, measurements written and the
 * rate, redrawn in place ({@code \r}) at most every {@value #INTERVAL_MILLIS} ms, first after
 * {@value #DELAY_MILLIS} ms so that short runs show nothing, and wiped at the end. Shown only when standard error
 * is a terminal and {@code --quiet} is not given: a redirected standard error gets errors and warnings only.
 *
 * <p>All calls come from the thread that writes the output.
 */
final class Progress {

    /** How long a run goes before the line is first shown. */
    static final long DELAY_MILLIS = 1000;
    /** How often the line is redrawn at most. */
    static final long INTERVAL_MILLIS = 250;

    private final PrintWriter err;
    private final boolean shown;
    private final long startNanos;
    private long nextNanos;
    private long inputs;
    private long bytes;
    private long measurements;
    private int shownWidth;

    /**
     * @param err        standard error
     * @param shown      whether the line is shown at all ({@link #wanted})
     * @param startNanos when the run started, as {@link System#nanoTime()}
     */
    Progress(PrintWriter err, boolean shown, long startNanos) {
        this.err = err;
        this.shown = shown;
        this.startNanos = startNanos;
        this.nextNanos = startNanos + DELAY_MILLIS * 1_000_000;
    }

    /**
     * Whether to show progress.
     *
     * @param quiet            whether {@code --quiet} was given
     * @param stderrIsTerminal whether standard error is a terminal
     * @return whether a progress line is shown
     */
    static boolean wanted(boolean quiet, boolean stderrIsTerminal) {
        return !quiet && stderrIsTerminal;
    }

    /**
     * Whether this process's standard error is a terminal. Java 17 cannot ask that directly: on Linux the file
     * descriptor 2 names a terminal device; elsewhere only a console on both standard streams counts.
     *
     * @return whether standard error is a terminal, as far as can be told
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | RuntimeException e) {
            // Cannot tell: fall back below.
        }
        return System.console() != null;
    }

    /**
     * The text of the line.
     *
     * @param inputs       inputs begun
     * @param bytes        bytes read
     * @param measurements measurements written
     * @param seconds      seconds since the start
     * @return {@code cnstats: 3 inputs, 12.3 MB read, 4567 measurements, 2.1 MB/s}
     */
    static String line(long inputs, long bytes, long measurements, double seconds) {
        double megabytes = bytes / 1e6;
        return String.format(Locale.ROOT, "cnstats: %d input%s, %.1f MB read, %d measurement%s, %.1f MB/s", inputs,
                inputs == 1 ? "" : "s", megabytes, measurements, measurements == 1 ? "" : "s",
                seconds > 0 ? megabytes / seconds : 0.0);
    }

    /** An input begins. */
    void input() {
        inputs++;
        tick();
    }

    /** @param count measurements written */
    void measurements(int count) {
        measurements += count;
        tick();
    }

    /**
     * @param in bytes of an input
     * @return the same bytes, counted as they are read
     */
    InputStream counting(InputStream in) {
        if (!shown) {
            return in;
        }
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytes += n;
                    tick();
                }
                return n;
            }
        };
    }

    private void tick() {
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (now - nextNanos >= 0) {
            nextNanos = now + INTERVAL_MILLIS * 1_000_000;
            String text = line(inputs, bytes, measurements, (now - startNanos) / 1e9);
            int width = DisplayWidth.of(text);
            err.print("\r" + text + " ".repeat(Math.max(0, shownWidth - width)));
            err.flush();
            shownWidth = width;
        }
    }

    /** Wipes the line, so that what follows on the terminal starts clean. */
    void finish() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }
}
