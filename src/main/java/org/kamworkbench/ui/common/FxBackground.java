package org.kamworkbench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs work as {@link FxTask}s on one worker thread, in the order submitted: a save is always
 * followed by the reload that should see it. Exposes the latest running work's description and
 * progress for the status bar. Cancelling never interrupts the thread (an interrupt can close the
 * database's file channel): the work sees it through its monitor.
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
    private volatile java.util.function.Supplier<java.util.Locale> language = java.util.Locale::getDefault;
    private int running;

    @Override
    public <T> Running start(String description, Work<T> work, Listener<T> listener) {
        running++;
        busy.set(true);
        message.set(description == null ? "" : description);
        progress.set(-1);
        FxTask<T> task = new FxTask<>(work, new Listener<T>() {
            @Override
            public void progress(double fraction, String note) {
                progress.set(fraction < 0 ? -1 : fraction);
                listener.progress(fraction, note);
            }

            @Override
            public void succeeded(T value) {
                finished();
                listener.succeeded(value);
            }

            @Override
            public void cancelled() {
                finished();
                listener.cancelled();
            }

            @Override
            public void failed(Throwable error) {
                finished();
                listener.failed(error);
            }
        }, language);
        worker.execute(task);
        return task::stop;
    }

    /** The language progress notes are written in: the one the user reads now (it can change while running). */
    public void speak(java.util.function.Supplier<java.util.Locale> language) {
        this.language = language;
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
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
