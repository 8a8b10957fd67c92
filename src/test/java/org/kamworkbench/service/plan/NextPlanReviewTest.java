package org.kamworkbench.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.domain.PlanStatus;

class NextPlanReviewTest {
    private static AccountPlan plan(PlanStatus status) {
        return new AccountPlan(1, 7L, null, LocalDate.of(2025, 1, 15), LocalDate.of(2026, 1, 14), status, "", "",
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static PlanReview review(LocalDate date) {
        return new PlanReview(1, 1, date, List.of(), List.of(), "", Map.of());
    }

    @Test
    void aQuarterAfterTheLastReviewOrTheStartAndAtTheLatestTheEnd() {
        assertThat(NextPlanReview.of(plan(PlanStatus.ACTIVE), List.of())).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(NextPlanReview.of(plan(PlanStatus.DRAFT), List.of(review(LocalDate.of(2025, 5, 2)),
                review(LocalDate.of(2025, 3, 1))))).isEqualTo(LocalDate.of(2025, 8, 2));
        assertThat(NextPlanReview.of(plan(PlanStatus.ACTIVE), List.of(review(LocalDate.of(2025, 11, 20)))))
                .isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(NextPlanReview.of(plan(PlanStatus.CLOSED), List.of())).isNull();
    }
}
