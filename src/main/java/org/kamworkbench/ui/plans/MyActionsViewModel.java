package org.kamworkbench.ui.plans;

import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.service.plan.ActionItem;
import org.kamworkbench.service.plan.People;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.ui.common.ServiceCalls;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/** "My actions": the actions of every open plan, by owner (a colleague or a client stakeholder), overdue or all. */
public final class MyActionsViewModel {
    /** The owner choice for "everyone". */
    public static final String EVERYONE = "";

    record Loaded(List<ActionItem> items, People people) {
    }

    private final PlanService plans;
    private final Texts texts;
    private final ServiceCalls work;
    private final ObservableList<ActionItem> rows = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList(EVERYONE);
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>(EVERYONE);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    /** The user's name, until the first load shows whether they own actions (then the list opens on theirs). */
    private String me;

    public MyActionsViewModel(PlanService plans, Background background, Texts texts) {
        this.plans = plans;
        this.texts = texts;
        this.work = new ServiceCalls(background, texts);
        owner.addListener((o, was, now) -> refresh());
        overdueOnly.addListener((o, was, now) -> refresh());
    }

    public void refresh() {
        String who = owner.get() == null || owner.get().isEmpty() ? null : owner.get();
        boolean overdue = overdueOnly.get();
        work.run("progress.actions", m -> new Loaded(plans.actions(who, overdue), plans.people()), this::show);
    }

    /**
     * Opens on the actions of {@code name} (the user, from Settings) when one of our people has that
     * name; on everyone's otherwise.
     */
    public void openOn(String name) {
        me = name == null || name.isBlank() ? null : name.trim();
    }

    void show(Loaded loaded) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(loaded.people().colleagues().values());
        if (me != null && EVERYONE.equals(owner.get())) {
            String wanted = me;
            me = null;
            String mine = names.ceiling(wanted);
            if (mine != null && mine.equalsIgnoreCase(wanted)) {
                owner.set(mine); // reloads with mine
                return;
            }
        }
        names.addAll(loaded.people().stakeholders().values());
        List<String> choices = new java.util.ArrayList<>(List.of(EVERYONE));
        choices.addAll(names);
        String chosen = owner.get();
        if (chosen != null && !choices.contains(chosen)) {
            choices.add(chosen);
        }
        if (!choices.equals(owners)) {
            owners.setAll(choices); // only when changed: replacing the list would reset the combo box's choice
        }
        rows.setAll(loaded.items());
        long overdue = loaded.items().stream().filter(ActionItem::overdue).count();
        countText.set(texts.format("actions.count", loaded.items().size(), overdue));
    }

    public void setStatus(ActionItem item, ActionStatus status) {
        work.run("progress.actions", m -> plans.setActionStatus(item.action(), status), a -> refresh());
    }

    public ObservableList<ActionItem> rows() { return rows; }
    public ObservableList<String> owners() { return owners; }
    public ObjectProperty<String> ownerProperty() { return owner; }
    public BooleanProperty overdueOnlyProperty() { return overdueOnly; }
    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return work.error().getReadOnlyProperty(); }
}
