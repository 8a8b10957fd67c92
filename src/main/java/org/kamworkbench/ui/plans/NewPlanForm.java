package org.kamworkbench.ui.plans;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.AccountPlan;

/** Starting a plan (blank, or from a template) and saving the plan in view as a template. */
public final class NewPlanForm {
    private final PlanEditing editing;
    private final long accountId;
    private final ObservableList<AccountPlan> templates = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObjectProperty<AccountPlan> template = new SimpleObjectProperty<>();
    private final StringProperty templateName = new SimpleStringProperty("");

    NewPlanForm(PlanEditing editing, long accountId) {
        this.editing = editing;
        this.accountId = accountId;
    }

    /** The templates on offer; the first time, a new plan proposes to start next month for two years. */
    void show(java.util.List<AccountPlan> templateList, LocalDate today) {
        templates.setAll(templateList);
        if (start.get() == null) {
            LocalDate first = today.withDayOfMonth(1).plusMonths(1);
            start.set(first);
            end.set(first.plusYears(2).minusDays(1));
        }
    }

    public void create() {
        LocalDate s = start.get();
        LocalDate e = end.get();
        AccountPlan from = template.get();
        if (s == null || (from == null && e == null)) {
            editing.work.fail("plans.error.dates");
            return;
        }
        editing.work.run("progress.plans", m -> from == null ? editing.plans.createPlan(accountId, s, e)
                : editing.plans.createFromTemplate(accountId, from.id(), s), created -> editing.reload(created.id()));
    }

    public void saveAsTemplate() {
        String name = templateName.get();
        editing.withPlan(p -> editing.plans.saveAsTemplate(p.id(), name));
        templateName.set("");
    }

    public ObservableList<AccountPlan> templates() { return templates; }
    public ObjectProperty<LocalDate> startProperty() { return start; }
    public ObjectProperty<LocalDate> endProperty() { return end; }
    public ObjectProperty<AccountPlan> templateProperty() { return template; }
    public StringProperty templateNameProperty() { return templateName; }
}
