package org.kamworkbench.service.workspace;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a workspace is: an H2 file on this computer, or a team database on a server. This is the one
 * place that decides which one a name typed by the user (the command line's {@code --workspace}, an entry
 * of the recent list) stands for: a server address is never made into a {@link Path} (on Windows,
 * {@code Path.of("postgresql://h:5432/db")} is not even a valid path).
 */
public sealed interface WorkspaceLocation permits WorkspaceLocation.OnDisk, WorkspaceLocation.OnServer {

    /** A workspace file (or a path the user gave for one: the file is found by {@code Workspace.databaseFile}). */
    record OnDisk(Path path) implements WorkspaceLocation {
        public OnDisk {
            if (path == null) {
                throw new IllegalArgumentException("A workspace file needs a path.");
            }
        }

        @Override
        public String text() {
            return path.toString();
        }

        @Override
        public String displayName() {
            return path.toString();
        }

        @Override
        public WorkspaceLocation normalized() {
            return new OnDisk(path.toAbsolutePath().normalize());
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** A team workspace: a PostgreSQL database on a server. */
    record OnServer(ServerAddress address) implements WorkspaceLocation {
        public OnServer {
            if (address == null) {
                throw new IllegalArgumentException("A team workspace needs a server address.");
            }
        }

        @Override
        public String text() {
            return address.toString();
        }

        @Override
        public String displayName() {
            return address.database() + " (" + address.host() + ")";
        }

        @Override
        public WorkspaceLocation normalized() {
            return this;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * Reads a workspace as the user writes it: a server address ({@code postgresql://…}, also as older
     * versions stored it with one slash) or else a file path of this computer.
     *
     * @throws IllegalArgumentException with a sentence for the user when it is meant as a server address but
     *                                  is not a complete one, or is not a valid path here
     */
    static WorkspaceLocation parse(String text) {
        return parse(text, FileSystems.getDefault());
    }

    /** As {@link #parse(String)}, a file path read by {@code files} (tests give another operating system's). */
    static WorkspaceLocation parse(String text, FileSystem files) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Name a workspace: a file, or a server address "
                    + "(postgresql://host:5432/database?user=name).");
        }
        if (ServerAddress.looksLikeOne(text)) {
            return new OnServer(ServerAddress.parse(text));
        }
        try {
            return new OnDisk(files.getPath(text));
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid file path here.", e);
        }
    }

    /** The workspace file at {@code file}. */
    static WorkspaceLocation of(Path file) {
        return new OnDisk(file);
    }

    /** The team workspace at {@code address}. */
    static WorkspaceLocation of(ServerAddress address) {
        return new OnServer(address);
    }

    /** The file, for a workspace on this computer. */
    default Optional<Path> file() {
        return this instanceof OnDisk disk ? Optional.of(disk.path()) : Optional.empty();
    }

    /** The server address, for a team workspace. */
    default Optional<ServerAddress> server() {
        return this instanceof OnServer server ? Optional.of(server.address()) : Optional.empty();
    }

    /** Whether this is a team workspace on a server. */
    default boolean onServer() {
        return this instanceof OnServer;
    }

    /** The location as the user writes it, and as it is remembered: {@link #parse} reads it back. */
    String text();

    /** How messages and the status line name it: the path, or "database (host)". */
    String displayName();

    /** The same location written one way: a file's absolute path; an address as it is. */
    WorkspaceLocation normalized();
}
