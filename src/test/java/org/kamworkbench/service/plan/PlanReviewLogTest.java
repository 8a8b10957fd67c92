package org.kamworkbench.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.service.message.UserInputException;

class PlanReviewLogTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    private PlanWorkspace ws;
    private PlanReviewLog reviews;
    private AccountPlan plan;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        reviews = new PlanReviewLog(ws.planStore(), ws.lookup());
        Account acme = ws.account("A1", "Acme", "EUR");
        plan = ws.plans.createPlan(acme.id(), START, START.plusYears(2));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aReviewNeedsADateBeforeAnythingElse() {
        assertThatThrownBy(() -> reviews.record(99, null, List.of(), List.of(), "x"))
                .isInstanceOf(UserInputException.class).hasMessage("The review needs a date.");
        assertThatThrownBy(() -> reviews.record(99, START, List.of(), List.of(), "x")).hasMessage("No plan with id 99.");
    }

    @Test
    void aReviewKeepsItsNotesStrippedAndTheChangesSinceItShow() {
        PlanReview review = reviews.record(plan.id(), START.plusMonths(1), List.of(), List.of(), "  Kick-off ");
        assertThat(review.notes()).isEqualTo("Kick-off");
        assertThat(reviews.record(plan.id(), START.plusMonths(2), List.of(), List.of(), null).notes()).isEmpty();
        assertThat(reviews.changesSince(review)).isEmpty();

        ws.plans.saveObjective(new Objective(0, plan.id(), "Pilot", START.plusMonths(6), null, null, null,
                ObjectiveStatus.OPEN));
        assertThat(reviews.changesSince(review)).contains(new SnapshotChange(SnapshotChange.Kind.ADDED,
                "Objective 'Pilot' · due", null, "2026-07-01"));
        PlanReview later = reviews.record(plan.id(), START.plusMonths(3), List.of(), List.of(), "");
        assertThat(reviews.compare(review, later)).isEqualTo(reviews.changesSince(review));
        assertThat(reviews.compare(later, later)).isEmpty();
    }
}
