/**
 * The lexicon of units and counters (起 人次 千瓦时 港元 …) that the lexer consults after a number, read from
 * the data file {@code io/github/cnstats/units.tsv}. Internal: not part of the public API.
 */
package io.github.cnstats.internal.units;
