package org.kamworkbench.service.portfolio;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One read run on a thread of its own while the caller reads something else; {@link #get} waits for
 * it and fails as the read failed.
 */
final class ReadAside<T> {
    private final FutureTask<T> task;

    private ReadAside(FutureTask<T> task) {
        this.task = task;
    }

    static <T> ReadAside<T> start(String threadName, Supplier<T> read) {
        FutureTask<T> task = new FutureTask<>(read::get);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new ReadAside<>(task);
    }

    /** What the read gave; its exception if it failed. */
    T get() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            CancellationException cancelled = new CancellationException("Stopped while reading.");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
