package org.kamworkbench.service.imports.parse;

/**
 * A value that cannot be read; the message completes "'value' ..." (e.g. "is not an amount").
 * Thrown on the row path, so it carries no stack trace.
 */
public final class InvalidValueException extends Exception {
    public InvalidValueException(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
