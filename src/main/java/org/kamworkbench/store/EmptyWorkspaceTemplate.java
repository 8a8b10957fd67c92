package org.kamworkbench.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A new, migrated workspace kept in a cache folder, copied for every new workspace after the first:
 * running the migrations costs a new workspace most of a second (Flyway, dozens of DDL statements),
 * copying a file a few milliseconds. Kept per version of the code (the jar) and of H2, with its size
 * and checksum in its name: a template that does not match them is deleted and the new workspace is
 * migrated as usual. Never used for encrypted workspaces (each has its own key).
 */
public final class EmptyWorkspaceTemplate {
    private final Path folder;
    private String prefix;

    /** Templates in {@code folder} (the user's cache), created when missing. */
    public EmptyWorkspaceTemplate(Path folder) {
        this.folder = folder;
    }

    /** The start of this version's template names: worked out when a workspace is created, not at every open. */
    private synchronized String prefix() {
        if (prefix == null) {
            prefix = "empty-workspace-" + Integer.toHexString(List.of(Migrations.SCHEMA_VERSION,
                    org.h2.engine.Constants.FULL_VERSION, codeVersion()).hashCode()) + "-";
        }
        return prefix;
    }

    /** The jar (or class folder) this code runs from: a new build may bring new migrations. */
    private static String codeVersion() {
        try {
            Path code = Path.of(EmptyWorkspaceTemplate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return String.join(" ", code.toString(), Long.toString(Files.size(code)),
                    Long.toString(Files.getLastModifiedTime(code).toMillis()));
        } catch (Exception e) {
            return "unknown " + System.nanoTime(); // no stable version: a template of its own, never reused
        }
    }

    /** The bytes of the template, checked against its name; empty when there is none (or it was damaged). */
    Optional<byte[]> read() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(found.get());
            if (found.get().getFileName().toString().equals(nameFor(bytes))) {
                return Optional.of(bytes);
            }
        } catch (IOException e) {
            // unreadable: migrate as usual
        }
        deleteQuietly(found.get());
        return Optional.empty();
    }

    /** Keeps {@code bytes}, a new workspace just migrated and closed, for the next ones. */
    void keep(byte[] bytes) {
        Path temp = null;
        try {
            PrivateFiles.createFolder(folder);
            temp = Files.createTempFile(folder, prefix(), ".tmp");
            PrivateFiles.restrict(temp);
            Files.write(temp, bytes);
            Files.move(temp, folder.resolve(nameFor(bytes)), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                deleteQuietly(temp); // only a cache: the next new workspace is migrated again
            }
        }
    }

    private String nameFor(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return prefix() + bytes.length + "-" + Long.toHexString(crc.getValue()) + Workspace.FILE_SUFFIX;
    }

    private Optional<Path> find() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix() + "*" + Workspace.FILE_SUFFIX)) {
            for (Path file : files) {
                return Optional.of(file);
            }
        } catch (IOException e) {
            // no cache
        }
        return Optional.empty();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // only a cache
        }
    }
}
