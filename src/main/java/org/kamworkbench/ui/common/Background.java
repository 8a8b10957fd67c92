package org.kamworkbench.ui.common;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.kamworkbench.service.imports.ImportCancelledException;
import org.kamworkbench.service.port.ProgressMonitor;

/**
 * The one way the UI runs work off the UI thread: with progress, cancel, and the outcome handed back
 * on the UI thread. View models use it for every service call, so that the UI thread never waits on
 * the database or a file; tests swap in {@link #DIRECT}.
 */
public interface Background {

    /** Work that may report progress and notice cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }

    /**
     * Hears how started work goes, on the UI thread: progress, then exactly one of succeeded,
     * cancelled or failed, once the work has really stopped.
     */
    interface Listener<T> {
        /** {@code fraction} in 0..1, or negative when unknown; {@code message} may be empty. */
        default void progress(double fraction, String message) {
        }

        void succeeded(T value);

        /** The work noticed the cancellation and stopped without a result. */
        void cancelled();

        void failed(Throwable error);
    }

    /** Handle on started work. */
    @FunctionalInterface
    interface Running {
        /** Asks the work to stop; its listener hears the outcome once it has stopped. */
        void cancel();
    }

    /** Starts {@code work}; {@code description} is shown beside the progress indicator. */
    <T> Running start(String description, Work<T> work, Listener<T> listener);

    /**
     * Runs {@code work}; then {@code onSuccess} with its result or {@code onFailure} with what it
     * threw, on the UI thread. Work that stops on a cancellation calls neither.
     */
    default <T> void run(String description, Work<T> work, Consumer<? super T> onSuccess,
                         Consumer<Throwable> onFailure) {
        start(description, work, new Listener<T>() {
            @Override
            public void succeeded(T value) {
                onSuccess.accept(value);
            }

            @Override
            public void cancelled() {
            }

            @Override
            public void failed(Throwable error) {
                onFailure.accept(error);
            }
        });
    }

    /** Whether {@code error} is work stopping because it was asked to, not a failure. */
    static boolean isCancellation(Throwable error) {
        return error instanceof ImportCancelledException || error instanceof CancellationException;
    }

    /** Runs everything at once on the calling thread: for view-model tests without a toolkit. */
    Background DIRECT = new Background() {
        @Override
        public <T> Running start(String description, Work<T> work, Listener<T> listener) {
            T result;
            try {
                result = work.run(new ProgressMonitor() {
                    @Override
                    public void progress(double fraction, String message) {
                        listener.progress(fraction, message);
                    }

                    @Override
                    public void progress(double fraction, org.kamworkbench.service.message.Sentence note) {
                        listener.progress(fraction, note.text(java.util.Locale.getDefault()));
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
            } catch (Exception e) {
                if (isCancellation(e)) {
                    listener.cancelled();
                } else {
                    listener.failed(e);
                }
                return () -> { };
            }
            listener.succeeded(result);
            return () -> { };
        }
    };
}
