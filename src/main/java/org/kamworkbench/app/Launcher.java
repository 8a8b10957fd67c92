package org.kamworkbench.app;

import java.nio.file.Path;
import org.kamworkbench.cli.KamCli;
import org.kamworkbench.ui.DesktopApp;

/**
 * The jar's main class: no argument opens the desktop app, a sub-command runs headless.
 * (A class extending Application cannot be the main class on the classpath.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        WorkspaceWiring wiring = new WorkspaceWiring(Path.of(System.getProperty("user.home")));
        if (args.length == 0) {
            DesktopApp.launch(wiring);
        } else {
            System.exit(new KamCli(wiring).run(args));
        }
    }
}
