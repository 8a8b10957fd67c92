package org.kamworkbench.ui.plans;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.ui.common.Texts;

/**
 * Which plan the tab shows: the line above it (one of the account's plans, its status, activating or closing
 * it) and the pane that starts a new plan, blank or from a template.
 */
final class PlanChooser {
    private PlanChooser() {
    }

    static void bind(PlanTabViewModel model, Texts texts, PlanLabels labels, ComboBox<AccountPlan> planBox,
                     Label planStatus, Button activateButton, Button closeButton) {
        planBox.setItems(model.plans());
        planBox.valueProperty().bindBidirectional(model.planProperty());
        Cols.choice(planBox, labels::plan, texts.get("plans.noPlan"));
        planStatus.textProperty().bind(Bindings.createStringBinding(() -> model.planProperty().get() == null ? ""
                : EnumText.of(texts, model.planProperty().get().status()), model.planProperty()));
        planStatus.visibleProperty().bind(model.hasPlanProperty());
        activateButton.disableProperty().bind(model.editableProperty().not().or(Bindings.createBooleanBinding(() ->
                model.planProperty().get() != null && model.planProperty().get().status() == PlanStatus.ACTIVE,
                model.planProperty())));
        closeButton.disableProperty().bind(model.editableProperty().not());
    }

    static void newPlan(NewPlanForm form, Texts texts, TitledPane pane, DatePicker start, DatePicker end,
                        ComboBox<AccountPlan> templateBox, BooleanProperty open) {
        start.valueProperty().bindBidirectional(form.startProperty());
        end.valueProperty().bindBidirectional(form.endProperty());
        templateBox.setItems(form.templates());
        templateBox.valueProperty().bindBidirectional(form.templateProperty());
        Cols.choice(templateBox, AccountPlan::templateName, texts.get("plans.blankPlan"));
        end.disableProperty().bind(form.templateProperty().isNotNull());
        pane.expandedProperty().bindBidirectional(open);
    }
}
