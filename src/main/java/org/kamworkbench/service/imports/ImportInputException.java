package org.kamworkbench.service.imports;

/**
 * The input cannot be imported at all: unreadable file, a required field with no column, revenue
 * into months that hold revenue without replace/add... The message is a sentence for the user.
 */
public class ImportInputException extends RuntimeException {
    public ImportInputException(String message) {
        super(message);
    }

    public ImportInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
