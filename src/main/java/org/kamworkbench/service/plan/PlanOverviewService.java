package org.kamworkbench.service.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.AccountTeamMember;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.KpiStatus;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.service.criteria.DesignatedKeyAccounts;
import org.kamworkbench.service.kpi.KpiPoint;
import org.kamworkbench.service.kpi.KpiSeries;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.plan.PlanOverviewRow.OverviewStatus;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.AccountTeamRepository;
import org.kamworkbench.service.port.ColleagueRepository;
import org.kamworkbench.service.port.PlanRepository;

/**
 * The plans overview, for the Account plans screen and {@code plans list}: every designated key
 * account and every account with a plan, with its plan's status, lead, period, progress, overdue
 * actions, worst KPI status and next review. Gaps (key accounts without an active plan) come first,
 * then by plan status (none, closed, draft, active) and account name.
 */
public final class PlanOverviewService {
    private static final Comparator<PlanOverviewRow> GAPS_FIRST = Comparator
            .comparing((PlanOverviewRow r) -> !r.gap())
            .thenComparing(r -> switch (r.status()) {
                case NONE -> 0;
                case CLOSED -> 1;
                case DRAFT -> 2;
                case ACTIVE -> 3;
            })
            .thenComparing(PlanOverviewRow::accountName, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(PlanOverviewRow::accountId);

    private final PlanRepository plans;
    private final AccountRepository accounts;
    private final ColleagueRepository colleagues;
    private final AccountTeamRepository teams;
    private final DesignatedKeyAccounts designatedKey;
    private final KpiService kpis;
    private final Clock clock;

    public PlanOverviewService(PlanRepository plans, AccountRepository accounts, ColleagueRepository colleagues,
                               AccountTeamRepository teams, DesignatedKeyAccounts designatedKey, KpiService kpis,
                               Clock clock) {
        this.plans = plans;
        this.accounts = accounts;
        this.colleagues = colleagues;
        this.teams = teams;
        this.designatedKey = designatedKey;
        this.kpis = kpis;
        this.clock = clock;
    }

    public List<PlanOverviewRow> rows() {
        LocalDate today = LocalDate.now(clock);
        Set<Long> key = designatedKey.ids();
        Map<Long, List<AccountPlan>> plansByAccount = plans.allPlans().stream()
                .collect(Collectors.groupingBy(AccountPlan::accountId));
        Map<Long, String> names = colleagues.findAll().stream()
                .collect(Collectors.toMap(Colleague::id, Colleague::name));
        Map<Long, String> leads = new HashMap<>();
        for (AccountTeamMember m : teams.findAll()) {
            if (m.lead()) {
                leads.put(m.accountId(), names.get(m.colleagueId()));
            }
        }
        List<PlanOverviewRow> rows = new ArrayList<>();
        for (Account account : accounts.findAll()) {
            List<AccountPlan> own = plansByAccount.getOrDefault(account.id(), List.of());
            boolean designated = key.contains(account.id());
            if (!designated && own.isEmpty()) {
                continue;
            }
            rows.add(row(account, designated, shownPlan(own), leads.get(account.id()), today));
        }
        rows.sort(GAPS_FIRST);
        return rows;
    }

    /** The plan the overview shows: the active one, else the newest draft, else the newest closed one. */
    static Optional<AccountPlan> shownPlan(List<AccountPlan> own) {
        Comparator<AccountPlan> newest = Comparator.comparing(AccountPlan::start).thenComparingLong(AccountPlan::id);
        for (PlanStatus status : List.of(PlanStatus.ACTIVE, PlanStatus.DRAFT, PlanStatus.CLOSED)) {
            Optional<AccountPlan> found = own.stream().filter(p -> p.status() == status).max(newest);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private PlanOverviewRow row(Account account, boolean designated, Optional<AccountPlan> shown, String lead,
                                LocalDate today) {
        if (shown.isEmpty()) {
            return new PlanOverviewRow(account.id(), account.externalId(), account.name(), designated,
                    OverviewStatus.NONE, null, lead, null, null, 0, 0, 0, null, null);
        }
        AccountPlan plan = shown.get();
        List<Objective> objectives = plans.objectives(plan.id());
        int done = (int) objectives.stream().filter(o -> o.status() == ObjectiveStatus.ACHIEVED).count();
        int total = (int) objectives.stream().filter(o -> o.status() != ObjectiveStatus.DROPPED).count();
        List<PlanAction> actions = plans.actions(plan.id());
        int overdue = (int) actions.stream().filter(a -> a.overdue(today)).count();
        LocalDate nextReview = NextPlanReview.of(plan, plans.reviews(plan.id()));
        return new PlanOverviewRow(account.id(), account.externalId(), account.name(), designated,
                OverviewStatus.valueOf(plan.status().name()), plan.id(), lead, plan.start(), plan.end(), done, total,
                overdue, worstKpiStatus(account.id(), plan, today), nextReview);
    }

    /** The worst of the latest statuses of the account's KPIs from the plan's start up to today (or its end). */
    private KpiStatus worstKpiStatus(long accountId, AccountPlan plan, LocalDate today) {
        LocalDate to = plan.end().isBefore(today) ? plan.end() : today;
        if (to.isBefore(plan.start()) || kpis.kpisOf(accountId).isEmpty()) {
            return null;
        }
        KpiStatus worst = null;
        for (KpiSeries series : kpis.seriesOf(accountId, plan.start(), to)) {
            KpiPoint latest = series.latestWithStatus();
            if (latest != null && (worst == null || latest.status().ordinal() > worst.ordinal())) {
                worst = latest.status();
            }
        }
        return worst;
    }
}
