package org.kamworkbench.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Workspace files are readable by their owner only (0600, folders 0700), whatever the umask: H2 and
 * {@code Files} create with the process umask, so the permissions are set explicitly afterwards.
 * On file systems without POSIX permissions nothing is done.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Makes an existing file private; a missing file is left alone. */
    public static void restrict(Path file) throws IOException {
        if (posix() && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Creates the folder (and missing parents) with 0700; an existing folder is left as it is. */
    public static void createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createFolder(parent);
        }
        try {
            Files.createDirectory(absolute);
        } catch (java.nio.file.FileAlreadyExistsException createdMeanwhile) {
            if (!Files.isDirectory(absolute)) {
                throw createdMeanwhile;
            }
            return; // by another call at the same moment (two imports at once), private as this one would make it
        }
        if (posix()) {
            Files.setPosixFilePermissions(absolute, FOLDER);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
