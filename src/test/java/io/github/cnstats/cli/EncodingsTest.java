package io.github.cnstats.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The encodings Chinese sites serve, read as asked, found when asked, and named when the bytes do not decode. */
class EncodingsTest {

    private static final Pattern PLACED = Pattern.compile("\"line\":(\\d+),\"start\":(\\d+),\"end\":(\\d+),"
            + "\"text\":\"([^\"]*)\"");

    /** A page of my own in Simplified characters, long enough for the detector to be sure. */
    private static final String SIMPLIFIED = "今年以来全省公安机关破获各类刑事案件1200起，同比下降5.3%。\n"
            + "其中抓获犯罪嫌疑人300人，追回被盗车辆四十余辆，为群众挽回经济损失。\n"
            + "全市新建社区警务室25个，群众安全感明显提升，相关工作得到广泛好评。\n";

    /** The same in Traditional characters, as a Big5 site would serve it. */
    private static final String TRADITIONAL = "今年以來全省公安機關破獲各類刑事案件1200起，同比下降5.3%。\n"
            + "其中抓獲犯罪嫌疑人300人，追回被盜車輛四十餘輛，為群眾挽回經濟損失。\n"
            + "全市新建社區警務室25個，群眾安全感明顯提升，相關工作得到廣泛好評。\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** line:start-end:text of every measurement written, checked against the decoded text. */
    private static List<String> placed(String out, String decoded) {
        Matcher m = PLACED.matcher(out);
        List<String> all = new ArrayList<>();
        while (m.find()) {
            int start = Integer.parseInt(m.group(2));
            int end = Integer.parseInt(m.group(3));
            assertEquals(m.group(4), decoded.substring(start, end), "offsets are UTF-16 indices into the decoded text");
            all.add(m.group(1) + ":" + start + "-" + end + ":" + m.group(4));
        }
        return all;
    }

    private static final List<String> FOUND = List.of("1:18-23:1200起", "1:28-32:5.3%", "2:43-47:300人");

    @Test
    void aNamedEncodingIsReadAndOffsetsIndexTheDecodedText() throws IOException {
        for (String name : List.of("GB18030", "GBK", "GB2312")) {
            Path file = write("gb.txt", SIMPLIFIED.getBytes(Charset.forName(name)));
            Run run = Run.of(new PatternParser(), "extract", "--encoding", name, file.toString());
            assertEquals(0, run.status(), run.err());
            assertEquals(FOUND, placed(run.out(), SIMPLIFIED), name);
        }
        Path big5 = write("big5.txt", TRADITIONAL.getBytes(Charset.forName("Big5")));
        Run run = Run.of(new PatternParser(), "extract", "--encoding=big5", big5.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(FOUND, placed(run.out(), TRADITIONAL));
    }

    @Test
    void utf16WithAByteOrderMarkIsReadWithoutBeingAsked() throws IOException {
        for (Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            Path file = write("u16.txt", ("\uFEFF" + SIMPLIFIED).getBytes(charset));
            Run run = Run.of(new PatternParser(), "extract", file.toString());
            assertEquals(0, run.status(), run.err());
            assertEquals(FOUND, placed(run.out(), SIMPLIFIED), "the mark is not counted: " + charset);
        }
    }

    @Test
    void autoDetectsTheEncodingAndExplainSaysWhatItGuessed() throws IOException {
        Path gb = write("gb.txt", SIMPLIFIED.repeat(3).getBytes(Charset.forName("GB18030")));
        Run run = Run.of(new PatternParser(), "extract", "--encoding", "auto", "--explain", gb.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(FOUND, placed(run.out(), SIMPLIFIED.repeat(3)).subList(0, 3));
        assertTrue(run.err().startsWith("cnstats: " + gb + ": explain: encoding GB18030 (detected, confidence "),
                run.err());

        Path big5 = write("big5.txt", TRADITIONAL.repeat(3).getBytes(Charset.forName("Big5")));
        Run fromStdin = Run.of(new PatternParser(), Files.readAllBytes(big5), "extract", "--encoding", "AUTO");
        assertEquals(0, fromStdin.status(), fromStdin.err());
        assertEquals(FOUND, placed(fromStdin.out(), TRADITIONAL.repeat(3)).subList(0, 3), "standard input too");

        Path utf8 = write("utf8.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        Run plain = Run.of(new PatternParser(), "extract", "--encoding", "auto", "--explain", utf8.toString());
        assertEquals("cnstats: " + utf8 + ": explain: encoding UTF-8 (well-formed UTF-8, confidence 100)\n",
                plain.err());
    }

    @Test
    void invalidUtf8SaysWhichEncodingTheBytesLookLikeAndHowToAskForIt() throws IOException {
        Path gb = write("gb.txt", SIMPLIFIED.repeat(3).getBytes(Charset.forName("GB18030")));
        Run run = Run.of(new PatternParser(), "extract", gb.toString());
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().matches("cnstats: \\Q" + gb + "\\E: invalid UTF-8 at byte \\d+; the bytes look like"
                + " GB18030 \\(confidence \\d+\\): read it with --encoding GB18030\n"), run.err());
    }

    @Test
    void lenientWarnsWhenTheBytesLookLikeAnotherEncoding() throws IOException {
        Path big5 = write("big5.txt", TRADITIONAL.repeat(3).getBytes(Charset.forName("Big5")));
        Run run = Run.of(new PatternParser(), "extract", "--lenient", big5.toString());
        assertEquals(0, run.status());
        assertTrue(run.err().contains(": warning: invalid UTF-8 at byte "), run.err());
        assertTrue(run.err().contains("the bytes look like Big5"), run.err());
        assertTrue(run.err().endsWith("read it with --encoding Big5\n"), run.err());
    }

    @Test
    void bytesThatDoNotDecodeInTheNamedEncodingAreReportedInIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("12起".getBytes(Charset.forName("GBK")));
        bytes.write(0x81); // a lead byte with nothing after it
        Path file = write("cut.txt", bytes.toByteArray());
        Run run = Run.of(new PatternParser(), "extract", "--encoding", "GBK", file.toString());
        assertEquals(2, run.status());
        assertEquals("cnstats: " + file + ": invalid GBK at byte 4\n", run.err());
    }

    @Test
    void anUnknownEncodingIsAUsageError() {
        Run run = Run.of(new PatternParser(), "extract", "--encoding", "klingon");
        assertEquals(Main.EXIT_USAGE, run.status());
        assertTrue(run.err().startsWith("cnstats: unknown encoding: klingon"), run.err());
        assertEquals(Main.EXIT_USAGE, Run.of(new PatternParser(), "extract", "--encoding").status());
    }
}
