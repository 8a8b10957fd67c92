package org.kamworkbench.service.plan;

import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.PlanAction;

/**
 * An action as "My actions" lists it across accounts: with its account, who carries it (null when
 * nobody), whether that is a client stakeholder, the objective it serves, and whether it is overdue.
 */
public record ActionItem(
        PlanAction action,
        Account account,
        String owner,
        boolean ownerIsStakeholder,
        String objective,
        boolean overdue) {
}
