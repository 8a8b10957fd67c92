package org.kamworkbench.service.archive;

/** An encrypted archive opened without its password, or with a wrong one: asking again may help. */
public class ArchivePasswordException extends ArchiveRefusedException {
    private final boolean given;

    public ArchivePasswordException(String sentence, boolean given, Throwable cause) {
        super(sentence, cause);
        this.given = given;
    }

    /** Whether a password was given (and was wrong) rather than missing. */
    public boolean given() {
        return given;
    }
}
