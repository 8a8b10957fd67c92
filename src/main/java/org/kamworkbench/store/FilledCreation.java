package org.kamworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * Creates a workspace and fills it (from an archive) in a hidden temporary file, renamed into place
 * only once complete and closed: a failure, a cancel or a crash leaves no half workspace behind.
 */
public final class FilledCreation {
    private FilledCreation() {
    }

    /** Creates the workspace {@code path} names, which must not exist, holding what {@code fill} writes. */
    public static void create(Path path, char[] password, Consumer<Workspace> fill) {
        Path file = Workspace.databaseFile(path).toAbsolutePath();
        if (Files.exists(file)) {
            throw new WorkspaceUnavailableException("There is already a workspace at " + file
                    + "; give the name of a new one.", false, null);
        }
        String name = file.getFileName().toString();
        Path temp = file.resolveSibling("." + name.substring(0, name.length() - Workspace.FILE_SUFFIX.length())
                + ".filling-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + Workspace.FILE_SUFFIX);
        boolean done = false;
        Workspace workspace = Workspace.open(temp, password);
        try {
            fill.accept(workspace);
            workspace.closeWithoutBackup();
            workspace = null;
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            Path state = new WorkspaceState(temp).file();
            if (Files.exists(state)) {
                Files.move(state, new WorkspaceState(file).file(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DiskFull.sentenceOr(e, file.getParent(),
                    "Could not create the workspace " + file + ": " + e.getMessage() + " Nothing was left behind."),
                    false, e);
        } finally {
            if (!done) {
                if (workspace != null) {
                    workspace.closeWithoutBackup();
                }
                removeQuietly(temp);
            }
        }
    }

    /** The temporary database and whatever H2 and the workspace put beside it. */
    private static void removeQuietly(Path temp) {
        String base = temp.getFileName().toString();
        String stem = base.substring(0, base.length() - Workspace.FILE_SUFFIX.length());
        try (Stream<Path> beside = Files.list(temp.getParent())) {
            beside.filter(p -> p.getFileName().toString().startsWith(stem))
                    .sorted(Comparator.reverseOrder())
                    .forEach(FilledCreation::deleteTree);
        } catch (IOException ignored) {
            // hidden temporary files: best effort
        }
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> all = Files.walk(p)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
