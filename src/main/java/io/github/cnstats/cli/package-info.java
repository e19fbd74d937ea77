/**
 * The command line of cnstats, built into the executable jar {@code cnstats-<version>-cli.jar}; not part of the
 * library's API. It uses the library's public API ({@link io.github.cnstats.MeasurementParser}) and libraries of
 * its own (picocli, Jackson's jackson-core, Commons CSV), which only the {@code -cli} jar holds, relocated: they
 * are no dependency of the library.
 *
 * <p>Internal: only {@link io.github.cnstats.cli.Main} is public, because {@code java -jar} has to call it. The
 * package is not in the library jar at all, and so neither in the module {@code io.github.cnstats} nor among its
 * exports; the {@code -cli} jar is an application run from the class path, not a module to depend on.
 *
 * <p>How a run goes: {@link io.github.cnstats.cli.Main} parses the arguments ({@code CliCommand}, with picocli)
 * and hands an {@code Extraction} the inputs, which {@code InputLister} expands (directories walked). Each input is decoded by
 * {@code TextSource} (strict or lenient, UTF-8 or the {@code --encoding} named or guessed by {@code EncodingGuess},
 * byte order mark dropped, exact byte offsets of bad bytes), cut into {@code Chunk}s of bounded size by
 * {@code LineSplitter} ({@code --lines}; a long line in pieces) or {@code TextChunker} (a whole file), and each
 * chunk goes to the parser. Spans found in a chunk are placed in the whole input with the chunk's
 * offset and a {@code LineIndex}, and written by {@code JsonLinesWriter}, {@code CsvWriter} or {@code TableWriter},
 * each from the one field list {@code MeasurementFields}. With {@code --threads}, {@code OrderedOutput} parses
 * chunks on a pool and writes their results in input order.
 */
package io.github.cnstats.cli;
