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
        assertEquals(OutputFormat.HTML, extract("extract", "--format", "html").format());
        assertEquals(OutputFormat.JSONL, extract("extract", "--format=table", "--format", "jsonl").format());
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
        assertEquals("option --format needs a value: jsonl, table or html", usageError("extract", "--format"));
        assertEquals("bad value for --format: 'JSON' (use jsonl, table or html)", usageError("extract", "--format=JSON"));
        assertEquals("bad value for --format: '' (use jsonl, table or html)", usageError("extract", "--format="));
    }
}
