package org.kamworkbench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The small file beside a workspace ({@code name.mv.db.state}) that holds the change counter of the
 * last commit. H2 silently opens a file whose end was lost as older data; a database counter below
 * this one shows it. Written atomically (temporary file, then rename) and private.
 */
final class WorkspaceState {
    static final String SUFFIX = ".state";
    private final Path file;

    WorkspaceState(Path databaseFile) {
        this.file = databaseFile.resolveSibling(databaseFile.getFileName() + SUFFIX);
    }

    Path file() {
        return file;
    }

    /** The recorded counter; 0 when there is no state file yet (a workspace from an older version). */
    long read() {
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException | NumberFormatException e) {
            // an unreadable state file proves nothing about the database: do not refuse on it
            return 0;
        }
    }

    void write(long counter) {
        // a name of its own: two opens of one workspace in this process (calls of the background process)
        // record their commits side by side; the order does not matter, a lower count than the database's is no damage
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        try {
            Files.writeString(temp, Long.toString(counter), StandardCharsets.US_ASCII);
            PrivateFiles.restrict(temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(DiskFull.sentenceOr(e, file,
                    "Cannot record the workspace state in " + file + ": " + e.getMessage()), e);
        }
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
