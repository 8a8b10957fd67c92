package org.kamworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;

/**
 * Opens the workspace a command line names on a second thread while the first one reads the
 * command: opening (the database engine, the schema, the wiring) and reading the command line each
 * take a good part of a short call, and a laptop has a core to spare for one of them. The command
 * then {@link #take takes} the open workspace; one that never does (a mistyped option, say) has it
 * closed again, and deleted when the prefetch is what created it.
 */
final class WorkspacePrefetch {
    private static final String WORKSPACE_OPTION = "--workspace";
    private static final List<String> NO_WORK = List.of("-h", "--help", "-V", "--version", "help");

    private final Path path;
    private final boolean created;
    private final CompletableFuture<WorkspaceServices> open;
    private boolean taken;

    private WorkspacePrefetch(Path path, boolean created, CompletableFuture<WorkspaceServices> open) {
        this.path = path;
        this.created = created;
        this.open = open;
    }

    /**
     * Starts opening the workspace of {@code args} when they name a command (one that will open it),
     * calling {@code alsoPrepare} on the same thread afterwards; null when there is nothing to prefetch.
     */
    static WorkspacePrefetch start(WorkspaceOpener opener, String[] args, boolean namesACommand,
                                   Runnable alsoPrepare) {
        if (!namesACommand || List.of(args).stream().anyMatch(NO_WORK::contains)) {
            return null;
        }
        Path path = workspaceIn(args);
        if (path == null) {
            path = opener.defaultWorkspace();
        }
        Path target = path;
        boolean created = !opener.exists(target);
        CompletableFuture<WorkspaceServices> open = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                open.complete(opener.open(target));
            } catch (Throwable e) {
                open.completeExceptionally(e);
                return;
            }
            alsoPrepare.run();
        }, "workspace-prefetch");
        thread.setDaemon(true);
        thread.start();
        return new WorkspacePrefetch(target, created, open);
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

    /** The prefetched workspace if it is the one asked for and not yet taken; else null. */
    WorkspaceServices take(Path asked) {
        if (taken || !path.equals(asked)) {
            return null;
        }
        taken = true;
        try {
            return open.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening the workspace", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime; // as if opened here: WorkspaceUnavailableException keeps its sentence
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Closes a workspace the command never took (and deletes it if this prefetch created it). */
    void releaseUnused() {
        if (taken) {
            return;
        }
        taken = true;
        WorkspaceServices ws;
        try {
            ws = open.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            return; // nothing was opened
        }
        ws.close();
        if (created) {
            try {
                Files.deleteIfExists(ws.file());
            } catch (java.io.IOException ignored) {
                // an empty workspace left behind is harmless
            }
        }
    }
}
