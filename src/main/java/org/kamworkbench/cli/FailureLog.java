package org.kamworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

/**
 * Keeps what a failed command line call knew that the user is not shown (exception classes, SQL,
 * stack traces), for diagnosis: appended to {@code failures.log} in the cache folder
 * ({@code ~/.cache/kam-workbench/}), private to the user (0600), the previous one kept as
 * {@code failures.log.1} once it passes {@link #MAX_BYTES}.
 */
final class FailureLog {
    static final String NAME = "failures.log";
    static final long MAX_BYTES = 1 << 20;

    private final Path file;

    FailureLog(Path file) {
        this.file = file;
    }

    /** The log in the user's cache folder, or where the system property {@code kam.failureLog} says (tests). */
    static FailureLog inCacheFolder() {
        String elsewhere = System.getProperty("kam.failureLog");
        return new FailureLog(elsewhere != null ? Path.of(elsewhere)
                : Path.of(System.getProperty("user.home"), ".cache", "kam-workbench", NAME));
    }

    Path file() {
        return file;
    }

    /** The full report of a failure: when, the arguments, and the stack trace with its causes. */
    static String report(List<String> args, Throwable failure) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(Instant.now() + "  kam-workbench " + String.join(" ", args));
        failure.printStackTrace(out);
        out.flush();
        return text.toString();
    }

    /** Appends the report; a log that cannot be written is no reason to fail the call further. */
    boolean append(String report) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling(NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // the user's profile folder is private there
                }
            }
            Files.writeString(file, report + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
