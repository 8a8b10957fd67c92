package org.kamworkbench.ui.imports;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/** The sentences the current step shows beside its content: what went wrong, and a notice; both go with the step. */
public final class StepMessages {
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");

    /** Clears both whenever {@code step} changes. */
    void clearOnChangeOf(ObservableValue<WizardStep> step) {
        step.addListener((o, old, now) -> {
            error.set(null);
            notice.set(null);
        });
    }

    /** Shows {@code sentence} as the step's error; null clears it. */
    void error(String sentence) {
        error.set(sentence);
    }

    /** Shows {@code sentence} as the step's notice; null clears it. */
    void notice(String sentence) {
        notice.set(sentence);
    }

    /** What went wrong in the current step, as a sentence; null when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Information for the current step ("Import cancelled; the workspace is unchanged."). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
