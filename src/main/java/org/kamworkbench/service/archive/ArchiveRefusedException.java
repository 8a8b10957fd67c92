package org.kamworkbench.service.archive;

/** An archive that cannot be read as it is: newer, damaged, incomplete, or locked by a password. */
public class ArchiveRefusedException extends RuntimeException {
    public ArchiveRefusedException(String sentence) {
        super(sentence);
    }

    public ArchiveRefusedException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
