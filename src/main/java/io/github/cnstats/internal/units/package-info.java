/**
 * The lexicon of units and counters (起 人次 千瓦时 港元 …) that the lexer consults after a number, read from
 * the data file {@code io/github/cnstats/units.tsv}.
 *
 * <p>Internal: not part of the API. A class here is public only because another package of the library uses it;
 * the module {@code io.github.cnstats} does not export this package, and anything in it may change in any release.
 */
package io.github.cnstats.internal.units;
