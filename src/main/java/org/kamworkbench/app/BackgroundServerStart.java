package org.kamworkbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.cli.PasswordSource;

/** Starts the background process of the command line ({@link CliServer}), detached: it outlives the call. */
final class BackgroundServerStart {
    private BackgroundServerStart() {
    }

    /** Starts {@code command} (see {@link ChildCommands#forServer}) with its output discarded; quietly. */
    static void start(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(withPrivateUmask(command))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            // a long-lived process must not hold a workspace password from the call that started it
            builder.environment().remove(PasswordSource.ENV);
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
}
