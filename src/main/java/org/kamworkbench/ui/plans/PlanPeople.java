package org.kamworkbench.ui.plans;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Whom a plan's items can name: the colleagues and the account's stakeholders (actions), the colleagues
 * alone (objective owners); and adding a colleague by name right where a person is chosen.
 */
public final class PlanPeople {
    private final PlanEditing editing;
    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final ObservableList<PersonChoice> colleagues = FXCollections.observableArrayList();

    PlanPeople(PlanEditing editing) {
        this.editing = editing;
    }

    void show(List<PersonChoice> choices) {
        people.setAll(choices);
        colleagues.setAll(choices.stream().filter(p -> p.kind() == PersonChoice.Kind.COLLEAGUE).toList());
    }

    /**
     * Adds a colleague by the name typed in {@code name} (the people screens add the details), offers them in
     * both lists and chooses them in {@code chosen}; the typed name is cleared once added.
     */
    void addColleague(StringProperty name, ObjectProperty<PersonChoice> chosen) {
        String typed = name.get();
        editing.work.run("progress.plans", m -> editing.plans.addColleague(typed), added -> {
            name.set("");
            PersonChoice choice = new PersonChoice(PersonChoice.Kind.COLLEAGUE, added.id(), added.name());
            if (people.stream().noneMatch(c -> c.equals(choice))) {
                people.add(0, choice);
                colleagues.add(0, choice);
            }
            chosen.set(choice);
        });
    }

    public ObservableList<PersonChoice> all() { return people; }
    public ObservableList<PersonChoice> colleagues() { return colleagues; }
}
