package example.spark;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The {@code mapPartitions} function from documents to measurement rows:
 * {@code docs.mapPartitions(new ExtractMeasurements(), MeasurementRow.ENCODER)}.
 *
 * <p>Each input row is a document: its name (a string, the first column) and its text (the second column),
 * either a string or the file's bytes in UTF-8, as the {@code binaryFile} source's {@code content} gives them.
 * Bytes are read as the command line reads a file: a leading byte order mark is dropped, and a document that
 * is not valid UTF-8 gives no rows (the command line reports and skips it), so offsets and counts agree with
 * {@code cnstats extract} on the same files.
 *
 * <p>All tasks in an executor JVM share one parser ({@link MeasurementParser} is immutable and thread-safe): it
 * lives in a holder class that the JVM initialises on first use, so no parser is serialized with the task and
 * none is made per row or per partition. Documents are parsed one at a time as the rows are consumed, so a
 * partition's measurements are never all in memory.
 */
public final class ExtractMeasurements implements MapPartitionsFunction<Row, MeasurementRow> {

    private static final long serialVersionUID = 1L;

    /** One parser per JVM, made when the first task of this JVM asks for it. */
    private static final class Shared {
        static final MeasurementParser PARSER = Cnstats.parser();

        private Shared() {
        }
    }

    @Override
    public Iterator<MeasurementRow> call(Iterator<Row> docs) {
        return new Iterator<>() {
            private String doc;
            private Iterator<Measurement> found = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!found.hasNext() && docs.hasNext()) {
                    Row row = docs.next();
                    doc = row.getString(0);
                    String text = text(row.get(1));
                    found = text == null ? Collections.emptyIterator() : Shared.PARSER.parse(text).iterator();
                }
                return found.hasNext();
            }

            @Override
            public MeasurementRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return MeasurementRow.of(doc, found.next());
            }
        };
    }

    /** The text of a document, or null when it has none or its bytes are not UTF-8. */
    static String text(Object content) {
        if (content instanceof String s) {
            return s;
        }
        if (!(content instanceof byte[] bytes)) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
