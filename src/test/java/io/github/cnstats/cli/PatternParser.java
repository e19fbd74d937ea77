package io.github.cnstats.cli;

import io.github.cnstats.Approximation;
import io.github.cnstats.Diagnostic;
import io.github.cnstats.Measurement;
import io.github.cnstats.MeasurementParser;
import io.github.cnstats.ParseResult;
import io.github.cnstats.Quantity;
import io.github.cnstats.Span;
import io.github.cnstats.Unit;
import io.github.cnstats.UnitKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in parser for the command line's tests: every ASCII number followed by 起, 人 or % is a measurement of
 * that quantity, with no subject. Simple enough that the tests know exactly what it finds, and where, so that
 * they test the command line and not the extraction.
 */
final class PatternParser implements MeasurementParser {

    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)([起人%])");

    /** How many times {@link #parse} was called, and with what. */
    final List<String> calls = new ArrayList<>();

    @Override
    public List<Measurement> parse(CharSequence text) {
        calls.add(text.toString());
        List<Measurement> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            UnitKind kind = switch (m.group(2)) {
                case "起" -> UnitKind.CASES;
                case "人" -> UnitKind.PERSONS;
                default -> UnitKind.PERCENT;
            };
            Quantity quantity = new Quantity(new BigDecimal(m.group(1)), null, new Unit(m.group(2), kind),
                    Approximation.EXACT);
            found.add(new Measurement(null, quantity, null, null, null, new Span(m.start(), m.end()), m.group()));
        }
        return found;
    }

    /** Like {@link #parse}, and every run of more than ten digits is a {@code NUMERAL_TOO_LONG} diagnostic. */
    @Override
    public ParseResult explain(CharSequence text) {
        List<Measurement> found = parse(text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Matcher m = TOO_LONG.matcher(text);
        while (m.find()) {
            diagnostics.add(new Diagnostic(Diagnostic.Kind.NUMERAL_TOO_LONG, new Span(m.start(), m.end()),
                    "more than ten digits"));
        }
        return new ParseResult(found, diagnostics);
    }

    private static final Pattern TOO_LONG = Pattern.compile("\\d{11,}");
}
