package org.kamworkbench.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A 1–3 year plan for one account: the client's situation (business challenges, economic issues,
 * a SWOT as four lists) and the strategic recommendations in order. {@code id} is 0 before it is
 * stored. A template is a plan without an account ({@code accountId} null) with a {@code templateName}.
 */
public record AccountPlan(
        long id,
        Long accountId,
        String templateName,
        LocalDate start,
        LocalDate end,
        PlanStatus status,
        String challenges,
        String economicIssues,
        List<String> strengths,
        List<String> weaknesses,
        List<String> opportunities,
        List<String> threats,
        List<String> recommendations) {

    public AccountPlan {
        strengths = List.copyOf(strengths);
        weaknesses = List.copyOf(weaknesses);
        opportunities = List.copyOf(opportunities);
        threats = List.copyOf(threats);
        recommendations = List.copyOf(recommendations);
    }

    public static AccountPlan empty(long accountId, LocalDate start, LocalDate end) {
        return new AccountPlan(0, accountId, null, start, end, PlanStatus.DRAFT, "", "", List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public AccountPlan withId(long newId) {
        return new AccountPlan(newId, accountId, templateName, start, end, status, challenges, economicIssues,
                strengths, weaknesses, opportunities, threats, recommendations);
    }

    public AccountPlan withStatus(PlanStatus newStatus) {
        return new AccountPlan(id, accountId, templateName, start, end, newStatus, challenges, economicIssues,
                strengths, weaknesses, opportunities, threats, recommendations);
    }

    public boolean isTemplate() {
        return accountId == null;
    }

    /** Closed plans are kept as they were. */
    public boolean readOnly() {
        return status == PlanStatus.CLOSED;
    }
}
