package org.kamworkbench.cli;

import java.io.PrintWriter;
import org.kamworkbench.service.port.ProgressMonitor;

/** A one-line progress display on a terminal, rewritten in place, at most every whole percent. */
final class TerminalProgress implements ProgressMonitor {
    private final PrintWriter err;
    private final String label;
    private final java.util.function.BooleanSupplier cancelled;
    private int shownPercent = -1;
    private String shownMessage = "";
    private int width;

    TerminalProgress(PrintWriter err, String label, java.util.function.BooleanSupplier cancelled) {
        this.err = err;
        this.label = label;
        this.cancelled = cancelled;
    }

    /**
     * Progress on stderr when it is the caller's terminal, silence otherwise (pipes, files, tests);
     * either way the work is cancelled when the caller goes away.
     */
    static ProgressMonitor forCaller(CliContext context, String label) {
        Caller caller = context.caller();
        if (caller.terminal()) {
            return new TerminalProgress(context.err(), label, caller.gone());
        }
        return new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                // nobody to show it to
            }

            @Override
            public void progress(double fraction, org.kamworkbench.service.message.Sentence note) {
                // nor to word it for: a million-row import asks hundreds of times
            }

            @Override
            public boolean isCancelled() {
                return caller.gone().getAsBoolean();
            }
        };
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
        return cancelled.getAsBoolean();
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
