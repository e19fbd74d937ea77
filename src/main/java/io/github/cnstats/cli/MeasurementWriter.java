package io.github.cnstats.cli;

import java.io.IOException;

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
