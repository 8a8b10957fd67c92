package org.kamworkbench.service.archive;

/** The user stopped an export or import; nothing was written or created. */
public class ArchiveCancelledException extends RuntimeException {
    public ArchiveCancelledException() {
        super("Stopped; nothing was written.");
    }
}
