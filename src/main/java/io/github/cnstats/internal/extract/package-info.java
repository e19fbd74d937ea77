/**
 * The stages after parsing: the elements of each parsed sentence are bound to what they count, and made into the public
 * {@link io.github.cnstats.Measurement}s with their subjects, periods and regions; {@code StatsExtractor} runs the
 * whole pipeline behind {@link io.github.cnstats.Cnstats#parser()}.
 *
 * <p>Internal: not part of the API. A class here is public only because another package of the library uses it;
 * the module {@code io.github.cnstats} does not export this package, and anything in it may change in any release.
 */
package io.github.cnstats.internal.extract;
