package org.kamworkbench.service.plan;

import java.time.LocalDate;
import org.kamworkbench.domain.KpiStatus;

/**
 * One row of the plans overview: a designated key account or an account with a plan, and how its
 * plan stands. The plan shown is the current one (active, else the newest draft), else the newest
 * closed one; {@code planId}, {@code from}, {@code to} and {@code nextReview} are null without a plan.
 *
 * @param objectivesDone  objectives achieved
 * @param objectivesTotal objectives not dropped
 * @param overdueActions  actions due before today and not done
 * @param kpiStatus       the worst latest status of the account's KPIs over the plan period, null when none
 * @param nextReview      as {@link NextPlanReview} says (a quarter after the last review or the start, at the latest the end);
 *                        null for closed plans
 */
public record PlanOverviewRow(
        long accountId,
        String externalId,
        String accountName,
        boolean designated,
        OverviewStatus status,
        Long planId,
        String lead,
        LocalDate from,
        LocalDate to,
        int objectivesDone,
        int objectivesTotal,
        int overdueActions,
        KpiStatus kpiStatus,
        LocalDate nextReview) {

    /** A plan's state as the overview shows it: {@code NONE} when the account has no plan at all. */
    public enum OverviewStatus { NONE, DRAFT, ACTIVE, CLOSED }

    /** A designated key account without an active plan: the gap its key account manager has to close. */
    public boolean gap() {
        return designated && status != OverviewStatus.ACTIVE;
    }
}
