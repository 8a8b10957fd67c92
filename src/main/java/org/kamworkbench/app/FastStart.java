package org.kamworkbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs a command-line call (or the desktop app) in a child JVM started with the flags that make a
 * Java process start quickly, which {@code java -jar} gives no way to set: an application class-data
 * archive (AppCDS: the classes of H2, Jdbi, JavaFX... parsed once, then mapped from disk); for a
 * command-line call also the C1 compiler only (C2 compiles compete with the work for the CPU and
 * rarely pay off within a second) with higher thresholds, the serial collector and a young generation
 * for its garbage ({@link ChildCommands}).
 * The archive is written by the first run (at its exit) into the user's cache, keyed by the jar and
 * the JVM ({@link ClassDataArchive}), and used by every later run. The JVM options of the parent (say
 * {@code -Xmx512m}) are passed on; stdin, stdout, stderr and the exit code go through unchanged ({@link ChildRun}).
 * {@code KAM_FAST_START=off} runs in-process instead, as does anything that is not a plain jar launch.
 * What runs in every call's own JVM (the checks below, {@link #watchParentWhenChild},
 * {@link #prepareTheArchive}) stays here: it loads no other class when there is nothing to do.
 */
final class FastStart {
    static final String CHILD_PROPERTY = "kam.child";
    /** Set in the command-line child that writes the archive: it loads every headless class before it exits. */
    static final String DUMPING_PROPERTY = "kam.archiving";
    private static final String DISABLE_ENV = "KAM_FAST_START";
    /**
     * Set by the {@code kam} script on the {@code java -jar} call it falls back to: such a call also writes
     * the {@link ScriptOptionsFile}, with which the script's later calls start the quick JVM directly, without a
     * launcher JVM before it.
     */
    static final String SCRIPT_PROPERTY = "kam.script";
    /** Set in a JVM the {@code kam} script started with the {@link ScriptOptionsFile}: it runs the call itself. */
    static final String DIRECT_PROPERTY = "kam.direct";
    /** Set in the background process of the command line, to the socket it serves ({@link CliServer}). */
    static final String SERVER_PROPERTY = "kam.server";
    private static final String SERVER_ENV = "KAM_SERVER";
    /** A Unix socket's path must fit in 108 bytes. */
    private static final int MAX_SOCKET_PATH = 100;

    /** What the child runs: a short command-line call, or the desktop app (a long session: full JIT). */
    enum Mode {
        CLI, DESKTOP
    }

    private final Mode mode;
    private final Path jar;
    private final List<String> parentOptions;
    private final ClassDataArchive archive;
    private final ChildCommands commands;

    private FastStart(Mode mode, Path jar, String javaCommand, List<String> parentOptions, ClassDataArchive archive) {
        this.mode = mode;
        this.jar = jar;
        this.parentOptions = parentOptions;
        this.archive = archive;
        this.commands = new ChildCommands(mode, javaCommand, parentOptions, archive.path(), jar);
    }

    /** How to relaunch this process, or empty when it should simply run in-process. */
    static Optional<FastStart> forThisProcess(Mode mode, Path userHome) {
        if (System.getProperty(CHILD_PROPERTY) != null || System.getProperty(DIRECT_PROPERTY) != null
                || "off".equalsIgnoreCase(System.getenv(DISABLE_ENV))) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            ProcessHandle.Info info = ProcessHandle.current().info();
            if (!Files.isRegularFile(jar) || info.command().isEmpty() || info.arguments().isEmpty()) {
                return Optional.empty();
            }
            List<String> options = jvmOptionsBeforeJar(List.of(info.arguments().get()));
            if (options == null) {
                return Optional.empty(); // not started with -jar: leave such launches alone
            }
            ClassDataArchive archive = ClassDataArchive.forJar(mode, userHome, jar);
            return Optional.of(new FastStart(mode, jar, info.command().get(), options, archive));
        } catch (Exception e) {
            return Optional.empty(); // anything unusual about this launch: run in-process
        }
    }

    /** The options before {@code -jar}, without class-data ones of our own; null without {@code -jar}. */
    static List<String> jvmOptionsBeforeJar(List<String> arguments) {
        int jarAt = arguments.indexOf("-jar");
        if (jarAt < 0) {
            return null;
        }
        List<String> options = new ArrayList<>();
        for (String option : arguments.subList(0, jarAt)) {
            if (!option.startsWith("-XX:SharedArchiveFile") && !option.startsWith("-XX:ArchiveClassesAtExit")
                    && !option.startsWith("-XX:DumpLoadedClassList")) {
                options.add(option);
            }
        }
        return options;
    }

    /**
     * The socket of the background process that serves calls made like this one (same jar, JVM,
     * options, working folder, encoding, locale and time zone); empty when calls should not use one: switched off
     * (the default: only {@code KAM_SERVER=on} switches it on), or the class-data archive is not written yet (the first call, in its own process, writes it).
     */
    Optional<Path> serverSocket() {
        if (mode != Mode.CLI || !serverWanted(System.getenv(SERVER_ENV)) || !archive.isWritten()) {
            return Optional.empty();
        }
        // what a call's meaning or output depends on besides its arguments
        String callKey = Integer.toHexString(List.of(archive.key(), parentOptions, Path.of("").toAbsolutePath().toString(),
                java.nio.charset.Charset.defaultCharset().name(), Locale.getDefault().toLanguageTag(),
                String.valueOf(System.getenv("TZ"))).hashCode());
        Path socket = archive.path().resolveSibling("kam-server-" + callKey + ".sock");
        return socket.toString().length() <= MAX_SOCKET_PATH ? Optional.of(socket) : Optional.empty();
    }

    /**
     * Whether the background process is switched on: opt-in ({@code KAM_SERVER=on}), since by default
     * no JVM should stay behind holding client data in memory after a call.
     */
    static boolean serverWanted(String setting) {
        return "on".equalsIgnoreCase(setting);
    }

    /** Starts the background process serving {@code socket}, detached: it outlives this call. */
    void startServer(Path socket) {
        BackgroundServerStart.start(commands.forServer(socket));
    }

    /** Runs the arguments in the child JVM and returns its exit code; -1 if it could not be started. */
    int run(String[] args) {
        try {
            int exit = new ChildRun(mode, commands, archive).run(args);
            writeOptionsFileForTheScript();
            return exit;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * After a call the {@code kam} script made through {@code java -jar}, once the archive exists: the
     * options of the quick JVM, for the script's next calls to start it directly.
     */
    private void writeOptionsFileForTheScript() {
        if (mode != Mode.CLI || !ScriptOptionsFile.launchedByTheScriptAlone(parentOptions) || !archive.isWritten()) {
            return;
        }
        ScriptOptionsFile.write(archive.path().getParent(), commands.forCall(new String[0], null), jar);
    }

    /**
     * In a child JVM: when the launcher that started it goes (killed, say), this one goes too instead
     * of running on to commit an import nobody waits for. It stops as a {@code kill -9} would: the
     * workspace then stays exactly as before the uncommitted import (the store's crash safety).
     */
    static void watchParentWhenChild() {
        if (System.getProperty(CHILD_PROPERTY) == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(143)));
    }

    /**
     * In the command-line child that writes the archive: its training run ({@link ArchiveTraining}), so
     * that the archive serves every command, not only the one that happened to come first.
     */
    static void prepareTheArchive(org.kamworkbench.service.workspace.WorkspaceOpener opener) {
        if (System.getProperty(DUMPING_PROPERTY) == null) {
            return;
        }
        ArchiveTraining.run(opener);
    }
}
