/**
 * Lexing and parsing of the normalised sentences with the generated grammar and the unit lexicon.
 *
 * <p>Internal: not part of the API. A class here is public only because another package of the library uses it;
 * the module {@code io.github.cnstats} does not export this package, and anything in it may change in any release.
 */
package io.github.cnstats.internal.parse;
