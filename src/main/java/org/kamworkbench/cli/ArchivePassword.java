package org.kamworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The password of a workspace archive: from a file (its first line) or the environment variable
 * KAM_ARCHIVE_PASSWORD, never from the command line, where other users could read it in the process list.
 */
final class ArchivePassword {
    static final String VARIABLE = "KAM_ARCHIVE_PASSWORD";

    private ArchivePassword() {
    }

    /** The password given, or null when none is. */
    static char[] given(Path file, java.util.function.Function<String, String> environment) {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String firstLine = text.lines().findFirst().orElse("");
                if (firstLine.isEmpty()) {
                    throw new BadInputException("The password file " + file + " is empty.");
                }
                return firstLine.toCharArray();
            } catch (IOException e) {
                throw new BadInputException("Cannot read the password file " + file + ": " + e.getMessage());
            }
        }
        String variable = environment.apply(VARIABLE);
        return variable == null || variable.isEmpty() ? null : variable.toCharArray();
    }
}
