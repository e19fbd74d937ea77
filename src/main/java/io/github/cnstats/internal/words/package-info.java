/**
 * The words and character classes that the stages after the grammar know: the word lists kept as data files
 * under {@code io/github/cnstats/words/}, read by {@link io.github.cnstats.internal.words.WordLists}, and the
 * character classes shared with the grammar's lexer ({@link io.github.cnstats.internal.words.CharClasses}).
 * Internal: not part of the public API.
 */
package io.github.cnstats.internal.words;
