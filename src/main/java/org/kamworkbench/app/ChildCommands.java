package org.kamworkbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command lines of the JVMs a launch starts, with the options that make them start quickly: the
 * child that runs a call (or the desktop app), the background process of the command line, and the
 * one that builds a static class-data archive. The options of the parent JVM go first, unchanged.
 */
final class ChildCommands {
    private final FastStart.Mode mode;
    private final String javaCommand;
    private final List<String> parentOptions;
    private final Path archive;
    private final Path jar;

    ChildCommands(FastStart.Mode mode, String javaCommand, List<String> parentOptions, Path archive, Path jar) {
        this.mode = mode;
        this.javaCommand = javaCommand;
        this.parentOptions = parentOptions;
        this.archive = archive;
        this.jar = jar;
    }

    /**
     * The child that runs {@code args}: with the archive, or, when {@code pending} is given, writing it
     * there (a command-line call: the list of the classes it loads, for {@link #forStaticArchive}).
     */
    List<String> forCall(String[] args, Path pending) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(parentOptions);
        if (pending == null) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (archive.getParent().toFile().mkdirs() || Files.isDirectory(archive.getParent())) {
            if (mode == FastStart.Mode.CLI) {
                // the classes this call loads (every headless one, see ArchiveTraining), for a static archive
                command.add("-XX:DumpLoadedClassList=" + ClassDataArchive.classList(pending));
                command.add("-D" + FastStart.DUMPING_PROPERTY + "=true");
            } else {
                command.add("-XX:ArchiveClassesAtExit=" + pending);
            }
        }
        if (mode == FastStart.Mode.CLI) {
            if (parentOptions.stream().noneMatch(ChildCommands::sizesTheHeap)) {
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

    /** The background process of the command line, serving {@code socket}. */
    List<String> forServer(Path socket) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(parentOptions);
        command.add("-XX:SharedArchiveFile=" + archive);
        if (parentOptions.stream().noneMatch(ChildCommands::sizesTheHeap)) {
            command.add("-Xmn256m"); // an import's short-lived cells and strings: fewer, cheaper collections
        }
        // a long life: the optimising compiler pays off, unlike in a single short call
        command.add("-XX:+UseSerialGC");
        command.addAll(launchTail("-D" + FastStart.SERVER_PROPERTY + "=" + socket));
        return command;
    }

    /** The JVM that builds the static archive {@code pending} from the class list a first call wrote. */
    List<String> forStaticArchive(Path classList, Path pending) {
        return List.of(javaCommand, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + pending, "-cp", jar.toString());
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
        tail.add("-D" + FastStart.CHILD_PROPERTY + "=true");
        tail.addAll(List.of(properties));
        tail.addAll(List.of("-jar", jar.toString()));
        return tail;
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
}
