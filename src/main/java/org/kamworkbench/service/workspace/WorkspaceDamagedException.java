package org.kamworkbench.service.workspace;

/** A workspace file is damaged and must not be opened as if it were fine; the message is a sentence for the user. */
public class WorkspaceDamagedException extends RuntimeException {
    public WorkspaceDamagedException(String message) {
        super(message);
    }
}
