package org.kamworkbench.service.kpi;

import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.edit.EditGuard;

import org.kamworkbench.service.message.UserInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiEntry;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.service.criteria.DesignatedKeyAccounts;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.KpiRepository;
import org.kamworkbench.service.port.PlanRepository;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * KPIs of accounts: definitions fixed in advance, targets per period, manual actuals, actuals computed
 * from the revenue (see {@link ComputedKpis}), and the status of each period against the at-risk
 * tolerance (a workspace setting, 10 % by default). Key accounts, for the portfolio view, are the
 * accounts designated key ({@link DesignatedKeyAccounts}). Invalid input raises {@link IllegalArgumentException}.
 */
public final class KpiService {
    private static final BigDecimal MAX_TOLERANCE = BigDecimal.valueOf(100);

    private final KpiRepository kpis;
    private final AccountRepository accounts;
    private final PlanRepository plans;
    private final PortfolioService portfolio;
    private final DesignatedKeyAccounts designatedKey;

    private final EditGuard edits;

    /** {@code edits} checks the versions of KPI values (per KPI and period). */
    public KpiService(KpiRepository kpis, AccountRepository accounts, PlanRepository plans,
                      PortfolioService portfolio, DesignatedKeyAccounts designatedKey, EditGuard edits) {
        this.edits = edits;
        this.kpis = kpis;
        this.accounts = accounts;
        this.plans = plans;
        this.portfolio = portfolio;
        this.designatedKey = designatedKey;
    }

    public List<KpiDefinition> kpisOf(long accountId) {
        return kpis.kpisOf(accountId);
    }

    /** Inserts or updates a KPI: a name unique in its account; share of wallet is measured yearly. */
    public KpiDefinition saveKpi(KpiDefinition kpi) {
        if (kpi.name() == null || kpi.name().isBlank()) {
            throw new UserInputException("kpi.noName");
        }
        String name = kpi.name().strip();
        if (kpis.kpisOf(kpi.accountId()).stream().anyMatch(k -> k.id() != kpi.id() && k.name().equalsIgnoreCase(name))) {
            throw new UserInputException("kpi.exists", name);
        }
        if (kpi.source() == KpiSource.SHARE_OF_WALLET && kpi.frequency() != KpiFrequency.YEARLY) {
            throw new UserInputException("kpi.walletYearly");
        }
        if (kpi.id() != 0) {
            KpiDefinition stored = kpi(kpi.id());
            if (stored.frequency() != kpi.frequency() && !kpis.entries(kpi.id()).isEmpty()) {
                throw new UserInputException("kpi.frequencyFixed", stored.name(), stored.frequency().ordinal());
            }
        }
        return kpis.saveKpi(new KpiDefinition(kpi.id(), kpi.accountId(), name, kpi.unit() == null ? "" : kpi.unit().strip(),
                kpi.direction(), kpi.frequency(), kpi.baseline(), kpi.source()));
    }

    public void deleteKpi(long kpiId) {
        kpis.deleteKpi(kpiId);
    }

    /**
     * Sets one period's target and (manual KPIs only) actual and comment; nulls clear them.
     */
    public void setEntry(long kpiId, KpiPeriod period, BigDecimal target, BigDecimal actual, String comment) {
        setEntry(kpiId, period, target, actual, comment, EditGuard.UNREAD);
    }

    /** The version of one period's value of a KPI: what a change of it is based on. */
    public long entryVersion(long kpiId, KpiPeriod period) {
        return edits.read(VersionKey.kpiValue(kpiId, period)).number();
    }

    /** The versions of every period's value of the KPIs {@code kpiIds}, in one query: what a timeline's saves are based on. */
    public org.kamworkbench.domain.Versions entryVersions(java.util.Collection<Long> kpiIds) {
        if (kpiIds.isEmpty()) {
            return org.kamworkbench.domain.Versions.NONE;
        }
        return edits.readAll(VersionKey.Kind.KPI_VALUE, kpiIds.stream().map(VersionKey::kpiValuesOf).toList());
    }

    /**
     * Sets one period's target and actual based on that value's version {@code basedOn} ({@link #entryVersion}):
     * refused when someone else changed it since.
     */
    public void setEntry(long kpiId, KpiPeriod period, BigDecimal target, BigDecimal actual, String comment,
                         long basedOn) {
        KpiDefinition kpi = kpi(kpiId);
        if (period.frequency() != kpi.frequency()) {
            throw new UserInputException("kpi.wrongPeriod", period, kpi.frequency().ordinal(), kpi.name());
        }
        if (actual != null && kpi.source().computed()) {
            throw new UserInputException("kpi.computed", kpi.name());
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        edits.save(VersionKey.kpiValue(kpiId, period), basedOn, () -> {
            kpis.saveEntry(new KpiEntry(kpiId, period, target, actual, note));
            return null;
        });
    }

    public List<KpiEntry> entries(long kpiId) {
        return kpis.entries(kpiId);
    }

    /** Every KPI of an account from {@code from} to {@code to}, computed ones included. */
    public List<KpiSeries> seriesOf(long accountId, LocalDate from, LocalDate to) {
        Account account = account(accountId);
        List<KpiDefinition> list = kpis.kpisOf(accountId);
        ComputedKpis computed = list.stream().anyMatch(ComputedKpis::computable) ? new ComputedKpis(portfolio) : null;
        BigDecimal tolerance = kpis.atRiskPercent();
        List<KpiSeries> result = new ArrayList<>();
        for (KpiDefinition kpi : list) {
            result.add(series(account, kpi, from, to, computed, tolerance));
        }
        return result;
    }

    /**
     * The KPI portfolio for a range of periods: every designated key account × its KPIs (one row
     * without a series when it has none), flagged when it has no active plan; and the KPIs of
     * accounts with an active plan that are not designated key, flagged as such. By account name.
     */
    public List<KpiOverviewRow> overview(LocalDate from, LocalDate to) {
        Set<Long> key = designatedKey.ids();
        Set<Long> active = plans.allPlans().stream().filter(p -> p.status() == PlanStatus.ACTIVE)
                .map(AccountPlan::accountId).collect(Collectors.toSet());
        List<Account> shown = accounts.findAll().stream().filter(a -> key.contains(a.id()) || active.contains(a.id()))
                .sorted(Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<Long, List<KpiDefinition>> kpisByAccount = kpis.allKpis().stream()
                .collect(Collectors.groupingBy(KpiDefinition::accountId));
        ComputedKpis computed = shown.stream().flatMap(a -> kpisByAccount.getOrDefault(a.id(), List.of()).stream())
                .anyMatch(ComputedKpis::computable) ? new ComputedKpis(portfolio) : null;
        BigDecimal tolerance = kpis.atRiskPercent();
        List<KpiOverviewRow> rows = new ArrayList<>();
        for (Account account : shown) {
            boolean isKey = key.contains(account.id());
            boolean hasPlan = active.contains(account.id());
            List<KpiDefinition> list = kpisByAccount.getOrDefault(account.id(), List.of());
            if (list.isEmpty() && isKey) {
                rows.add(new KpiOverviewRow(account, null, true, hasPlan));
            }
            for (KpiDefinition kpi : list) {
                rows.add(new KpiOverviewRow(account, series(account, kpi, from, to, computed, tolerance), isKey,
                        hasPlan));
            }
        }
        return rows;
    }

    public BigDecimal atRiskPercent() {
        return kpis.atRiskPercent();
    }

    public void setAtRiskPercent(BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(MAX_TOLERANCE) > 0) {
            throw new UserInputException("kpi.atRiskRange");
        }
        kpis.saveAtRiskPercent(percent.stripTrailingZeros());
    }

    public Map<Integer, BigDecimal> clientSpend(long accountId) {
        return kpis.clientSpend(accountId);
    }

    /** Sets the client's estimated spend of a year (reporting currency); null removes it. */
    public void setClientSpend(long accountId, int year, BigDecimal amount) {
        if (amount != null && amount.signum() <= 0) {
            throw new UserInputException("kpi.spendPositive");
        }
        kpis.saveClientSpend(accountId, year, amount);
    }

    private KpiSeries series(Account account, KpiDefinition kpi, LocalDate from, LocalDate to, ComputedKpis computed,
                             BigDecimal tolerance) {
        Map<KpiPeriod, KpiEntry> stored = new TreeMap<>();
        kpis.entries(kpi.id()).forEach(e -> stored.put(e.period(), e));
        Map<Integer, BigDecimal> spend = kpi.source() == KpiSource.SHARE_OF_WALLET ? kpis.clientSpend(account.id())
                : Map.of();
        List<KpiPoint> points = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (KpiPeriod p : KpiPeriod.between(kpi.frequency(), from, to)) {
            KpiEntry e = stored.get(p);
            BigDecimal target = e == null ? null : e.target();
            BigDecimal actual = kpi.source().computed() ? computed.value(kpi, account, p, spend, notes)
                    : e == null ? null : e.actual();
            points.add(new KpiPoint(p, target, actual, e == null ? null : e.comment(),
                    KpiStatusRule.status(kpi.direction(), actual, target, tolerance)));
        }
        return new KpiSeries(kpi, points, new ArrayList<>(notes));
    }

    private KpiDefinition kpi(long id) {
        return kpis.kpi(id).orElseThrow(() -> new UserInputException("kpi.missing", String.valueOf(id)));
    }

    private Account account(long accountId) {
        return accounts.findAll().stream().filter(a -> a.id() == accountId).findFirst()
                .orElseThrow(() -> new UserInputException("account.missing", String.valueOf(accountId)));
    }
}
