package io.github.cnstats.baseline;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for failure messages: the lines that differ between two texts, marked {@code -} (expected only)
 * and {@code +} (actual only), with a little unchanged context around each change, so that a failing baseline
 * reads like {@code git diff}.
 */
final class LineDiff {

    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    /** @return the changed lines of {@code actual} against {@code expected}, or an empty string if none */
    static String of(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        // Longest common subsequence, filled from the ends so that the walk below goes forwards.
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> marked = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                marked.add("  " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                marked.add("- " + a.get(i++)); // a removed line before the line that replaces it, as git shows it
            } else {
                marked.add("+ " + b.get(j++));
            }
        }
        return withContext(marked);
    }

    /** Keeps the changed lines and {@link #CONTEXT} lines either side, with "…" where lines are left out. */
    private static String withContext(List<String> marked) {
        boolean[] keep = new boolean[marked.size()];
        boolean any = false;
        for (int k = 0; k < marked.size(); k++) {
            if (!marked.get(k).startsWith("  ")) {
                any = true;
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(marked.size() - 1, k + CONTEXT); c++) {
                    keep[c] = true;
                }
            }
        }
        if (!any) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < marked.size(); k++) {
            if (keep[k]) {
                out.append(marked.get(k)).append('\n');
            } else if (k == 0 || keep[k - 1]) {
                out.append("  …\n");
            }
        }
        return out.toString();
    }
}
