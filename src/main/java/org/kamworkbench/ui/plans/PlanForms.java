package org.kamworkbench.ui.plans;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.ui.common.Texts;

/**
 * The forms below the plan's tables and the review form, bound to their editors, with the choices they offer:
 * an objective's owner (a colleague) and KPI, an action's owner (a colleague or one of the client's people)
 * and the objective it delivers, a review's participants.
 */
final class PlanForms {
    private final PlanTabViewModel model;
    private final Texts texts;
    private final PlanLabels labels;

    PlanForms(PlanTabViewModel model, Texts texts, PlanLabels labels) {
        this.model = model;
        this.texts = texts;
        this.labels = labels;
    }

    void objective(TextField title, DatePicker due, ComboBox<PersonChoice> owner, ComboBox<KpiDefinition> kpi,
                   TextField target, TextField targetNumber, TextField newColleague) {
        ObjectivesEditor objectives = model.objectives();
        title.textProperty().bindBidirectional(objectives.titleProperty());
        due.valueProperty().bindBidirectional(objectives.dueProperty());
        owner.setItems(model.people().colleagues());
        owner.valueProperty().bindBidirectional(objectives.ownerProperty());
        Cols.choice(owner, PersonChoice::name, texts.get("plans.owner"));
        kpi.setItems(model.kpis());
        kpi.valueProperty().bindBidirectional(objectives.kpiProperty());
        Cols.choice(kpi, KpiDefinition::name, texts.get("plans.kpi"));
        target.textProperty().bindBidirectional(objectives.targetProperty());
        targetNumber.textProperty().bindBidirectional(objectives.targetNumberProperty());
        newColleague.textProperty().bindBidirectional(objectives.newColleagueProperty());
    }

    void action(TextField what, ComboBox<PersonChoice> who, TextField how, DatePicker due,
                ComboBox<Objective> objective, TextField newColleague) {
        ActionsEditor actions = model.actions();
        what.textProperty().bindBidirectional(actions.whatProperty());
        who.setItems(model.people().all());
        who.valueProperty().bindBidirectional(actions.whoProperty());
        Cols.choice(who, labels::person, texts.get("plans.who"));
        how.textProperty().bindBidirectional(actions.howProperty());
        due.valueProperty().bindBidirectional(actions.dueProperty());
        objective.setItems(model.objectives().choices());
        objective.valueProperty().bindBidirectional(actions.objectiveProperty());
        Cols.choice(objective, Objective::title, texts.get("plans.objective"));
        newColleague.textProperty().bindBidirectional(actions.newColleagueProperty());
    }

    void review(ListView<PersonChoice> participants, TextField notes) {
        participants.setItems(model.people().all());
        participants.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        participants.setCellFactory(l -> new NamedCell<>(labels::person));
        notes.textProperty().bindBidirectional(model.reviews().notesProperty());
    }
}
