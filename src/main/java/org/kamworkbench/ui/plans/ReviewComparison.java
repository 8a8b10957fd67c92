package org.kamworkbench.ui.plans;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.service.plan.SnapshotChange;
import org.kamworkbench.ui.common.Texts;

/** Comparing two of the plan's reviews, or one with the plan as it is now, and the list of what changed. */
final class ReviewComparison {
    private ReviewComparison() {
    }

    static void bind(PlanReviews reviews, Texts texts, PlanLabels labels, ComboBox<PlanReview> from,
                     ComboBox<PlanReview> to, ListView<SnapshotChange> changes) {
        from.setItems(reviews.reviews());
        to.setItems(reviews.reviews());
        Cols.choice(from, labels::review, texts.get("plans.review.choose"));
        Cols.choice(to, labels::review, texts.get("plans.review.now"));
        from.valueProperty().bindBidirectional(reviews.compareFromProperty());
        to.valueProperty().bindBidirectional(reviews.compareToProperty());
        changes.setItems(reviews.changes());
        changes.setPlaceholder(new Label(texts.get("plans.review.noChanges")));
        changes.setCellFactory(l -> new NamedCell<>(labels::change));
    }
}
