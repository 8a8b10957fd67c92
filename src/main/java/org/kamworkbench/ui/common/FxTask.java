package org.kamworkbench.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.kamworkbench.service.port.ProgressMonitor;

/**
 * A JavaFX Task around {@link Background.Work}, with the {@link ProgressMonitor} adapter the services
 * expect: progress goes to the Task's progress and message, and the monitor reports the Task's
 * cancellation.
 *
 * <p>The outcome is reported from {@code call()} itself rather than from the Task's state: a
 * cancelled Task turns CANCELLED at once, while the service may still be rolling back or may
 * even have committed just before it noticed. The listener must hear what really happened.
 */
final class FxTask<T> extends Task<T> {
    private final Background.Work<T> work;
    private final Background.Listener<T> listener;
    /** The language the user reads now: progress notes are written in it. */
    private final java.util.function.Supplier<java.util.Locale> language;
    /** Set by whichever comes first: call() starting, or stop() before it started. */
    private final AtomicBoolean claimed = new AtomicBoolean();

    private final ProgressMonitor monitor = new ProgressMonitor() {
        @Override
        public void progress(double fraction, String message) {
            updateProgress(fraction < 0 ? -1 : Math.min(fraction, 1), 1);
            updateMessage(message == null ? "" : message);
        }

        @Override
        public void progress(double fraction, org.kamworkbench.service.message.Sentence note) {
            progress(fraction, note.text(language.get()));
        }

        @Override
        public boolean isCancelled() {
            return FxTask.this.isCancelled();
        }
    };

    FxTask(Background.Work<T> work, Background.Listener<T> listener, java.util.function.Supplier<java.util.Locale> language) {
        this.work = work;
        this.listener = listener;
        this.language = language;
        progressProperty().addListener((obs, old, now) -> listener.progress(now.doubleValue(), getMessage()));
        messageProperty().addListener((obs, old, now) -> listener.progress(getProgress(), now));
        // Errors (not exceptions) escape call(); the listener must still hear the work ended.
        setOnFailed(event -> listener.failed(getException()));
    }

    @Override
    protected T call() throws Exception {
        if (!claimed.compareAndSet(false, true)) {
            return null; // stopped before it began: stop() has reported it
        }
        T value;
        try {
            value = work.run(monitor);
        } catch (Exception e) {
            if (Background.isCancellation(e)) {
                Platform.runLater(listener::cancelled);
            } else {
                Platform.runLater(() -> listener.failed(e));
            }
            return null;
        }
        // Even when cancel came too late for the work to notice, what it did is what counts.
        Platform.runLater(() -> listener.succeeded(value));
        return value;
    }

    /** Cancels without interrupting: an interrupt can close the database's file channel. */
    void stop() {
        cancel(false);
        if (claimed.compareAndSet(false, true)) {
            Platform.runLater(listener::cancelled);
        }
    }
}
