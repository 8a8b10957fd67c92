package org.kamworkbench.service.port;

/** Receives progress of long work and tells it when the user cancelled. */
public interface ProgressMonitor {
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code fraction} in 0..1, or negative when unknown. */
    void progress(double fraction, String message);

    /**
     * The same with a note for the user: a screen shows it in the user's language; anything else (the command
     * line, logs) gets the English sentence.
     */
    default void progress(double fraction, org.kamworkbench.service.message.Sentence note) {
        progress(fraction, note.toString());
    }

    boolean isCancelled();
}
