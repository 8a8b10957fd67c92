package org.kamworkbench.service.workspace;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Opens one workspace ahead, on a second thread, while the caller gets on with something else
 * (reading a command line, starting the window toolkit): opening costs the database engine, the
 * schema and the wiring, and a laptop has a core to spare. The first {@link #open} of that path takes
 * it; other paths open as usual. One never taken is closed by {@link #releaseUnused} — and deleted
 * when opening it is what created it. It is opened either for writing or only for reading
 * ({@link WorkspaceOpener#openForReading}); asked for in the other mode, it is closed and the path opened
 * again as asked.
 */
public final class OpenAhead implements WorkspaceOpener {
    private final WorkspaceOpener opener;
    private final WorkspaceLocation path;
    private final boolean created;
    private final boolean forReading;
    private final CompletableFuture<WorkspaceServices> opening = new CompletableFuture<>();
    private boolean taken;

    private OpenAhead(WorkspaceOpener opener, WorkspaceLocation path, boolean forReading) {
        this.opener = opener;
        this.path = path;
        this.forReading = forReading;
        this.created = !opener.exists(path);
    }

    /** Starts opening {@code path} for writing; {@code then} runs on the same thread once it is open. */
    public static OpenAhead start(WorkspaceOpener opener, WorkspaceLocation path, Runnable then) {
        return start(opener, path, false, then);
    }

    /**
     * Starts opening {@code path}, only for reading when {@code forReading}; {@code then} runs on the
     * same thread once it is open.
     */
    public static OpenAhead start(WorkspaceOpener opener, WorkspaceLocation path, boolean forReading, Runnable then) {
        OpenAhead ahead = new OpenAhead(opener, path, forReading);
        Thread thread = new Thread(() -> {
            try {
                ahead.opening.complete(forReading ? opener.openForReading(path) : opener.open(path));
            } catch (Throwable e) {
                ahead.opening.completeExceptionally(e);
                return;
            }
            then.run();
        }, "workspace-open-ahead");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    /** The workspace opened ahead if {@code asked} is its path and it is not taken yet; else opens {@code asked}. */
    @Override
    public WorkspaceServices open(WorkspaceLocation asked) {
        return take(asked, false);
    }

    /** As {@link #open}, only for reading. */
    @Override
    public WorkspaceServices openForReading(WorkspaceLocation asked) {
        return take(asked, true);
    }

    private WorkspaceServices take(WorkspaceLocation asked, boolean readOnly) {
        synchronized (this) {
            if (taken || !path.equals(asked)) {
                return readOnly ? opener.openForReading(asked) : opener.open(asked);
            }
        }
        if (readOnly != forReading) {
            releaseUnused(); // opened in the other mode: it must not stand in for this one
            return readOnly ? opener.openForReading(asked) : opener.open(asked);
        }
        synchronized (this) {
            if (taken) {
                return readOnly ? opener.openForReading(asked) : opener.open(asked);
            }
            taken = true;
        }
        try {
            return opening.get();
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

    /** Whether {@code asked} existed before this call started (opening it ahead may have created it since). */
    @Override
    public boolean exists(WorkspaceLocation asked) {
        return path.equals(asked) ? !created : opener.exists(asked);
    }

    @Override
    public void deleteCreated(WorkspaceLocation file) throws IOException {
        opener.deleteCreated(file);
    }

    @Override
    public WorkspaceLocation defaultWorkspace() {
        return opener.defaultWorkspace();
    }

    @Override
    public WorkspaceBackups backups() {
        return opener.backups();
    }

    @Override
    public void createWith(WorkspaceLocation target, java.util.function.Consumer<WorkspaceServices> fill) {
        opener.createWith(target, fill);
    }

    @Override
    public void createWith(WorkspaceLocation target, char[] password, java.util.function.Consumer<WorkspaceServices> fill) {
        opener.createWith(target, password, fill);
    }

    /** With a password: never the one opened ahead (that one was opened without it). */
    @Override
    public WorkspaceServices open(WorkspaceLocation asked, char[] password) {
        return password == null ? open(asked) : opener.open(asked, password);
    }

    @Override
    public WorkspaceServices openForReading(WorkspaceLocation asked, char[] password) {
        return password == null ? openForReading(asked) : opener.openForReading(asked, password);
    }

    @Override
    public WorkspaceBackups backups(char[] password) {
        return opener.backups(password);
    }

    @Override
    public WorkspacePasswords passwords() {
        return opener.passwords();
    }

    /** Closes the workspace if nobody took it, and removes it if opening it created it. */
    public void releaseUnused() {
        synchronized (this) {
            if (taken) {
                return;
            }
            taken = true;
        }
        WorkspaceServices ws;
        try {
            ws = opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            return; // nothing was opened
        }
        ws.close();
        if (created) {
            try {
                opener.deleteCreated(ws.location());
            } catch (IOException ignored) {
                // an empty workspace left behind is harmless
            }
        }
    }
}
