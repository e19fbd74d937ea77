package io.github.cnstats.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextSourceTest {

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static String readAll(TextSource source) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = source.read(); c >= 0; c = source.read()) {
            text.append((char) c);
        }
        return text.toString();
    }

    private static long badByte(byte[] input) throws IOException {
        return TextSource.firstInvalidByte(new ByteArrayInputStream(input));
    }

    @Test
    void decodesAndDropsALeadingByteOrderMarkOnly() throws IOException {
        byte[] input = bytes(0xEF, 0xBB, 0xBF, "全省\uFEFF12起");
        assertEquals("全省\uFEFF12起", readAll(new TextSource(new ByteArrayInputStream(input), false)));
    }

    @Test
    void peekShowsTheNextCharacterWithoutTakingIt() throws IOException {
        TextSource source = new TextSource(new ByteArrayInputStream(bytes("a\r\n")), false);
        assertEquals('a', source.read());
        assertEquals('\r', source.peek());
        assertEquals('\r', source.read());
        assertEquals('\n', source.peek());
        assertEquals('\n', source.read());
        assertEquals(-1, source.peek());
        assertEquals(-1, source.read());
    }

    @Test
    void keepsSupplementaryCharactersAsSurrogatePairs() throws IOException {
        assertEquals("𠀀a", readAll(new TextSource(new ByteArrayInputStream(bytes("𠀀a")), false)));
    }

    @Test
    void findsTheFirstBadByteAfterValidChinese() throws IOException {
        assertEquals(6, badByte(bytes("同比", 0xFF, "上升")));
        assertEquals(-1, badByte(bytes("同比上升")));
    }

    @Test
    void countsTheByteOrderMarkInByteOffsets() throws IOException {
        assertEquals(9, badByte(bytes(0xEF, 0xBB, 0xBF, "同比", 0xFF)));
    }

    @Test
    void reportsTheStartOfEachKindOfIllFormedSequence() throws IOException {
        assertEquals(1, badByte(bytes("a", 0x80, "b")), "lone continuation byte");
        assertEquals(1, badByte(bytes("a", 0xC0, 0x80)), "overlong NUL");
        assertEquals(2, badByte(bytes("ab", 0xED, 0xA0, 0x80)), "encoded surrogate");
        assertEquals(3, badByte(bytes("同", 0xE4, 0xB8, "x")), "sequence cut short by ASCII");
        assertEquals(3, badByte(bytes("同", 0xE4, 0xB8)), "sequence cut short by the end");
        assertEquals(0, badByte(bytes(0xF5, 0x80, 0x80, 0x80)), "beyond U+10FFFF");
    }

    @Test
    void countsBytesExactlyAcrossReadBuffers() throws IOException {
        // Put a three-byte character across every buffer edge up to 64 KiB, then a bad byte.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            text.append(i % 7 == 0 ? "统" : "x");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(good.length, badByte(bytes(text.toString(), 0xC3)));
        assertEquals(good.length, badByte(bytes(text.toString(), 0xFF, "尾")));
    }

    @Test
    void aStrictSourceThrowsWithTheOffset() {
        TextSource source = new TextSource(new ByteArrayInputStream(bytes("增长", 0xFE)), false);
        UndecodableInputException e = assertThrows(UndecodableInputException.class, () -> readAll(source));
        assertEquals(6, e.byteOffset());
        assertEquals("invalid UTF-8 at byte 6", e.getMessage());
    }

    @Test
    void aLenientSourceReplacesEachBadSequenceAndCountsThem() throws IOException {
        TextSource source = new TextSource(new ByteArrayInputStream(bytes("a", 0xFF, "同", 0xE4, 0xB8, "b", 0xC0)),
                true);
        assertEquals("a\uFFFD同\uFFFDb\uFFFD", readAll(source));
        assertEquals(3, source.replacements());
        assertEquals(1, source.firstReplacedByte());
    }

    @Test
    void aStrictSourceHandsOutTheGoodTextBeforeTheBadByte() throws IOException {
        TextSource source = new TextSource(new ByteArrayInputStream(bytes("12起\n", 0x80)), false);
        StringBuilder good = new StringBuilder();
        UndecodableInputException e = assertThrows(UndecodableInputException.class, () -> {
            for (int c = source.read(); c >= 0; c = source.read()) {
                good.append((char) c);
            }
        });
        assertEquals("12起\n", good.toString());
        assertEquals(6, e.byteOffset());
    }
}
