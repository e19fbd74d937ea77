package io.github.cnstats.internal.extract;

import io.github.cnstats.Diagnostic;

/**
 * A diagnostic before its offsets are mapped back to the original text.
 *
 * @param kind    why the text was declined
 * @param start   where it starts in the normalised document
 * @param end     where it ends in the normalised document
 * @param message for people
 */
record Declined(Diagnostic.Kind kind, int start, int end, String message) {
}
