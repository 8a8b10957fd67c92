package org.kamworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import org.kamworkbench.service.workspace.OpenAhead;
import org.kamworkbench.service.workspace.WorkspaceOpener;

/**
 * Which workspace a command line will open, so that it can be opened ahead ({@link OpenAhead})
 * while picocli reads the command.
 */
final class WorkspacePrefetch {
    private static final String WORKSPACE_OPTION = "--workspace";
    private static final List<String> NO_WORK = List.of("-h", "--help", "-V", "--version", "help");

    private WorkspacePrefetch() {
    }

    /**
     * Starts opening the workspace of {@code args} when they name a command (one that will open it),
     * calling {@code alsoPrepare} on the same thread afterwards; null when there is nothing to open.
     */
    static OpenAhead start(WorkspaceOpener opener, String[] args, boolean namesACommand, Runnable alsoPrepare) {
        if (!namesACommand || List.of(args).stream().anyMatch(NO_WORK::contains)) {
            return null;
        }
        Path path = workspaceIn(args);
        Path asked = path != null ? path : opener.defaultWorkspace();
        // never create ahead: a read command on a mistyped path must leave nothing behind
        return opener.exists(asked) ? OpenAhead.start(opener, asked, alsoPrepare) : null;
    }

    /** The value of {@code --workspace PATH} or {@code --workspace=PATH}; null without one. */
    static Path workspaceIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(WORKSPACE_OPTION) && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith(WORKSPACE_OPTION + "=")) {
                return Path.of(args[i].substring(WORKSPACE_OPTION.length() + 1));
            }
        }
        return null;
    }
}
