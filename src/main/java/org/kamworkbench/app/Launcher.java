package org.kamworkbench.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.kamworkbench.cli.KamCli;
import org.kamworkbench.cli.PasswordSource;
import org.kamworkbench.cli.StopSignal;
import org.kamworkbench.service.workspace.OpenAhead;
import org.kamworkbench.store.HolderNote;
import org.kamworkbench.ui.DesktopApp;

/**
 * The jar's main class: no argument opens the desktop app, a sub-command runs headless; launched
 * with {@code java -jar}, either runs in a child JVM tuned for a quick start (see {@link FastStart});
 * a sub-command goes to the background process of the command line when one answers, and else
 * starts one for the calls to come ({@link CliServer}).
 * (A class extending Application cannot be the main class on the classpath.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Path home = Path.of(System.getProperty("user.home"));
        String serverSocket = System.getProperty(FastStart.SERVER_PROPERTY);
        if (serverSocket != null) {
            new CliServer(Path.of(serverSocket), new WorkspaceWiring(home), CliServer.IDLE, true).serve();
            System.exit(0);
        }
        FastStart.watchParentWhenChild();
        FastStart.Mode mode = args.length == 0 ? FastStart.Mode.DESKTOP : FastStart.Mode.CLI;
        Optional<FastStart> fastStart = FastStart.forThisProcess(mode, home);
        if (fastStart.isPresent()) {
            // a call with a workspace password runs in a process of its own: the background process never sees it;
            // so does one on a team workspace (its password may be typed, and the server keeps no file lock)
            Optional<Path> socket = PasswordSource.given(args, System::getenv) || PasswordSource.namesATeamWorkspace(args)
                    ? Optional.empty() : fastStart.get().serverSocket();
            if (socket.isPresent()) {
                OptionalInt exit = CliClient.run(socket.get(), args, System.console() != null,
                        new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
                if (exit.isPresent()) {
                    System.exit(exit.getAsInt());
                }
            }
            int exit = fastStart.get().run(args);
            // for the calls to come: started after this one (not to slow it down), it warms up while
            // the user reads this call's output; a process just started would have run it no faster
            socket.ifPresent(fastStart.get()::startServer);
            if (exit >= 0) {
                System.exit(exit);
            }
        }
        WorkspaceWiring wiring = new WorkspaceWiring(home,
                args.length == 0 ? HolderNote.Kind.DESKTOP_APP : HolderNote.Kind.COMMAND_LINE);
        if (args.length == 0) {
            // the start screen shows the default workspace: open it while the window toolkit starts
            DesktopApp.launch(OpenAhead.start(wiring, wiring.defaultWorkspace(), () -> { }));
        } else {
            StopSignal stop = StopSignal.install(); // Ctrl+C cancels a running import, whole
            int exit;
            try {
                exit = new KamCli(wiring, new java.io.PrintWriter(System.out, true),
                        new java.io.PrintWriter(System.err, true), stop.caller()).run(args);
            } finally {
                stop.finished();
            }
            FastStart.prepareTheArchive(wiring);
            System.exit(exit);
        }
    }
}
