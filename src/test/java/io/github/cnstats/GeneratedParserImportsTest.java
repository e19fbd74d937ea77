package io.github.cnstats;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated lexer and parser ({@code StatsLexer}, {@code StatsParser} and its contexts, visitor and base
 * visitor) are seen by two packages only: the parse facade ({@code internal.parse}), which runs them, and the
 * AST builder ({@code internal.ast}), which reads their trees. Every later stage reads the AST, so a grammar
 * change reaches it through one visitor. A source file elsewhere that names a generated class, by import or in
 * its code, fails this test; comments and strings may name them.
 */
class GeneratedParserImportsTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final List<String> ALLOWED_PACKAGES = List.of(
            "io.github.cnstats.internal.parse", "io.github.cnstats.internal.ast");

    /** A generated class's name as a word of code: StatsParser, StatsParserBaseVisitor, StatsLexer. */
    private static final Pattern GENERATED = Pattern.compile("\\bStats(Parser|Lexer)\\w*\\b");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    @Test
    void onlyTheParseFacadeAndTheAstBuilderUseTheGeneratedClasses() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the project root: " + MAIN.toAbsolutePath());
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(GeneratedParserImportsTest::usesGeneratedClassOutsideAllowedPackages)
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theScanSeesAUseInCodeButNotInAComment() {
        assertTrue(usesGeneratedClass("import io.github.cnstats.internal.grammar.StatsParser;\nclass A {}"));
        assertTrue(usesGeneratedClass("class A { int t = StatsLexer.NUMBER; }"));
        assertTrue(!usesGeneratedClass("/** see StatsParser.g4 */\nclass A { String s = \"StatsLexer\"; }"));
        assertTrue(!usesGeneratedClass("// StatsParser\nclass A { char c = '\\''; String s = \"\\\" StatsLexer\"; }"));
        assertTrue(usesGeneratedClass("/*" + "长".repeat(200_000) + "*/ class A extends StatsParserBaseVisitor {}"));
    }

    private static boolean usesGeneratedClassOutsideAllowedPackages(Path file) {
        String source = read(file);
        Matcher pkg = PACKAGE.matcher(source);
        String name = pkg.find() ? pkg.group(1) : "";
        return !ALLOWED_PACKAGES.contains(name) && usesGeneratedClass(source);
    }

    private static boolean usesGeneratedClass(String source) {
        return GENERATED.matcher(codeOf(source)).find();
    }

    /**
     * The source with its comments and string and character literals blanked, which may name a class without
     * using it. A scan rather than a regular expression, whose repeated groups recurse once a character and
     * overflow the stack on a long comment.
     */
    static String codeOf(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                end = close < 0 ? source.length() : close + 2;
            } else if (source.startsWith("//", i)) {
                int newline = source.indexOf('\n', i);
                end = newline < 0 ? source.length() : newline;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < source.length() && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
            } else {
                code.append(c);
                i++;
                continue;
            }
            code.append(' ');
            i = end;
        }
        return code.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
