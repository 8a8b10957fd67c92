package org.kamworkbench.service.report;

/** A report that cannot be made from what the workspace holds: the message says why, as a sentence. */
public final class ReportInputException extends RuntimeException {
    public ReportInputException(String message) {
        super(message);
    }
}
