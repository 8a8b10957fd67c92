package org.kamworkbench.service.workspace;

/**
 * An encrypted workspace was opened without its password, or with a wrong one. The message is a
 * sentence for the user; the desktop asks again, the command line exits with "bad input".
 */
public class WorkspacePasswordException extends WorkspaceUnavailableException {
    private final boolean missing;

    public WorkspacePasswordException(String message, boolean missing, Throwable cause) {
        super(message, false, cause);
        this.missing = missing;
    }

    public WorkspacePasswordException(org.kamworkbench.service.message.Sentence sentence, boolean missing,
                                      Throwable cause) {
        super(sentence, false, cause);
        this.missing = missing;
    }

    /** True when no password was given at all (false: a password was given and it is wrong). */
    public boolean missing() {
        return missing;
    }
}
