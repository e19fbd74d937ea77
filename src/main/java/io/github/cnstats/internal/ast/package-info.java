/**
 * The AST of a sentence: sealed, immutable {@link io.github.cnstats.internal.ast.Node} records with their
 * spans, built from the parse tree by {@link io.github.cnstats.internal.ast.AstBuilder}, the one visitor of the
 * generated parser. Only this package and {@code internal.parse} see the generated classes. Internal: not part
 * of the public API.
 */
package io.github.cnstats.internal.ast;
