package org.kamworkbench.service.workspace;

/** A workspace could not be opened; the message is a sentence for the user. */
public class WorkspaceUnavailableException extends RuntimeException {
    private final boolean inUse;

    public WorkspaceUnavailableException(String message, boolean inUse, Throwable cause) {
        super(message, cause);
        this.inUse = inUse;
    }

    /** True when another window or process holds the workspace. */
    public boolean inUse() {
        return inUse;
    }
}
