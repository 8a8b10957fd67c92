package org.kamworkbench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The small file beside a workspace ({@code name.mv.db.state}) that holds the change counter of the
 * last commit. H2 silently opens a file whose end was lost as older data; a database counter below
 * this one shows it. After a clean close it also holds the {@link FileFingerprint} of the file as it
 * was left: a file that still has it is exactly that file, with no need to look inside it before
 * opening it. A commit writes the counter alone (the file is changing: the fingerprint no longer
 * holds). Written atomically (temporary file, then rename) and private.
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
        String[] fields = fields();
        try {
            return fields.length == 0 ? 0 : Long.parseLong(fields[0]);
        } catch (NumberFormatException e) {
            // an unreadable state file proves nothing about the database: do not refuse on it
            return 0;
        }
    }

    /** The fingerprint of the workspace file as its last session closed it; empty after a commit since. */
    Optional<FileFingerprint> closedAs() {
        return FileFingerprint.parse(fields());
    }

    private String[] fields() {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? new String[0] : text.split(" ");
        } catch (NoSuchFileException e) {
            return new String[0];
        } catch (IOException e) {
            return new String[0];
        }
    }

    /** After a commit: the counter, and no fingerprint (the file is being changed). */
    void write(long counter) {
        writeText(Long.toString(counter));
    }

    /** After a clean close: the counter and what the closed file looks like. */
    void writeClosed(long counter, FileFingerprint closed) {
        writeText(counter + " " + closed.format());
    }

    private void writeText(String text) {
        // a name of its own: two opens of one workspace in this process (calls of the background process)
        // record their commits side by side; the order does not matter, a lower count than the database's is no damage
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
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
