/**
 * Normalisation of the input (width, script, pinyin glosses, whitespace inside numbers) with a map from every
 * normalised offset back to the original text, and the cutting of text into sentences.
 *
 * <p>Internal: not part of the API. A class here is public only because another package of the library uses it;
 * the module {@code io.github.cnstats} does not export this package, and anything in it may change in any release.
 */
package io.github.cnstats.internal.normalize;
