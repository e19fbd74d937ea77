package io.github.cnstats.internal.extract;

import io.github.cnstats.internal.normalize.NormalizedText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: after the AST, no stage indexes the document string. The binding and making stages read words only
 * from the sentence's {@code Text} nodes ({@link SentenceTexts}), so none of them may keep a text of its own: no
 * field and no constructor parameter of a type that could hold the document. What such a class reads is then
 * what a method was handed, a node's text or the words of a range. Every class of the package is either such a
 * stage or named below as working before the AST (or as a string utility), so a new class has to say which it is.
 */
class DocumentFreeStagesTest {

    /** The binding and making stages, which read only nodes and the text of text nodes. */
    private static final Set<Class<?>> AFTER_THE_AST = Set.of(
            MeasurementBinder.class, SubjectText.class, SubjectLists.class, RegionFinder.class,
            SentenceBasis.class, EarlierLevels.class, Conversions.class, ElidedModifiers.class, Years.class,
            UnknownUnits.class, MeasurementMaker.class, UnitTexts.class, WindowPeriods.class, Draft.class,
            SentenceTexts.class);

    /**
     * The classes that hold the document as their work: the pipeline and what it does before the parse, the map
     * of a span to its original text (the measurement's text, never a decision), and string utilities, whose
     * fields are word lists.
     */
    private static final Set<String> BEFORE_THE_AST_OR_UTILITIES = Set.of(
            "StatsExtractor", "ParseWindows", "InputWindows", "OverlongNumerals", "OriginalText", "Declined",
            "Words", "TextSearch", "CharFilter", "CharIndex");

    /** Types a field or constructor parameter could keep the document in. */
    private static final Set<Class<?>> TEXT_TYPES = Set.of(String.class, CharSequence.class, StringBuilder.class,
            NormalizedText.class, OriginalText.class);

    /** The maker writes each measurement's text as the original has it, through the map of spans. */
    private static final Set<Class<?>> MAY_HOLD_THE_ORIGINAL = Set.of(MeasurementMaker.class, UnitTexts.class);

    @Test
    void noStageAfterTheAstKeepsAText() {
        List<String> found = new ArrayList<>();
        for (Class<?> stage : AFTER_THE_AST) {
            for (Field f : stage.getDeclaredFields()) {
                boolean constant = Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers());
                if (!constant && holdsText(stage, f.getType())) {
                    found.add(stage.getSimpleName() + "." + f.getName() + ": " + f.getType().getSimpleName());
                }
            }
            for (Constructor<?> c : stage.getDeclaredConstructors()) {
                for (Class<?> p : c.getParameterTypes()) {
                    if (holdsText(stage, p)) {
                        found.add(stage.getSimpleName() + "(" + p.getSimpleName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), found, "read the words of the sentence's Text nodes (SentenceTexts) instead");
    }

    /** The check above is one that can fail: a class that does keep the document is found. */
    @Test
    void aClassThatKeepsTheDocumentIsFound() {
        assertTrue(holdsText(StatsExtractor.class, String.class));
        assertTrue(holdsText(MeasurementBinder.class, OriginalText.class));
    }

    @Test
    void everyClassOfThePackageIsAStageOrNamedAsWorkingBeforeIt() throws IOException {
        Path dir = Path.of("src/main/java/io/github/cnstats/internal/extract");
        Set<String> unnamed = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .filter(n -> !BEFORE_THE_AST_OR_UTILITIES.contains(n))
                    .filter(n -> AFTER_THE_AST.stream().noneMatch(c -> c.getSimpleName().equals(n)))
                    .forEach(unnamed::add);
        }
        assertEquals(Set.of(), unnamed, "name each class as a stage after the AST or as working before it");
    }

    private static boolean holdsText(Class<?> stage, Class<?> type) {
        if (type == OriginalText.class && MAY_HOLD_THE_ORIGINAL.contains(stage)) {
            return false;
        }
        return TEXT_TYPES.contains(type);
    }
}
