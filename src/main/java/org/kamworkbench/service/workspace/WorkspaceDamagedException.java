package org.kamworkbench.service.workspace;

/** A workspace file is damaged or went back in time: it is refused, never opened as older data. */
public class WorkspaceDamagedException extends RuntimeException {
    public WorkspaceDamagedException(String message) {
        super(message);
    }

    public WorkspaceDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
