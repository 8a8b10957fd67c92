package org.kamworkbench.app;

import java.nio.file.Path;
import java.util.Optional;
import org.kamworkbench.cli.KamCli;
import org.kamworkbench.ui.DesktopApp;

/**
 * The jar's main class: no argument opens the desktop app, a sub-command runs headless; launched
 * with {@code java -jar}, either runs in a child JVM tuned for a quick start (see {@link FastStart}).
 * (A class extending Application cannot be the main class on the classpath.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("user.home"));
        FastStart.Mode mode = args.length == 0 ? FastStart.Mode.DESKTOP : FastStart.Mode.CLI;
        Optional<FastStart> fastStart = FastStart.forThisProcess(mode, home);
        if (fastStart.isPresent()) {
            int exit = fastStart.get().run(args);
            if (exit >= 0) {
                System.exit(exit);
            }
        }
        WorkspaceWiring wiring = new WorkspaceWiring(home);
        if (args.length == 0) {
            DesktopApp.launch(wiring);
        } else {
            int exit = new KamCli(wiring).run(args);
            FastStart.loadClassesForTheArchive();
            System.exit(exit);
        }
    }
}
