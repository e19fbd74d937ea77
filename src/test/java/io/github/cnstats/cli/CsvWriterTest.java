package io.github.cnstats.cli;

import io.github.cnstats.Approximation;
import io.github.cnstats.Change;
import io.github.cnstats.ChangeBasis;
import io.github.cnstats.Direction;
import io.github.cnstats.Measurement;
import io.github.cnstats.Period;
import io.github.cnstats.Quantity;
import io.github.cnstats.Region;
import io.github.cnstats.Span;
import io.github.cnstats.Streak;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvWriterTest {

    @TempDir
    Path dir;

    private static final String TEXT = "接报盗窃警情约6至8千起，连续5个月环比下降";

    private static LocatedMeasurement sample(String doc) {
        Measurement m = new Measurement("接报盗窃警情",
                new Quantity(new BigDecimal(6000), new BigDecimal(8000), new Unit("起", UnitKind.CASES),
                        Approximation.ABOUT),
                Change.directionOnly(ChangeBasis.PERIOD_ON_PERIOD, Direction.DOWN)
                        .withStreak(new Streak(5, new Unit("个月", UnitKind.TIME))),
                new Period("今年以来", Period.Kind.SINCE), new Region("全区"), new Span(0, TEXT.length()), TEXT);
        return new LocatedMeasurement(doc, 4, 100, 100 + TEXT.length(), TEXT, m);
    }

    private static String csv(LocatedMeasurement... rows) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        writer.beginDocument("doc");
        for (LocatedMeasurement row : rows) {
            writer.write(row);
        }
        writer.endDocument();
        writer.flush();
        return out.toString();
    }

    @Test
    void oneHeaderThenOneRfc4180RowPerMeasurementWithTheJsonFieldsFlattened() throws IOException {
        assertEquals("doc,line,start,end,text,subject,quantity_value,quantity_high,quantity_unit,quantity_approx,"
                + "change_basis,change_direction,change_amount,change_amountUnit,change_reference,"
                + "change_streak_count,change_streak_unit,period,region,periodKind,periodRange_from,periodRange_to,"
                + "regionResolved,baseline_value,baseline_unit,baseline_approx,baseline_derived,baseline_roundedTo\r\n"
                + "a.txt,4,100,122,接报盗窃警情约6至8千起，连续5个月环比下降,接报盗窃警情,6000,8000,起,ABOUT,"
                + "PERIOD_ON_PERIOD,DOWN,,,,5,个月,今年以来,全区,SINCE,,,,,,,,\r\n", csv(sample("a.txt")));
    }

    @Test
    void anAbsentGroupLeavesItsColumnsEmpty() throws IOException {
        String text = "增长3%";
        Measurement m = new Measurement(null, null,
                Change.of(ChangeBasis.UNSPECIFIED, Direction.UP, new BigDecimal(3), Unit.PERCENT), null, null,
                new Span(0, 4), text);
        String row = csv(new LocatedMeasurement("d", 1, 0, 4, text, m)).split("\r\n")[1];
        assertEquals("d,1,0,4,增长3%,,,,,,UNSPECIFIED,UP,3,%,,,,,,,,,,,,,,", row);
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineEndsAndReadsBackTheSame() throws IOException {
        String doc = "dir/\"odd\", name\nx.txt";
        String out = csv(sample(doc), sample("plain.txt"));
        assertTrue(out.startsWith("doc,"), out);
        assertTrue(out.contains("\r\n\"dir/\"\"odd\"\", name\nx.txt\",4,"), out);
        List<CSVRecord> records = new ArrayList<>();
        Iterator<CSVRecord> it = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out)).iterator();
        it.forEachRemaining(records::add);
        assertEquals(2, records.size());
        Map<String, String> first = records.get(0).toMap();
        assertEquals(doc, first.get("doc"));
        assertEquals("6000", first.get("quantity_value"));
        assertEquals("5", first.get("change_streak_count"));
        assertEquals(MeasurementFields.columns(), records.get(0).getParser().getHeaderNames());
    }

    @Test
    void theCommandLineWritesUtf8CsvAndAByteOrderMarkOnlyWhenAsked() throws IOException {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, "全市破获案件12起", StandardCharsets.UTF_8);
        Run plain = Run.of(new PatternParser(), "extract", "--format=csv", file.toString());
        assertEquals(0, plain.status(), plain.err());
        assertTrue(plain.out().startsWith("doc,line,"), plain.out());
        assertEquals(2, plain.out().split("\r\n").length);
        Run bom = Run.of(new PatternParser(), "extract", "--format", "csv", "--bom", file.toString());
        assertEquals("\uFEFF" + plain.out(), bom.out());
        Run empty = Run.of(new PatternParser(), "extract", "-f", "csv", dir.resolve("none.txt").toString());
        assertEquals(2, empty.status());
        assertTrue(empty.out().startsWith("doc,line,") && empty.out().endsWith("baseline_roundedTo\r\n"), empty.out());
    }
}
