/**
 * The numeral arithmetic: Arabic, Chinese and mixed numerals read to exact {@link java.math.BigDecimal} values within
 * limits, numbers spelled back out for the formatter, and the one canonical form in which values are kept.
 *
 * <p>Internal: not part of the API. A class here is public only because another package of the library uses it;
 * the module {@code io.github.cnstats} does not export this package, and anything in it may change in any release.
 */
package io.github.cnstats.internal.numeral;
