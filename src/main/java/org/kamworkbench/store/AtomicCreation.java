package org.kamworkbench.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * Creates a new workspace in a temporary file in the same folder, migrates it there and renames it into
 * place only when complete, so a failure (a full disk, a crash) leaves nothing behind that a later open
 * would take for a workspace.
 */
final class AtomicCreation {
    /** What runs between migrating the temporary file and renaming it: a test makes it fail. */
    interface BeforeRename {
        void run(Path temporaryFile) throws IOException;
    }

    private final BeforeRename beforeRename;

    AtomicCreation() {
        this(temp -> { });
    }

    AtomicCreation(BeforeRename beforeRename) {
        this.beforeRename = beforeRename;
    }

    /** A new workspace is a few tens of kilobytes; one larger than this is not kept in memory. */
    private static final long CREATED_IMAGE_LIMIT = 4L << 20;

    /**
     * Creates {@code file}, migrated and with default settings; {@code connect} opens a URL base.
     *
     * @return the bytes of the new file as created, closed (the state a first import's backup holds);
     *         null when it is unexpectedly large
     */
    byte[] create(Path file, DataSources sources) {
        return create(file, sources, null);
    }

    /**
     * As {@link #create(Path, DataSources)}, copying {@code template} (when given and available) instead
     * of migrating, and filling it when it is not.
     */
    byte[] create(Path file, DataSources sources, EmptyWorkspaceTemplate template) {
        Path folder = file.getParent();
        String base = "." + file.getFileName() + ".creating-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        Path temp = folder.resolve(base + Workspace.FILE_SUFFIX);
        try {
            byte[] created = template == null ? null : template.read().orElse(null);
            if (created != null) {
                Files.write(temp, created);
            } else {
                JdbcDataSource ds = sources.at(folder.resolve(base));
                try (Connection c = ds.getConnection()) {
                    PrivateFiles.restrict(temp);
                    Migrations.migrate(ds, c);
                    new SettingsStore(JdbiSetup.on(ds)).seedDefaults();
                }
                created = Files.size(temp) <= CREATED_IMAGE_LIMIT ? Files.readAllBytes(temp) : null;
                if (template != null && created != null) {
                    template.keep(created);
                }
            }
            PrivateFiles.restrict(temp);
            beforeRename.run(temp);
            if (!placeUnlessCreatedMeanwhile(temp, file)) {
                deleteQuietly(temp); // another call created it first (two imports at once): theirs is the workspace
                return null;
            }
            return created;
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(temp);
            deleteQuietly(folder.resolve(base + ".trace.db"));
            throw new WorkspaceUnavailableException(DiskFull.sentenceOr(e, folder,
                    "Could not create the workspace " + file + ": " + FirstLine.of(e) + " Nothing was left behind."),
                    false, e);
        }
    }

    /**
     * Puts the finished file in place without replacing a workspace another call (or process) created
     * meanwhile, which may already be open and written: a hard link fails where a rename would replace.
     *
     * @return false when {@code file} already existed (nothing was placed)
     */
    private static boolean placeUnlessCreatedMeanwhile(Path temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return false;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            if (Files.exists(file)) {
                return false;
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
        Files.delete(temp);
        return true;
    }

    /** Data sources with the new workspace's credentials, at a given URL base (path without suffix). */
    interface DataSources {
        JdbcDataSource at(Path base);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: it is a hidden temporary file
        }
    }
}
