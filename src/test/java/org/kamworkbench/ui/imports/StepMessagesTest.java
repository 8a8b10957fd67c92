package org.kamworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** A step's error and notice stay until the step changes. */
class StepMessagesTest {
    @Test
    void bothGoWhenTheStepChanges() {
        SimpleObjectProperty<WizardStep> step = new SimpleObjectProperty<>(WizardStep.IMPORT);
        StepMessages messages = new StepMessages();
        messages.clearOnChangeOf(step);
        messages.error("The file cannot be read.");
        messages.notice("Import cancelled.");
        assertThat(messages.errorProperty().get()).isEqualTo("The file cannot be read.");
        assertThat(messages.noticeProperty().get()).isEqualTo("Import cancelled.");

        step.set(WizardStep.IMPORT);
        assertThat(messages.errorProperty().get()).isNotNull(); // no change, nothing cleared
        step.set(WizardStep.VALIDATION);
        assertThat(messages.errorProperty().get()).isNull();
        assertThat(messages.noticeProperty().get()).isNull();
    }
}
