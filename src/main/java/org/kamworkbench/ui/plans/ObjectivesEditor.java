package org.kamworkbench.ui.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.plan.PlanDetails;

/** The plan's objectives: the table, and the form that adds one or edits the one chosen. */
public final class ObjectivesEditor {
    /** An objective as the table shows it. */
    public record ObjectiveRow(Objective objective, String horizon, String owner, String kpi, String status) {
    }

    private final PlanEditing editing;
    private final PlanPeople people;
    private final ObservableList<KpiDefinition> kpis;
    private final ObservableList<ObjectiveRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Objective> choices = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonChoice> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<KpiDefinition> kpi = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty("");
    /** A number progress is measured against, when the target is written as text ("2 SKUs listed" → 2). */
    private final StringProperty targetNumber = new SimpleStringProperty("");
    private final StringProperty newColleague = new SimpleStringProperty("");
    /** The objective the form edits; null while it adds a new one. */
    private final ObjectProperty<Objective> edited = new SimpleObjectProperty<>();

    ObjectivesEditor(PlanEditing editing, PlanPeople people, ObservableList<KpiDefinition> kpis) {
        this.editing = editing;
        this.people = people;
        this.kpis = kpis;
    }

    void show(PlanDetails d) {
        if (d == null) {
            rows.clear();
            choices.clear();
            return;
        }
        AccountPlan p = d.plan();
        rows.setAll(d.objectives().stream().map(o -> new ObjectiveRow(o,
                EnumText.of(editing.texts, o.horizon(p.start())), d.people().colleague(o.ownerId()),
                kpis.stream().filter(k -> o.kpiId() != null && k.id() == o.kpiId()).map(KpiDefinition::name)
                        .findFirst().orElse(null), EnumText.of(editing.texts, o.status()))).toList());
        choices.setAll(d.objectives());
    }

    /** Adds the objective of the form, or saves the changes to the one being edited. */
    public void save() {
        AccountPlan p = editing.plan();
        String typed = stripped(target);
        String typedNumber = stripped(targetNumber);
        BigDecimal number = editing.texts.parseDecimal(typedNumber.isEmpty() ? typed : typedNumber);
        if (!typedNumber.isEmpty() && number == null) {
            editing.work.fail("plans.target.notNumber", typedNumber); // read exactly or refuse
            return;
        }
        String text = typed.isEmpty() || (typedNumber.isEmpty() && number != null) ? null : typed;
        if (p == null) {
            return;
        }
        PersonChoice who = owner.get();
        KpiDefinition measure = kpi.get();
        Objective before = edited.get();
        Objective o = new Objective(before == null ? 0 : before.id(), p.id(), title.get(), due.get(),
                measure == null ? null : measure.id(), number, who == null ? null : who.colleagueId(),
                before == null ? ObjectiveStatus.OPEN : before.status(), text);
        editing.work.run("progress.plans", m -> before == null ? editing.plans.saveObjective(o, 0)
                : editing.based(VersionKey.objective(before.id()), basedOn -> editing.plans.saveObjective(o, basedOn)),
                saved -> {
            cancelEdit();
            editing.reload(p.id());
        });
    }

    /** Loads an objective into the form, whose button then saves the changes. */
    public void edit(ObjectiveRow row) {
        Objective o = row.objective();
        edited.set(o);
        title.set(o.title());
        due.set(o.due());
        owner.set(people.colleagues().stream().filter(c -> Objects.equals(c.colleagueId(), o.ownerId()))
                .findFirst().orElse(null));
        kpi.set(kpis.stream().filter(k -> Objects.equals(k.id(), o.kpiId())).findFirst().orElse(null));
        String shown = o.targetShown(editing.texts::decimal);
        target.set(shown == null ? "" : shown);
        targetNumber.set(o.targetText() != null && o.target() != null ? editing.texts.decimal(o.target()) : "");
    }

    public void cancelEdit() {
        edited.set(null);
        title.set("");
        target.set("");
        targetNumber.set("");
    }

    public void setStatus(ObjectiveRow row, ObjectiveStatus status) {
        Objective o = row.objective();
        editing.withPlan(p -> editing.based(VersionKey.objective(o.id()),
                basedOn -> editing.plans.saveObjective(o.withStatus(status), basedOn)));
    }

    public void delete(ObjectiveRow row) {
        long id = row.objective().id();
        editing.withPlan(p -> editing.deleting(VersionKey.objective(id),
                basedOn -> editing.plans.deleteObjective(p.id(), id, basedOn)));
    }

    /** Adds a colleague by name and makes them the objective's owner. */
    public void addColleague() {
        people.addColleague(newColleague, owner);
    }

    public ObservableList<ObjectiveRow> rows() { return rows; }
    /** The objectives an action can deliver. */
    public ObservableList<Objective> choices() { return choices; }
    public ObjectProperty<Objective> editedProperty() { return edited; }
    public StringProperty titleProperty() { return title; }
    public ObjectProperty<LocalDate> dueProperty() { return due; }
    public ObjectProperty<PersonChoice> ownerProperty() { return owner; }
    public ObjectProperty<KpiDefinition> kpiProperty() { return kpi; }
    public StringProperty targetProperty() { return target; }

    public StringProperty targetNumberProperty() { return targetNumber; }

    private static String stripped(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }
    public StringProperty newColleagueProperty() { return newColleague; }
}
