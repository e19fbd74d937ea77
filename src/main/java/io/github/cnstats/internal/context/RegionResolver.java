package io.github.cnstats.internal.context;

import java.util.List;
import java.util.Map;

/**
 * Names the region a measurement holds for. A relative region ({@code 全省}, {@code 本市}, {@code 本港},
 * {@code 全国}) is the document's region when that is a place of the same level: 全省 is 广东省 in a document of
 * 广东省, but nothing in a document of 广州市 (which province 广州市 is in is not this class's to know), and 全市 is
 * nothing in a document of 广东省. 全国 is 中国 in a document of any region outside Taiwan (there 全国 names Taiwan's
 * own whole). A named region ({@code 山东}, {@code 成渝地区}) is itself; a region-less measurement stays without.
 */
public final class RegionResolver {

    /** The relative words, by what the document's region must end with (or start with, for the three below). */
    private static final Map<String, List<String>> LEVELS = Map.ofEntries(
            Map.entry("全省", List.of("省")), Map.entry("本省", List.of("省")), Map.entry("我省", List.of("省")),
            Map.entry("全市", List.of("市")), Map.entry("本市", List.of("市")), Map.entry("我市", List.of("市")),
            Map.entry("全区", List.of("自治区", "区")), Map.entry("本区", List.of("自治区", "区")),
            Map.entry("我区", List.of("自治区", "区")),
            Map.entry("全县", List.of("县")), Map.entry("本县", List.of("县")), Map.entry("我县", List.of("县")),
            Map.entry("全州", List.of("州")), Map.entry("本州", List.of("州")),
            Map.entry("全盟", List.of("盟")));
    private static final Map<String, String> SPECIAL = Map.of(
            "全港", "香港", "本港", "香港", "全澳", "澳门", "本澳", "澳门");
    private static final List<String> TAIWAN = List.of("台湾", "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆",
            "新竹", "嘉义");

    private RegionResolver() {
    }

    /**
     * @param region a region by name, normalised
     * @return whether it is Taiwan or one of its cities
     */
    static boolean inTaiwan(String region) {
        for (int i = 0; i < TAIWAN.size(); i++) {
            if (region.startsWith(TAIWAN.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param normalized a region as written, normalised (Simplified)
     * @return whether {@link #resolve} reads the document's region or calendar for it (全国, 本港, 全省): a region
     *         that is not relative resolves the same in every document
     */
    static boolean relative(String normalized) {
        return normalized.equals("全国") || SPECIAL.containsKey(normalized) || LEVELS.containsKey(normalized);
    }

    /**
     * @param normalized the region as written, normalised (Simplified), or {@code null}
     * @param written    the region as written in the original
     * @param context    the document's region (normalised), or {@code null}
     * @param minguo     whether the document counts 民国 years, so is Taiwan's
     * @return the region by name, or {@code null}
     */
    public static String resolve(String normalized, String written, String context, boolean minguo) {
        if (normalized == null) {
            return null;
        }
        if (normalized.equals("全国")) {
            boolean taiwan = minguo || context != null && inTaiwan(context);
            return context == null || taiwan ? null : "中国";
        }
        String special = SPECIAL.get(normalized);
        if (special != null) {
            return context != null && context.startsWith(special) ? context : null;
        }
        List<String> endings = LEVELS.get(normalized);
        if (endings != null) {
            if (context == null) {
                return null;
            }
            for (String ending : endings) {
                if (context.endsWith(ending) && !context.endsWith("特别行政区")) {
                    return context;
                }
            }
            return null;
        }
        if (normalized.startsWith("全") || normalized.startsWith("本") || normalized.startsWith("我")) {
            return null; // 全岛, 全台, 全疆: a whole this class does not name
        }
        return written;
    }
}
