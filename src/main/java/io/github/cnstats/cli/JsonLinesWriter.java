package io.github.cnstats.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes measurements as JSON Lines with Jackson's streaming generator: one object per line, the fields of
 * {@link MeasurementFields} in their order,
 *
 * <pre>{@code
 * {"doc":…,"line":…,"start":…,"end":…,"text":…,"subject":…,
 *  "quantity":{"value":…,"high":…,"unit":…,"approx":…},
 *  "change":{"basis":…,"direction":…,"amount":…,"amountUnit":…,"reference":…[,"streak":{"count":…,"unit":…}]},
 *  "period":…,"region":…,"periodKind":…}
 * }</pre>
 *
 * Numbers of the measurement are strings in plain decimal form; offsets and line numbers are JSON numbers;
 * anything absent is {@code null}. Strings are escaped as RFC 8259 requires and no more: quotation mark and
 * backslash with a backslash, every control character below U+0020 as {@code \}{@code u00xx} (lower-case hex, as
 * the output has always been), everything else as it is, to be written as UTF-8; an unpaired surrogate, which
 * UTF-8 cannot encode, as an escape.
 */
final class JsonLinesWriter implements MeasurementWriter {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .characterEscapes(new ControlEscapes())
            .rootValueSeparator((SerializableString) null)
            .build();

    private final JsonGenerator json;

    /** @param out where the lines go; it decides the encoding, which should be UTF-8 */
    JsonLinesWriter(Writer out) {
        try {
            this.json = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a generator over a Writer is only made, not written
        }
    }

    @Override
    public void beginDocument(String doc) {
        // Each line names its document: nothing to write here.
    }

    @Override
    public void write(LocatedMeasurement measurement) throws IOException {
        write(json, measurement);
        json.writeRaw('\n');
    }

    @Override
    public void endDocument() {
        // Nothing is held back.
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }

    /**
     * @param located a measurement in its document
     * @return its JSON object, without a line end
     */
    static String format(LocatedMeasurement located) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, located);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, LocatedMeasurement located) throws IOException {
        json.writeStartObject();
        MeasurementFields.visit(located, new MeasurementFields.ObjectVisitor<IOException>() {
            @Override
            public void beginGroup(String name) throws IOException {
                json.writeObjectFieldStart(name);
            }

            @Override
            public void nullGroup(String name) throws IOException {
                json.writeNullField(name);
            }

            @Override
            public void endGroup() throws IOException {
                json.writeEndObject();
            }

            @Override
            public void field(MeasurementFields.Field field, Object value) throws IOException {
                json.writeFieldName(field.name());
                if (value == null) {
                    json.writeNull();
                } else if (value instanceof Long number) {
                    json.writeNumber(number);
                } else {
                    writeString(json, (String) value);
                }
            }
        });
        json.writeEndObject();
    }

    /** A string value; one with an unpaired surrogate (rare: broken input) has it escaped by hand. */
    private static void writeString(JsonGenerator json, String value) throws IOException {
        if (!hasUnpairedSurrogate(value)) {
            json.writeString(value);
            return;
        }
        StringBuilder literal = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                literal.append('\\').append(c);
            } else if (c < 0x20 || isUnpairedSurrogate(value, i)) {
                literal.append(ControlEscapes.escape(c));
            } else {
                literal.append(c);
            }
        }
        json.writeRawValue(literal.append('"').toString());
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i)) && isUnpairedSurrogate(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /**
     * Jackson's escaping, but every control character as {@code \}{@code u00xx} in lower case, never the short
     * forms ({@code \n}): the bytes the JSON Lines output has always had.
     */
    private static final class ControlEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private static final char[] HEX = "0123456789abcdef".toCharArray();
        private static final int[] ASCII = standardAsciiEscapesForJSON();
        private static final SerializedString[] CONTROLS = new SerializedString[0x20];

        static {
            for (int c = 0; c < 0x20; c++) {
                ASCII[c] = ESCAPE_CUSTOM;
                CONTROLS[c] = new SerializedString(escape((char) c));
            }
        }

        static String escape(char c) {
            return new String(new char[] {'\\', 'u', HEX[c >> 12], HEX[(c >> 8) & 0xF], HEX[(c >> 4) & 0xF],
                HEX[c & 0xF]});
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x20 ? CONTROLS[ch] : null;
        }
    }
}
