package org.kamworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the command line takes a workspace password from: the first line of the file named by
 * {@code --password-file FILE}, else the environment variable {@value #ENV}. Never from the command line
 * itself, which other users of the machine can see in the process list.
 */
public final class PasswordSource {
    public static final String ENV = "KAM_WORKSPACE_PASSWORD";
    static final String OPTION = "--password-file";

    private PasswordSource() {
    }

    /** Whether a call with these arguments and environment carries a password (it then runs in a process of its own). */
    public static boolean given(String[] args, UnaryOperator<String> environment) {
        return fileIn(args) != null || environment.apply(ENV) != null;
    }

    /**
     * Whether the arguments name a team workspace on a server (its password, from the environment, the
     * password file or typed at the terminal, then stays in the process of this call).
     */
    public static boolean namesATeamWorkspace(String[] args) {
        org.kamworkbench.service.workspace.WorkspaceLocation named = WorkspacePrefetch.workspaceIn(args);
        return named != null && named.onServer();
    }

    /**
     * The password of a team workspace given with {@code --password-file}; null without one (the
     * variable {@value #ENV} is for encrypted workspace files, not for servers).
     */
    static char[] readForServer(String[] args) {
        return fileIn(args) == null ? null : read(args, name -> null);
    }

    /**
     * The password, or null when none is given.
     *
     * @throws BadInputException when the password file cannot be read or is empty
     */
    static char[] read(String[] args, UnaryOperator<String> environment) {
        Path file = fileIn(args);
        if (file != null) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException("Cannot read the password file " + file + ".");
            }
            String line = text.lines().findFirst().orElse("");
            if (line.isEmpty()) {
                throw new BadInputException("The password file " + file + " is empty: its first line is the password.");
            }
            return line.toCharArray();
        }
        String value = environment.apply(ENV);
        if (value != null && value.isEmpty()) {
            throw new BadInputException(ENV + " is set but empty.");
        }
        return value == null ? null : value.toCharArray();
    }

    /** The value of {@code --password-file FILE} or {@code --password-file=FILE}; null without one. */
    static Path fileIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION) && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith(OPTION + "=")) {
                return Path.of(args[i].substring(OPTION.length() + 1));
            }
        }
        return null;
    }
}
