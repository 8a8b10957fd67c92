package org.kamworkbench.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a written file (a report) in the program the system uses for it. Call it off the UI thread:
 * the system may take a moment. Falls back to the platform's own command when Java's desktop
 * integration is missing (common on Linux without GNOME libraries).
 */
public interface FileOpener {
    /** @throws IOException with a sentence when no program could be started */
    void open(Path file) throws IOException;

    FileOpener SYSTEM = file -> {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            try {
                Desktop.getDesktop().open(file.toFile());
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // fall through to the platform command
            }
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "", file.toString())
                : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("No program to open " + file.getFileName() + " was found; the file is at " + file
                    + ".", e);
        }
    };
}
