package org.kamworkbench.io.archive;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A new file only its owner can read: an archive holds the whole client portfolio. */
final class PrivateFile {
    private PrivateFile() {
    }

    /** Creates a hidden, owner-only file in {@code target}'s folder, named after it with {@code suffix}. */
    static Path createBeside(Path target, String suffix) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + target.getFileName() + suffix + "-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(temp);
    }
}
