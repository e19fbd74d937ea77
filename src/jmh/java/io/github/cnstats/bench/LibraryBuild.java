package io.github.cnstats.bench;

import java.io.File;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * One build of the library, loaded in a class loader of its own from a class path (jars or class directories),
 * so that two builds run side by side in one JVM. The loader's parent is the platform loader: nothing of the
 * harness's own class path, which holds the current classes, can stand in for a class of the build.
 */
final class LibraryBuild {

    private final String name;
    private final MethodHandle parse;
    private final Object parser;

    private LibraryBuild(String name, Object parser, MethodHandle parse) {
        this.name = name;
        this.parser = parser;
        this.parse = parse;
    }

    /**
     * @param classPath entries separated by the platform's path separator. The plain jar or
     *     {@code target/classes} needs antlr4-runtime and icu4j beside it; the shaded jar needs icu4j; the
     *     {@code -cli} jar needs nothing.
     */
    static LibraryBuild load(String name, String classPath) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            File file = new File(entry);
            if (!file.exists()) {
                throw new IllegalArgumentException(name + ": no such class path entry: " + entry);
            }
            try {
                urls.add(file.toURI().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        ClassLoader loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        try {
            Object parser = loader.loadClass("io.github.cnstats.Cnstats").getMethod("parser").invoke(null);
            Class<?> parserType = loader.loadClass("io.github.cnstats.MeasurementParser");
            MethodHandle parse = MethodHandles.publicLookup()
                    .findVirtual(parserType, "parse", MethodType.methodType(List.class, CharSequence.class));
            return new LibraryBuild(name, parser, parse);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(name + ": not a cnstats build: " + classPath, e);
        }
    }

    String name() {
        return name;
    }

    List<?> parse(String text) {
        try {
            return (List<?>) parse.invoke(parser, text);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
