package io.github.cnstats.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: what users write instead of cnstats, one {@link java.util.regex} pattern for a number, an
 * optional magnitude and a unit, with the value scaled into a {@link BigDecimal}. No normalisation, subjects,
 * changes or false-statistic filters, so it does far less work; the benchmark reports cnstats against it.
 */
final class NaiveRegexExtractor {

    private static final Pattern NUMBER_MAGNITUDE_UNIT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(万亿|亿|万|千|百)?\\s*(%|个百分点|亿元|万元|元|万吨|吨|起|人次|人|辆|户|家|件|个|公顷|次)");

    record Found(BigDecimal value, String unit, int start, int end) {
    }

    List<Found> extract(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = NUMBER_MAGNITUDE_UNIT.matcher(text);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1));
            String magnitude = m.group(2);
            if (magnitude != null) {
                value = value.scaleByPowerOfTen(switch (magnitude) {
                    case "万亿" -> 12;
                    case "亿" -> 8;
                    case "万" -> 4;
                    case "千" -> 3;
                    default -> 2;
                });
            }
            found.add(new Found(value, m.group(3), m.start(), m.end()));
        }
        return found;
    }
}
