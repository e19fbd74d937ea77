package io.github.cnstats.cli;

import io.github.cnstats.MeasurementParts;

import java.io.IOException;
import java.util.List;

/** Writes the measurements of one document after another in one output format. */
interface MeasurementWriter {

    /**
     * Starts a document; every document that is read gets one call, even if it has no measurement.
     *
     * @param doc the document's name
     * @throws IOException if writing fails
     */
    void beginDocument(String doc) throws IOException;

    /**
     * The next piece of the current document's text, before it is parsed; only a writer that shows the text
     * needs it.
     *
     * @param chunk the text and where it stands in the document
     * @throws IOException if writing fails
     */
    default void text(Chunk chunk) throws IOException {
    }

    /**
     * Where the parts of the measurements of the last {@link #text(Chunk) chunk} are written, before those
     * measurements are written; not called if the parser failed on the chunk.
     *
     * @param parts one for each measurement in the order they follow, as offsets in the chunk; or empty
     */
    default void parts(List<MeasurementParts> parts) {
    }

    /**
     * @param measurement the next measurement of the current document, in text order
     * @throws IOException if writing fails
     */
    void write(LocatedMeasurement measurement) throws IOException;

    /**
     * Ends the current document, also when it could not be read to the end.
     *
     * @throws IOException if writing fails
     */
    void endDocument() throws IOException;

    /**
     * Pushes everything written so far to the output, so that a killed run loses as little as possible.
     *
     * @throws IOException if writing fails
     */
    void flush() throws IOException;
}
