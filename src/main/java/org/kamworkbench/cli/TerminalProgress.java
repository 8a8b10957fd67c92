package org.kamworkbench.cli;

import java.io.PrintWriter;
import org.kamworkbench.service.port.ProgressMonitor;

/** A one-line progress display on a terminal, rewritten in place, at most every whole percent. */
final class TerminalProgress implements ProgressMonitor {
    private final PrintWriter err;
    private final String label;
    private int shownPercent = -1;
    private String shownMessage = "";
    private int width;

    TerminalProgress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** Progress on stderr when it is a terminal; silence otherwise (pipes, files, tests). */
    static ProgressMonitor forConsole(PrintWriter err, String label) {
        return System.console() != null ? new TerminalProgress(err, label) : ProgressMonitor.NONE;
    }

    @Override
    public void progress(double fraction, String message) {
        int percent = fraction < 0 ? -1 : (int) Math.min(100, Math.floor(fraction * 100));
        String text = message == null ? "" : message;
        if (percent == shownPercent && text.equals(shownMessage)) {
            return;
        }
        shownPercent = percent;
        shownMessage = text;
        String line = label + (percent >= 0 ? " " + percent + "%" : "") + (text.isEmpty() ? "" : " - " + text);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** Clears the line so that what follows starts at the left margin. */
    void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
