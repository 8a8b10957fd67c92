package org.kamworkbench.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.service.plan.SnapshotChange;
import org.kamworkbench.service.plan.SnapshotChange.Kind;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Texts;

/** The names the plan tab gives plans, people, reviews and changes, in English. */
class PlanLabelsTest {
    private final Texts texts = TestWorkspaces.english();
    private final PlanLabels labels = new PlanLabels(texts);
    private final LocalDate start = LocalDate.of(2025, 1, 1);
    private final LocalDate end = LocalDate.of(2025, 12, 31);

    @Test
    void aPlanIsNamedByItsPeriodAndStatus() {
        AccountPlan plan = new AccountPlan(1, 7L, null, start, end, PlanStatus.ACTIVE, "", "", List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertThat(labels.plan(plan)).isEqualTo(texts.date(start) + " to " + texts.date(end) + " · Active");
    }

    @Test
    void theClientsPeopleAreMarkedColleaguesAreNot() {
        assertThat(labels.person(new PersonChoice(PersonChoice.Kind.STAKEHOLDER, 3, "Ada Byron")))
                .isEqualTo("Ada Byron (client)");
        assertThat(labels.person(new PersonChoice(PersonChoice.Kind.COLLEAGUE, 3, "Marco Polo")))
                .isEqualTo("Marco Polo");
    }

    @Test
    void aReviewShowsItsNotesOnlyWhenItHasSome() {
        assertThat(labels.review(review(null))).isEqualTo(texts.date(end));
        assertThat(labels.review(review(""))).isEqualTo(texts.date(end));
        assertThat(labels.review(review("Year end"))).isEqualTo(texts.date(end) + " — Year end");
    }

    @Test
    void eachKindOfChangeSaysWhatItWasAndIs() {
        assertThat(labels.change(new SnapshotChange(Kind.ADDED, "Objective", null, "Grow 10%")))
                .isEqualTo("Added · Objective: Grow 10%");
        assertThat(labels.change(new SnapshotChange(Kind.REMOVED, "Action", "Call Ada", null)))
                .isEqualTo("Removed · Action (was Call Ada)");
        assertThat(labels.change(new SnapshotChange(Kind.CHANGED, "Status", "Draft", "Active")))
                .isEqualTo("Changed · Status: Draft → Active");
    }

    private PlanReview review(String notes) {
        return new PlanReview(1, 1, end, List.of(), List.of(), notes, Map.of());
    }
}
