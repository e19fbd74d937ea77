package io.github.cnstats.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArgumentsTest {

    private static ExtractOptions extract(String... args) throws UsageException {
        return assertInstanceOf(Invocation.Extract.class, Arguments.parse(args)).options();
    }

    private static String usageError(String... args) {
        return assertThrows(UsageException.class, () -> Arguments.parse(args)).getMessage();
    }

    @Test
    void defaultsAreJsonLinesOfWholeStrictFilesFromStandardInput() throws UsageException {
        assertEquals(new ExtractOptions(false, OutputFormat.JSONL, false, false, List.of()), extract("extract"));
    }

    @Test
    void readsEveryOptionWhereverItStands() throws UsageException {
        assertEquals(new ExtractOptions(true, OutputFormat.TABLE, true, true, List.of("a.txt", "-", "dir")),
                extract("--lines", "extract", "a.txt", "--format", "table", "-", "--lenient", "--explain", "dir"));
        assertEquals(OutputFormat.TABLE, extract("extract", "--format=table").format());
        assertEquals(OutputFormat.JSONL, extract("extract", "--format=table", "--format", "jsonl").format());
    }

    @Test
    void aDateAndARegionAreTheCallersContext() throws UsageException {
        assertEquals(io.github.cnstats.DocumentContext.findInText(), extract("extract").context());
        io.github.cnstats.DocumentContext c = extract("extract", "--date", "2024-05-27", "--region=广东省").context();
        assertEquals(java.time.LocalDate.of(2024, 5, 27), c.date().orElseThrow());
        assertEquals("广东省", c.region().orElseThrow());
        assertEquals(io.github.cnstats.DocumentContext.Source.CALLER, c.regionClue().orElseThrow().source());
        assertEquals("bad value for --date: '2024-5-27' (use YYYY-MM-DD, such as 2024-05-27)",
                usageError("extract", "--date", "2024-5-27"));
        assertEquals("option --region needs a value: a region such as 广东省", usageError("extract", "--region"));
    }

    @Test
    void anEncodingIsNamedCanonicallyOrAuto() throws UsageException {
        assertEquals(null, extract("extract").encoding());
        assertEquals("GBK", extract("extract", "--encoding", "gbk").encoding());
        assertEquals("Big5", extract("extract", "--encoding=BIG5").encoding());
        assertEquals("auto", extract("extract", "--encoding=Auto").encoding());
        assertEquals("unknown encoding: x-none (try auto, UTF-8, UTF-16, GB18030, GBK, Big5)",
                usageError("extract", "--encoding", "x-none"));
    }

    @Test
    void doubleDashEndsTheOptions() throws UsageException {
        assertEquals(List.of("--lines", "-x"), extract("extract", "--", "--lines", "-x").inputs());
        assertEquals(List.of("a"), extract("--", "extract", "a").inputs());
    }

    @Test
    void helpAndVersionWinWhenMet() throws UsageException {
        assertInstanceOf(Invocation.Help.class, Arguments.parse(new String[] {"-h"}));
        assertInstanceOf(Invocation.Help.class, Arguments.parse(new String[] {"help"}));
        assertInstanceOf(Invocation.Help.class, Arguments.parse(new String[] {"extract", "a.txt", "--help", "--x"}));
        assertInstanceOf(Invocation.Version.class, Arguments.parse(new String[] {"--version", "extract"}));
    }

    @Test
    void reportsWhatIsWrong() {
        assertEquals("no command given", usageError());
        assertEquals("no command given", usageError("--lines"));
        assertEquals("unknown command: extrakt", usageError("extrakt", "a.txt"));
        assertEquals("unknown option: --line", usageError("extract", "--line"));
        assertEquals("unknown option: -l", usageError("extract", "-l"));
        assertEquals("option --format needs a value: jsonl or table", usageError("extract", "--format"));
        assertEquals("bad value for --format: 'JSON' (use jsonl or table)", usageError("extract", "--format=JSON"));
        assertEquals("bad value for --format: '' (use jsonl or table)", usageError("extract", "--format="));
    }
}
