package org.kamworkbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one call in a child JVM: starts it with stdin, stdout and stderr inherited, waits for it (the
 * child goes with us, also when we are stopped from outside), and puts the archive it wrote in place.
 */
final class ChildRun {
    private final FastStart.Mode mode;
    private final ChildCommands commands;
    private final ClassDataArchive archive;

    ChildRun(FastStart.Mode mode, ChildCommands commands, ClassDataArchive archive) {
        this.mode = mode;
        this.commands = commands;
        this.archive = archive;
    }

    /** Runs the arguments in the child JVM and returns its exit code; throws when it could not be started. */
    int run(String[] args) throws IOException {
        Path pending = archive.isWritten() ? null : archive.pending();
        Process child = new ProcessBuilder(commands.forCall(args, pending)).inheritIO().start();
        // the child goes with us, also when we are stopped from outside (it still writes its archive)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            finish(child, pending, false); // stopped from outside: no seconds of archiving now
        }));
        return finish(child, pending, true);
    }

    /** Waits for the child, then moves the archive it wrote (if any) into place; returns its exit code. */
    private int finish(Process child, Path pending, boolean mayDump) {
        try {
            int exit = child.waitFor();
            if (mayDump && pending != null && mode == FastStart.Mode.CLI && !Files.exists(pending)) {
                ClassDataArchive.dumpStatic(pending, commands);
            }
            if (pending != null) {
                archive.putInPlace(pending);
            }
            return exit;
        } catch (IOException e) {
            return child.exitValue(); // the archive is only an optimisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
