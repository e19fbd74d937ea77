package io.github.cnstats.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares a text the tests made with the file recorded for it, for the phrase baselines and the golden
 * articles alike. With {@code -Dcnstats.regenerate=true} the file is rewritten instead, to be reviewed as a
 * diff before committing. Without it, a missing file fails: a test that wrote its own expectation would pass
 * whatever the code did.
 */
public final class BaselineFiles {

    /** The switch that rewrites recorded files instead of comparing with them. */
    public static final String REGENERATE = "cnstats.regenerate";

    private BaselineFiles() {
    }

    /** @return whether this run rewrites recorded files */
    public static boolean regenerating() {
        return Boolean.getBoolean(REGENERATE);
    }

    /**
     * Checks {@code actual} against the file {@code recorded}, or rewrites the file when regenerating.
     *
     * @throws AssertionError with a line diff when they differ, or when the file is missing
     */
    public static void check(Path recorded, String actual) throws IOException {
        if (regenerating()) {
            Files.writeString(recorded, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(recorded)) {
            fail(recorded + " is missing; make it with -D" + REGENERATE + "=true and review it before committing");
        }
        String expected = Files.readString(recorded, StandardCharsets.UTF_8);
        String diff = LineDiff.of(expected, actual);
        if (!diff.isEmpty() || !expected.equals(actual)) {
            fail(recorded + " differs from what the code reads now (- recorded, + now); if the change is meant, "
                    + "rerun with -D" + REGENERATE + "=true and review the diff:\n" + diff);
        }
    }
}
