package org.kamworkbench.ui.plans;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.plan.PlanDetails;

/** The plan's actions (what, who, how, when): the table, and the form that adds one or edits the one chosen. */
public final class ActionsEditor {
    /** An action as the table shows it. */
    public record ActionRow(PlanAction action, String who, String objective, String status, boolean overdue) {
    }

    private final PlanEditing editing;
    private final PlanPeople people;
    private final ObservableList<Objective> objectives;
    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final StringProperty what = new SimpleStringProperty("");
    private final ObjectProperty<PersonChoice> who = new SimpleObjectProperty<>();
    private final StringProperty how = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>();
    private final StringProperty newColleague = new SimpleStringProperty("");
    /** The action the form edits; null while it adds a new one. */
    private final ObjectProperty<PlanAction> edited = new SimpleObjectProperty<>();

    ActionsEditor(PlanEditing editing, PlanPeople people, ObservableList<Objective> objectives) {
        this.editing = editing;
        this.people = people;
        this.objectives = objectives;
    }

    void show(PlanDetails d, LocalDate today) {
        if (d == null) {
            rows.clear();
            return;
        }
        rows.setAll(d.actions().stream().map(a -> new ActionRow(a, d.people().ownerOf(a),
                d.objectiveTitle(a.objectiveId()), EnumText.of(editing.texts, a.status()), a.overdue(today)))
                .toList());
    }

    /** Adds the action of the form, or saves the changes to the one being edited. */
    public void save() {
        AccountPlan p = editing.plan();
        if (p == null) {
            return;
        }
        PersonChoice owner = who.get();
        Objective delivers = objective.get();
        PlanAction before = edited.get();
        PlanAction a = new PlanAction(before == null ? 0 : before.id(), p.id(), what.get(),
                owner == null ? null : owner.colleagueId(), owner == null ? null : owner.stakeholderId(), how.get(),
                due.get(), before == null ? ActionStatus.PLANNED : before.status(),
                delivers == null ? null : delivers.id(), before == null ? null : before.completedOn(),
                before == null ? null : before.author());
        editing.work.run("progress.plans", m -> before == null ? editing.plans.saveAction(a, 0)
                : editing.based(VersionKey.action(before.id()), basedOn -> editing.plans.saveAction(a, basedOn)), saved -> {
            cancelEdit();
            editing.reload(p.id());
        });
    }

    /** Loads an action into the form, whose button then saves the changes. */
    public void edit(ActionRow row) {
        PlanAction a = row.action();
        edited.set(a);
        what.set(a.what());
        how.set(a.how() == null ? "" : a.how());
        due.set(a.due());
        who.set(people.all().stream().filter(c -> Objects.equals(c.colleagueId(), a.colleagueId())
                && Objects.equals(c.stakeholderId(), a.stakeholderId())).findFirst().orElse(null));
        objective.set(objectives.stream().filter(o -> Objects.equals(o.id(), a.objectiveId())).findFirst()
                .orElse(null));
    }

    public void cancelEdit() {
        edited.set(null);
        what.set("");
        how.set("");
    }

    public void setStatus(ActionRow row, ActionStatus status) {
        editing.withPlan(p -> editing.based(VersionKey.action(row.action().id()),
                basedOn -> editing.plans.setActionStatus(row.action(), status, basedOn)));
    }

    public void delete(ActionRow row) {
        long id = row.action().id();
        editing.withPlan(p -> editing.deleting(VersionKey.action(id), basedOn -> editing.plans.deleteAction(p.id(), id,
                basedOn)));
    }

    /** Adds a colleague by name (the people screens add the details) and makes them the action's owner. */
    public void addColleague() {
        people.addColleague(newColleague, who);
    }

    public ObservableList<ActionRow> rows() { return rows; }
    public ObjectProperty<PlanAction> editedProperty() { return edited; }
    public StringProperty whatProperty() { return what; }
    public ObjectProperty<PersonChoice> whoProperty() { return who; }
    public StringProperty howProperty() { return how; }
    public ObjectProperty<LocalDate> dueProperty() { return due; }
    public ObjectProperty<Objective> objectiveProperty() { return objective; }
    public StringProperty newColleagueProperty() { return newColleague; }
}
