package org.kamworkbench.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** What a window registers on the long-lived shell view model, all undone at once when the window is built anew. */
final class ModelListeners {
    private final List<Runnable> detachers = new ArrayList<>();

    /** Listens to {@code value} until {@link #detachAll}. */
    <T> void watch(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        detachers.add(() -> value.removeListener(listener));
    }

    /** Listens to {@code list} until {@link #detachAll}. */
    <E> void watch(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        detachers.add(() -> list.removeListener(listener));
    }

    /** Keeps {@code control} and {@code model} equal until {@link #detachAll}. */
    <T> void bind(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        detachers.add(() -> control.unbindBidirectional(model));
    }

    void detachAll() {
        detachers.forEach(Runnable::run);
        detachers.clear();
    }
}
