package org.kamworkbench.cli;

import org.kamworkbench.service.workspace.WorkspaceOpener;

/** The headless command line: picocli sub-commands on the same services, JSON out. */
public final class KamCli {
    private final WorkspaceOpener opener;

    public KamCli(WorkspaceOpener opener) {
        this.opener = opener;
    }

    /** Runs the command; returns the exit code (0 ok, 2 bad input, 1 unexpected failure). */
    public int run(String[] args) {
        return 1;
    }
}
