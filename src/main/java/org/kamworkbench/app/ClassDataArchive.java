package org.kamworkbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The class-data archive of one kind of child ({@link FastStart.Mode}) in the user's cache, keyed by the
 * jar and the JVM ({@code key}): where it lies, where the first run writes it, and putting it in place
 * once written.
 */
record ClassDataArchive(FastStart.Mode mode, Path path, String key) {
    /** The archive for this jar run by this JVM: another jar or JVM gets an archive of its own. */
    static ClassDataArchive forJar(FastStart.Mode mode, Path userHome, Path jar) throws IOException {
        String key = Integer.toHexString(List.of(jar.toAbsolutePath().toString(), Files.size(jar),
                Files.getLastModifiedTime(jar).toMillis(), System.getProperty("java.home"),
                System.getProperty("java.vm.version")).hashCode());
        Path archive = userHome.resolve(".cache").resolve("kam-workbench")
                .resolve(prefix(mode) + key + ".jsa");
        return new ClassDataArchive(mode, archive, key);
    }

    private static String prefix(FastStart.Mode mode) {
        return "kam-" + mode.name().toLowerCase(Locale.ROOT) + "-";
    }

    boolean isWritten() {
        return Files.isReadable(path);
    }

    /** Where this process's child writes the archive, before it is moved into place. */
    Path pending() {
        return path.resolveSibling(path.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /**
     * For a command-line call the archive is a static one, built from the class list the first call
     * wrote: unlike the dynamic archive of {@code -XX:ArchiveClassesAtExit}, it also holds classes of old
     * bytecode (picocli's 171, which were otherwise parsed and verified from the jar at every call) and
     * the JDK's own, in one mapping (measured: 10 % less processor time for an {@code analyze pareto}).
     */
    static Path classList(Path pending) {
        return pending.resolveSibling(pending.getFileName() + ".classlist");
    }

    /** Builds the static archive {@code pending} from the class list of the first call; quietly, once. */
    static void dumpStatic(Path pending, ChildCommands commands) {
        Path list = classList(pending);
        if (!Files.isRegularFile(list)) {
            return;
        }
        try {
            Process dump = new ProcessBuilder(commands.forStaticArchive(list, pending))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            dump.getOutputStream().close();
            if (dump.waitFor() != 0) {
                Files.deleteIfExists(pending); // calls then simply run without an archive, and try again
            }
        } catch (IOException e) {
            // the archive is only an optimisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(list);
            } catch (IOException ignored) {
                // a stray list is tidied by nobody, but harms nobody
            }
        }
    }

    /** Moves the archive a child wrote at {@code pending} (if it did) into place. */
    void putInPlace(Path pending) throws IOException {
        if (Files.isRegularFile(pending)) {
            Files.move(pending, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            deleteOlderArchives();
        }
    }

    /** Archives of earlier jars or JVMs (tens of megabytes each) are of no use any more. */
    private void deleteOlderArchives() {
        String prefix = prefix(mode);
        try (var files = Files.list(path.getParent())) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".jsa")
                    && !f.equals(path)).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // only tidying up
        }
    }
}
