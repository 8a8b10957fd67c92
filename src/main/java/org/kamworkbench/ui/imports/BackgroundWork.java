package org.kamworkbench.ui.imports;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kamworkbench.ui.common.Background;

/**
 * The one piece of slow work the wizard runs at a time, and its progress as properties. Starting
 * new work abandons the previous one: its late results are ignored (a newer preview wins).
 */
public final class BackgroundWork {
    private final Background background;
    private final WizardText text;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper percent = new ReadOnlyStringWrapper(this, "percent", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Background.Running current;
    private long generation;
    private Runnable afterOutcome = () -> { };

    BackgroundWork(Background background, WizardText text) {
        this.background = background;
        this.text = text;
    }

    /** Runs after every outcome of the current work (used to close once the work stopped). */
    void afterOutcome(Runnable action) {
        this.afterOutcome = action;
    }

    <T> void start(Background.Work<T> work, Consumer<T> onSuccess, Runnable onCancel, Consumer<Throwable> onFailure) {
        abandon();
        long mine = ++generation;
        busy.set(true);
        showProgress(-1, "");
        Background.Running running = background.start("", work, new Background.Listener<>() {
            @Override
            public void progress(double fraction, String note) {
                if (mine == generation) {
                    showProgress(fraction, note);
                }
            }

            @Override
            public void succeeded(T value) {
                if (finish(mine)) {
                    onSuccess.accept(value);
                    afterOutcome.run();
                }
            }

            @Override
            public void cancelled() {
                if (finish(mine)) {
                    onCancel.run();
                    afterOutcome.run();
                }
            }

            @Override
            public void failed(Throwable error) {
                if (finish(mine)) {
                    onFailure.accept(error);
                    afterOutcome.run();
                }
            }
        });
        if (mine == generation && busy.get()) {
            current = running; // a runner may have finished synchronously
        }
    }

    /** The user's cancel: the work is asked to stop and its outcome still arrives. */
    void cancel() {
        if (current != null && !cancelling.get()) {
            cancelling.set(true);
            current.cancel();
        }
    }

    /** Stops caring about the current work (read-only work only: its outcome is dropped). */
    void abandon() {
        if (current != null) {
            current.cancel();
            current = null;
        }
        generation++;
        busy.set(false);
        cancelling.set(false);
    }

    private boolean finish(long mine) {
        if (mine != generation) {
            return false;
        }
        current = null;
        busy.set(false);
        cancelling.set(false);
        return true;
    }

    private void showProgress(double fraction, String note) {
        progress.set(fraction < 0 ? -1 : fraction);
        percent.set(fraction < 0 ? "" : text.percent(fraction));
        message.set(note == null ? "" : note);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The progress as "42%" for the user's locale, empty while unknown. */
    public ReadOnlyStringProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    /** What the service says it is doing, may be empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
