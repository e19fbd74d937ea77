package io.github.cnstats.extract;

import io.github.cnstats.Cnstats;
import io.github.cnstats.Measurement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Characters outside the Basic Multilingual Plane (emoji, Han characters of the extensions) are two
 * {@code char}s in Java. Offsets are {@code char} indices everywhere, the lexer's included, so what follows
 * such a character is read from the right place.
 */
class SupplementaryCharactersTest {

    @Test
    void aStatisticAfterAnEmojiAndAnExtensionBCharacterKeepsItsUnitAndSpan() {
        String text = "据𠀀😀报道,全市破获案件27.6万起,同比上升4.3%。";
        List<Measurement> found = Cnstats.parser().parse(text);
        assertEquals(1, found.size(), found.toString());
        Measurement m = found.get(0);
        assertEquals("起", m.quantity().unit().text());
        assertEquals(0, new BigDecimal("276000").compareTo(m.quantity().value()));
        assertEquals("4.3", m.change().amount().toPlainString());
        assertEquals(text.substring(m.span().start(), m.span().end()), m.text());
        assertEquals("破获案件27.6万起,同比上升4.3%", m.text());
        assertEquals("全市", m.region().text());
    }
}
