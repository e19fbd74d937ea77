package example;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.RuntimeMetaData;

/**
 * An application with its own ANTLR 4.9.3 runtime that also uses cnstats. Before cnstats was shaded, its 4.13
 * parser failed here on loading: the 4.9.3 runtime rejects the newer serialized parser.
 */
public final class WithOldAntlr {

    private WithOldAntlr() {
    }

    /**
     * Uses the application's ANTLR runtime, then cnstats.
     *
     * @param args passed on to {@link PrintMeasurements#main(String[])}
     */
    public static void main(String[] args) {
        CharStream query = CharStreams.fromString("SELECT region, cases FROM police_report");
        System.out.println("application antlr=" + RuntimeMetaData.VERSION + " chars=" + query.size());
        PrintMeasurements.main(args);
    }
}
