package org.kamworkbench.service.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.PlanRepository;

/** The actions of every account's open plans in one list: the "My actions" screen and {@code actions list}. */
final class ActionsAcrossPlans {
    private final PlanRepository plans;
    private final AccountRepository accounts;
    private final PlanLookup lookup;
    private final Clock clock;

    ActionsAcrossPlans(PlanRepository plans, AccountRepository accounts, PlanLookup lookup, Clock clock) {
        this.plans = plans;
        this.accounts = accounts;
        this.lookup = lookup;
        this.clock = clock;
    }

    /**
     * Actions across every account's plans (closed plans left out), by due date: only those whose
     * owner (a colleague or a stakeholder) has this name when {@code owner} is given (ignoring case),
     * only overdue ones (due before today, not done) when asked.
     */
    List<ActionItem> list(String owner, boolean overdueOnly) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, AccountPlan> planById = plans.allPlans().stream()
                .filter(p -> p.status() != PlanStatus.CLOSED)
                .collect(Collectors.toMap(AccountPlan::id, Function.identity()));
        Map<Long, Account> accountById = accounts.findAll().stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        People people = lookup.people();
        Map<Long, Map<Long, String>> objectiveTitles = new HashMap<>();
        String wanted = owner == null || owner.isBlank() ? null : owner.strip().toLowerCase(Locale.ROOT);
        List<ActionItem> items = new ArrayList<>();
        for (PlanAction a : plans.allActions()) {
            AccountPlan plan = planById.get(a.planId());
            if (plan == null || (overdueOnly && !a.overdue(today))) {
                continue;
            }
            String who = people.ownerOf(a);
            if (wanted != null && (who == null || !who.toLowerCase(Locale.ROOT).equals(wanted))) {
                continue;
            }
            String objective = a.objectiveId() == null ? null : objectiveTitles.computeIfAbsent(plan.id(),
                    id -> plans.objectives(id).stream().collect(Collectors.toMap(Objective::id, Objective::title)))
                    .get(a.objectiveId());
            items.add(new ActionItem(a, accountById.get(plan.accountId()), who, a.stakeholderId() != null, objective,
                    a.overdue(today)));
        }
        items.sort(Comparator.comparing((ActionItem i) -> i.action().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.account().externalId()).thenComparing(i -> i.action().id()));
        return items;
    }
}
