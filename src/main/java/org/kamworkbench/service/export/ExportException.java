package org.kamworkbench.service.export;

/** An export that could not be written, with a sentence for the user ("Cannot write /x/y.xlsx: ..."). */
public class ExportException extends RuntimeException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
