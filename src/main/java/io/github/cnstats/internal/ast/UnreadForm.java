package io.github.cnstats.internal.ast;

/**
 * A number written in a form that cnstats does not read (2e5, .5, 1/2, 两米半, 三分之一): the phrase is declined
 * with a {@link io.github.cnstats.Diagnostic.Kind#UNREAD_NUMBER} diagnostic rather than read in part, since a
 * part of such a number (the 5 of 2e5) is a wrong value. Like a malformed numeral it is an answer about the
 * text, so no stack trace is recorded.
 */
final class UnreadForm extends NumberFormatException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what the form is, for people
     */
    UnreadForm(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
