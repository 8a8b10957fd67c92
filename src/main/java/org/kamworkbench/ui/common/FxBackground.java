package org.kamworkbench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.kamworkbench.service.port.ProgressMonitor;

/**
 * Runs work as {@link Task}s on one worker thread, in the order submitted: a save is always
 * followed by the reload that should see it. Exposes the running task's progress for the status bar.
 */
public final class FxBackground implements Background, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kam-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private int running;

    @Override
    public <T> void run(String description, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(description);
                return work.run(new ProgressMonitor() {
                    @Override
                    public void progress(double fraction, String text) {
                        updateProgress(fraction < 0 ? -1 : fraction, 1);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted();
                    }
                });
            }
        };
        task.setOnRunning(e -> {
            message.bind(task.messageProperty());
            progress.bind(task.progressProperty());
        });
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finished());
        running++;
        busy.set(true);
        worker.execute(task);
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
            message.unbind();
            progress.unbind();
            message.set("");
            progress.set(-1);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
