package org.kamworkbench.ui.common;

import java.util.function.Consumer;
import org.kamworkbench.service.port.ProgressMonitor;

/**
 * Runs work off the UI thread and hands the outcome back on it. View models use it for every
 * service call, so that the UI thread never waits on the database or a file; tests swap in
 * {@link #DIRECT}.
 */
public interface Background {

    /** Work that may report progress and notice cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }

    /**
     * Runs {@code work}; then {@code onSuccess} with its result or {@code onFailure} with what it
     * threw, on the UI thread. {@code description} is shown beside the progress indicator.
     */
    <T> void run(String description, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the calling thread: for view-model tests without a toolkit. */
    Background DIRECT = new Background() {
        @Override
        public <T> void run(String description, Work<T> work, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.run(ProgressMonitor.NONE);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
