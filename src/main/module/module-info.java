/**
 * cnstats: reads the statistics in Chinese official text and returns typed measurements.
 *
 * <p>Only {@code io.github.cnstats} is exported. The grammar, the parse-tree mapping and the relocated ANTLR
 * runtime ({@code io.github.cnstats.internal.*}) stay inside the module.
 */
module io.github.cnstats {
    requires com.ibm.icu;

    exports io.github.cnstats;
}
