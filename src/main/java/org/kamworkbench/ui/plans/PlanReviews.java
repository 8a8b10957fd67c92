package org.kamworkbench.ui.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.service.plan.PlanDetails;
import org.kamworkbench.service.plan.SnapshotChange;

/** The plan's reviews: recording one (with a snapshot of the plan), and comparing two, or one with now. */
public final class PlanReviews {
    private final PlanEditing editing;
    private final ObservableList<PlanReview> reviews = FXCollections.observableArrayList();
    private final ObservableList<SnapshotChange> changes = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<PlanReview> compareFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanReview> compareTo = new SimpleObjectProperty<>();

    PlanReviews(PlanEditing editing) {
        this.editing = editing;
        compareFrom.addListener((o, was, now) -> compare());
        compareTo.addListener((o, was, now) -> compare());
    }

    void show(PlanDetails d) {
        if (d == null) {
            reviews.clear();
        } else {
            reviews.setAll(d.reviews());
        }
        changes.clear();
    }

    /** Records a review with the given participants and a snapshot of the plan as it stands. */
    public void record(List<PersonChoice> participants) {
        String text = notes.get();
        List<Long> colleagueIds = participants.stream().map(PersonChoice::colleagueId).filter(Objects::nonNull)
                .toList();
        List<Long> stakeholderIds = participants.stream().map(PersonChoice::stakeholderId).filter(Objects::nonNull)
                .toList();
        LocalDate date = editing.plans.today();
        editing.withPlan(p -> editing.plans.recordReview(p.id(), date, colleagueIds, stakeholderIds, text));
        notes.set("");
    }

    private void compare() {
        PlanReview a = compareFrom.get();
        PlanReview b = compareTo.get();
        if (a == null) {
            changes.clear();
            return;
        }
        editing.work.run("progress.plans", m -> b == null ? editing.plans.changesSince(a)
                : editing.plans.compare(a, b), changes::setAll);
    }

    public ObservableList<PlanReview> reviews() { return reviews; }
    public ObservableList<SnapshotChange> changes() { return changes; }
    public StringProperty notesProperty() { return notes; }
    public ObjectProperty<PlanReview> compareFromProperty() { return compareFrom; }
    public ObjectProperty<PlanReview> compareToProperty() { return compareTo; }
}
