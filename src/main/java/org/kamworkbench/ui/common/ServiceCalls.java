package org.kamworkbench.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A view model's service calls through the {@link Background}, with one busy flag and one error
 * line: a failure becomes the user sentence of {@link Problems}, a success clears the error.
 */
public final class ServiceCalls {
    private final Background background;
    private final Texts texts;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ServiceCalls(Background background, Texts texts) {
        this.background = background;
        this.texts = texts;
    }

    /** Calls {@code work} off the UI thread, then {@code done} with its result on it. */
    public <T> void run(String progressKey, Background.Work<T> work, Consumer<? super T> done) {
        busy.set(true);
        background.run(texts.get(progressKey), work, result -> {
            busy.set(false);
            error.set("");
            done.accept(result);
        }, failure -> {
            busy.set(false);
            error.set(Problems.sentence(failure, texts));
        });
    }

    /** Shows a validation message without calling anything. */
    public void fail(String key, Object... args) {
        error.set(texts.format(key, args));
    }

    public ReadOnlyBooleanWrapper busy() {
        return busy;
    }

    public ReadOnlyStringWrapper error() {
        return error;
    }
}
