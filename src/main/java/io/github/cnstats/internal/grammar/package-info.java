/**
 * The lexer and parser that ANTLR generates from {@code grammar/}, and the few classes written by hand that work with
 * their parse trees.
 *
 * <p>Internal: not part of the API. A class here is public only because another package of the library uses it;
 * the module {@code io.github.cnstats} does not export this package, and anything in it may change in any release.
 */
package io.github.cnstats.internal.grammar;
