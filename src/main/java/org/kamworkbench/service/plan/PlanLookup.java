package org.kamworkbench.service.plan;

import java.util.stream.Collectors;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.message.UserInputException;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.ColleagueRepository;
import org.kamworkbench.service.port.PlanRepository;
import org.kamworkbench.service.port.StakeholderRepository;

/**
 * The reads every part of {@link PlanService} starts from: a plan that must exist (and be editable to change
 * what it holds), an account that must exist, a plan with everything it holds, and the names of the people.
 */
final class PlanLookup {
    private final PlanRepository plans;
    private final AccountRepository accounts;
    private final ColleagueRepository colleagues;
    private final StakeholderRepository stakeholders;

    PlanLookup(PlanRepository plans, AccountRepository accounts, ColleagueRepository colleagues,
               StakeholderRepository stakeholders) {
        this.plans = plans;
        this.accounts = accounts;
        this.colleagues = colleagues;
        this.stakeholders = stakeholders;
    }

    PlanDetails details(long planId) {
        AccountPlan plan = requirePlan(planId);
        Account account = plan.accountId() == null ? null : account(plan.accountId());
        return new PlanDetails(account, plan, plans.objectives(planId), plans.actions(planId), plans.reviews(planId),
                people());
    }

    People people() {
        return new People(colleagues.findAll().stream().collect(Collectors.toMap(Colleague::id, Colleague::name)),
                stakeholders.findAll().stream().collect(Collectors.toMap(Stakeholder::id, Stakeholder::name)));
    }

    AccountPlan requirePlan(long planId) {
        return plans.plan(planId).orElseThrow(() -> new UserInputException("plan.missing", String.valueOf(planId)));
    }

    /** The plan, refused when it is closed (kept read-only). */
    AccountPlan editable(long planId) {
        AccountPlan plan = requirePlan(planId);
        if (plan.readOnly()) {
            throw new UserInputException("plan.closed");
        }
        return plan;
    }

    Account account(long accountId) {
        return accounts.findAll().stream().filter(a -> a.id() == accountId).findFirst()
                .orElseThrow(() -> new UserInputException("account.missing", String.valueOf(accountId)));
    }
}
