package org.kamworkbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Runs a command-line call (or the desktop app) in a child JVM started with the flags that make a
 * Java process start quickly, which {@code java -jar} gives no way to set: an application class-data
 * archive (AppCDS: the classes of H2, Jdbi, JavaFX... parsed once, then mapped from disk); for a
 * command-line call also the C1 compiler only (C2 compiles compete with the work for the CPU and
 * rarely pay off within a second) with higher thresholds, the serial collector and a young generation
 * for its garbage.
 * The archive is written by the first run (at its exit) into the user's cache, keyed by the jar and
 * the JVM, and used by every later run. The JVM options of the parent (say {@code -Xmx512m}) are
 * passed on; stdin, stdout, stderr and the exit code go through unchanged.
 * {@code KAM_FAST_START=off} runs in-process instead, as does anything that is not a plain jar launch.
 */
final class FastStart {
    static final String CHILD_PROPERTY = "kam.child";
    /** Set in the command-line child that writes the archive: it loads every headless class before it exits. */
    static final String DUMPING_PROPERTY = "kam.archiving";
    private static final List<String> ARCHIVED_PACKAGES = List.of("org/kamworkbench/", "org/h2/", "org/jdbi/",
            "com/fasterxml/jackson/", "de/siegmar/fastcsv/", "org/dhatim/fastexcel/", "picocli/", "org/flywaydb/");
    private static final String DISABLE_ENV = "KAM_FAST_START";
    /**
     * Set by the {@code kam} script on the {@code java -jar} call it falls back to: such a call also writes
     * {@link #COMMAND_FILE}, with which the script's later calls start the quick JVM directly, without a
     * launcher JVM before it.
     */
    static final String SCRIPT_PROPERTY = "kam.script";
    /** Set in a JVM the {@code kam} script started with {@link #COMMAND_FILE}: it runs the call itself. */
    static final String DIRECT_PROPERTY = "kam.direct";
    /** The JVM options (a java {@code @argfile}) of a quick command-line call, in the cache folder. */
    static final String COMMAND_FILE = "kam-cli.args";
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
    private final String javaCommand;
    private final List<String> parentOptions;
    private final Path archive;
    private final String key;

    private FastStart(Mode mode, Path jar, String javaCommand, List<String> parentOptions, Path archive, String key) {
        this.mode = mode;
        this.jar = jar;
        this.javaCommand = javaCommand;
        this.parentOptions = parentOptions;
        this.archive = archive;
        this.key = key;
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
            String key = Integer.toHexString(List.of(jar.toAbsolutePath().toString(), Files.size(jar),
                    Files.getLastModifiedTime(jar).toMillis(), System.getProperty("java.home"),
                    System.getProperty("java.vm.version")).hashCode());
            Path archive = userHome.resolve(".cache").resolve("kam-workbench")
                    .resolve("kam-" + mode.name().toLowerCase(Locale.ROOT) + "-" + key + ".jsa");
            return Optional.of(new FastStart(mode, jar, info.command().get(), options, archive, key));
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
        if (mode != Mode.CLI || !serverWanted(System.getenv(SERVER_ENV)) || !Files.isReadable(archive)) {
            return Optional.empty();
        }
        // what a call's meaning or output depends on besides its arguments
        String callKey = Integer.toHexString(List.of(key, parentOptions, Path.of("").toAbsolutePath().toString(),
                java.nio.charset.Charset.defaultCharset().name(), Locale.getDefault().toLanguageTag(),
                String.valueOf(System.getenv("TZ"))).hashCode());
        Path socket = archive.resolveSibling("kam-server-" + callKey + ".sock");
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
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(parentOptions);
        command.add("-XX:SharedArchiveFile=" + archive);
        if (parentOptions.stream().noneMatch(FastStart::sizesTheHeap)) {
            command.add("-Xmn256m"); // an import's short-lived cells and strings: fewer, cheaper collections
        }
        // a long life: the optimising compiler pays off, unlike in a single short call
        command.add("-XX:+UseSerialGC");
        command.addAll(launchTail("-D" + SERVER_PROPERTY + "=" + socket));
        try {
            ProcessBuilder builder = new ProcessBuilder(withPrivateUmask(command))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            // a long-lived process must not hold a workspace password from the call that started it
            builder.environment().remove(org.kamworkbench.cli.PasswordSource.ENV);
            Process server = builder.start();
            server.getOutputStream().close(); // its stdin: it reads nothing
        } catch (IOException e) {
            // calls keep running in processes of their own
        }
    }

    /**
     * The background process serves calls of any umask, and Java cannot change its own: it runs with
     * umask 077, so what it creates for a call (an export, say) is private to the user — as strict as
     * the strictest caller's umask, never laxer than the caller's. Where there is no POSIX shell
     * (Windows) the command is left as it is: the user's profile folder is private there.
     */
    static List<String> withPrivateUmask(List<String> command) {
        if (!Files.isExecutable(Path.of("/bin/sh"))) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", "umask 077 && exec \"$0\" \"$@\""));
        wrapped.addAll(command);
        return wrapped;
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

    /** Runs the arguments in the child JVM and returns its exit code; -1 if it could not be started. */
    int run(String[] args) {
        Path pending = Files.isReadable(archive) ? null
                : archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Process child = new ProcessBuilder(command(args, pending)).inheritIO().start();
            // the child goes with us, also when we are stopped from outside (it still writes its archive)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                child.destroy();
                finish(child, pending, false); // stopped from outside: no seconds of archiving now
            }));
            int exit = finish(child, pending, true);
            writeCommandFileForTheScript();
            return exit;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * After a call the {@code kam} script made through {@code java -jar}, once the archive exists: the
     * options of the quick JVM, as a java {@code @argfile}, for the script's next calls to start it directly
     * (measured: a launcher JVM costs a call about 0.25 s of processor time). Rewritten only when they change.
     */
    private void writeCommandFileForTheScript() {
        if (mode != Mode.CLI || !launchedByTheScriptAlone(parentOptions) || !Files.isReadable(archive)) {
            return;
        }
        List<String> options = command(new String[0], null);
        options = options.subList(1, options.size()); // without the java command: the script gives its own
        String text = commandFile(options);
        Path file = archive.resolveSibling(COMMAND_FILE);
        try {
            if (Files.isRegularFile(file) && Files.readString(file).equals(text)
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                return;
            }
            Path temporary = file.resolveSibling(COMMAND_FILE + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the script then keeps going through java -jar
        }
    }

    /**
     * Whether the JVM options are exactly those the {@code kam} script gives (its home and its mark): a call
     * with options of the user's ({@code KAM_JAVA_OPTIONS}) is no model for the script's other calls.
     */
    static boolean launchedByTheScriptAlone(List<String> parentOptions) {
        return parentOptions.size() == 2 && parentOptions.contains("-D" + SCRIPT_PROPERTY + "=true")
                && parentOptions.stream().anyMatch(o -> o.startsWith("-Duser.home="));
    }

    /**
     * The options as a java {@code @argfile}, one quoted per line; the child's property becomes
     * {@link #DIRECT_PROPERTY} (no launcher to watch: the script's JVM is the call's only one).
     */
    static String commandFile(List<String> options) {
        StringBuilder text = new StringBuilder();
        for (String option : options) {
            String o = option.equals("-D" + CHILD_PROPERTY + "=true") ? "-D" + DIRECT_PROPERTY + "=true" : option;
            text.append('"').append(o.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        return text.toString();
    }

    private List<String> command(String[] args, Path pending) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(parentOptions);
        if (pending == null) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (archive.getParent().toFile().mkdirs() || Files.isDirectory(archive.getParent())) {
            if (mode == Mode.CLI) {
                // the classes this call loads (every headless one, see loadClassesForTheArchive), for a static archive
                command.add("-XX:DumpLoadedClassList=" + classList(pending));
                command.add("-D" + DUMPING_PROPERTY + "=true");
            } else {
                command.add("-XX:ArchiveClassesAtExit=" + pending);
            }
        }
        if (mode == Mode.CLI) {
            if (parentOptions.stream().noneMatch(FastStart::sizesTheHeap)) {
                // room for a whole short call's garbage: most calls then end before their first collection
                command.add("-Xmn256m");
            }
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
            command.addAll(hugePages(System.getProperty("os.name"), parentOptions));
            // compile a method once it has run 1 000 times instead of 200: most of a short call's methods run
            // a few hundred times, and compiling them cost a call a third of its processor time (measured:
            // 10-20 % less processor time per call, the same for an import's hot loops)
            command.addAll(List.of("-XX:Tier3InvocationThreshold=1000", "-XX:Tier3MinInvocationThreshold=500",
                    "-XX:Tier3CompileThreshold=10000"));
        }
        command.addAll(launchTail());
        command.addAll(List.of(args));
        return command;
    }

    /** The end of every child's command line: common JVM options, our properties, the jar. */
    private List<String> launchTail(String... properties) {
        List<String> tail = new ArrayList<>(List.of("-Xshare:auto",
                // map the archive where it was built: this JVM's default (mode 1: always at a random address)
                // rewrites every pointer of its 50 MB, about 0.15 s of each call before main (measured)
                "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                // the JVM's own notes (an unusable archive, say) must never mix into our JSON on stdout
                "-Xlog:disable", "-Xlog:all=error:stderr", "-XX:-PrintWarnings"));
        if (parentOptions.stream().noneMatch(o -> o.contains("FlightRecord"))) {
            // Jdbi registers its flight-recorder events at the first statement, which starts the
            // recorder's machinery: tens of milliseconds for nothing, unless a recording was asked for
            tail.add("-XX:-FlightRecorder");
        }
        tail.add("-D" + CHILD_PROPERTY + "=true");
        tail.addAll(List.of(properties));
        tail.addAll(List.of("-jar", jar.toString()));
        return tail;
    }

    /**
     * For a command-line call the archive is a static one, built from the class list the first call
     * wrote: unlike the dynamic archive of {@code -XX:ArchiveClassesAtExit}, it also holds classes of old
     * bytecode (picocli's 171, which were otherwise parsed and verified from the jar at every call) and
     * the JDK's own, in one mapping (measured: 10 % less processor time for an {@code analyze pareto}).
     */
    private static Path classList(Path pending) {
        return pending.resolveSibling(pending.getFileName() + ".classlist");
    }

    /** Builds the static archive {@code pending} from the class list of the first call; quietly, once. */
    private void dumpStaticArchive(Path pending) {
        Path list = classList(pending);
        if (!Files.isRegularFile(list)) {
            return;
        }
        try {
            Process dump = new ProcessBuilder(javaCommand, "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + pending, "-cp", jar.toString())
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

    /** Waits for the child, then moves the archive it wrote (if any) into place; returns its exit code. */
    private int finish(Process child, Path pending, boolean mayDump) {
        try {
            int exit = child.waitFor();
            if (mayDump && pending != null && mode == Mode.CLI && !Files.exists(pending)) {
                dumpStaticArchive(pending);
            }
            if (pending != null && Files.isRegularFile(pending)) {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                deleteOlderArchives();
            }
            return exit;
        } catch (IOException e) {
            return child.exitValue(); // the archive is only an optimisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** Archives of earlier jars or JVMs (tens of megabytes each) are of no use any more. */
    private void deleteOlderArchives() {
        String prefix = "kam-" + mode.name().toLowerCase(Locale.ROOT) + "-";
        try (var files = Files.list(archive.getParent())) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".jsa")
                    && !f.equals(archive)).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // only tidying up
        }
    }

    /**
     * On Linux, the heap in transparent huge pages (where the system offers them on request, its usual
     * setting): a short call touches a young generation of fresh memory, and faulting it in 2 MB pages
     * instead of 4 KB ones saves a call about a fifth of its processor time (measured on
     * {@code analyze pareto}: 1.77 s to 1.43 s, median of 10, user + system). Where the system has them
     * off the JVM quietly goes without; other systems do not know the option at all. An option of the
     * user's about large pages wins.
     */
    static List<String> hugePages(String osName, List<String> parentOptions) {
        boolean linux = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("linux");
        boolean usersChoice = parentOptions.stream().anyMatch(o -> o.contains("LargePages") || o.contains("HugePages"));
        return linux && !usersChoice ? List.of("-XX:+UseTransparentHugePages") : List.of();
    }

    private static boolean sizesTheHeap(String option) {
        return option.startsWith("-Xmx") || option.startsWith("-Xmn") || option.startsWith("-XX:MaxHeapSize")
                || option.startsWith("-XX:NewSize") || option.startsWith("-XX:MaxNewSize");
    }

    /**
     * In the command-line child that writes the archive: runs the usual calls once on a throw-away
     * workspace ({@link CliWarmUp}: imports, {@code analyze pareto --json}, {@code status --json}), then
     * loads (without initialising) the classes of our headless code and of the libraries it runs on, so
     * that the archive serves every command, not only the one that happened to come first. The calls
     * matter for the lambdas: the archive keeps only those that ran, and each one left out is spun
     * again at every call (measured: 60 in an {@code analyze pareto}, with the method-handle code that
     * makes them). Costs a few seconds, once.
     */
    static void prepareTheArchive(org.kamworkbench.service.workspace.WorkspaceOpener opener) {
        if (System.getProperty(DUMPING_PROPERTY) == null) {
            return;
        }
        try {
            CliWarmUp.run(opener, () -> false, CliWarmUp.Size.TO_LINK);
        } catch (IOException | RuntimeException e) {
            // the archive then holds what the call itself ran
        }
        loadClasses();
    }

    private static void loadClasses() {
        ClassLoader loader = FastStart.class.getClassLoader();
        try (JarFile jarFile = new JarFile(
                Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
            jarFile.stream().map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class") && !name.contains("module-info")
                            && ARCHIVED_PACKAGES.stream().anyMatch(name::startsWith)
                            && !name.startsWith("org/kamworkbench/ui/"))
                    .forEach(name -> {
                        try {
                            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                        } catch (Throwable optionalDependencyMissing) {
                            // a class needing what the jar does not hold: it is simply not archived
                        }
                    });
        } catch (Exception e) {
            // the archive then holds what the command itself loaded
        }
    }
}
