package org.kamworkbench.service.plan;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.interaction.InteractionService;
import org.kamworkbench.service.kpi.KpiImportService;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.io.TableFileReader;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.AccountTeamStore;
import org.kamworkbench.store.ColleagueStore;
import org.kamworkbench.store.CriteriaStore;
import org.kamworkbench.store.DesignationStore;
import org.kamworkbench.store.EffortStore;
import org.kamworkbench.store.InteractionStore;
import org.kamworkbench.store.KpiStore;
import org.kamworkbench.store.PlanStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RatingStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.SettingsStore;
import org.kamworkbench.store.StakeholderStore;
import org.kamworkbench.store.TestDatabase;
import org.kamworkbench.store.Workspace;
import org.kamworkbench.store.JdbiUnitOfWork;
import org.kamworkbench.store.VersionStore;
import org.kamworkbench.service.edit.CurrentUser;
import org.kamworkbench.service.edit.EditGuard;

/**
 * The plan, KPI and interaction services on a real database (an H2 workspace in a temporary folder, or PostgreSQL) (their stores
 * are thin SQL; testing through them checks both), with a fixed clock.
 */
public final class PlanWorkspace implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    public final TestDatabase workspace;
    public final AccountStore accounts;
    public final RevenueStore revenue;
    public final RatesStore rates;
    public final ColleagueStore colleagues;
    public final StakeholderStore stakeholders;
    public final PortfolioService portfolio;
    public final PlanService plans;
    public final KpiService kpis;
    public final KpiImportService kpiImport;
    public final InteractionService interactions;
    /** The designations (issue 4): the KPI portfolio's key accounts are the ones designated key here. */
    public final KeyAccountServices keyAccounts;
    public final AccountTeamStore teams;
    public final PlanOverviewService overview;
    /** Who saves through {@link #plans}. */
    public final CurrentUser user = new CurrentUser("Anna Keller");
    private final PlanStore planStore;
    /** The fixed clock and the version guard {@link #plans} runs on, for the tests of its parts. */
    final Clock clock;
    final EditGuard edits;

    /** On H2. */
    public PlanWorkspace(Path dir) {
        this(dir, TestDatabase.Kind.H2);
    }

    public PlanWorkspace(Path dir, TestDatabase.Kind kind) {
        workspace = TestDatabase.create(kind, dir);
        var jdbi = workspace.jdbi();
        accounts = new AccountStore(jdbi);
        revenue = new RevenueStore(jdbi);
        rates = new RatesStore(jdbi);
        colleagues = new ColleagueStore(jdbi);
        stakeholders = new StakeholderStore(jdbi);
        SettingsStore settings = new SettingsStore(jdbi);
        portfolio = new PortfolioService(accounts, revenue, rates, settings);
        planStore = new PlanStore(jdbi);
        KpiStore kpiStore = new KpiStore(jdbi);
        clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        edits = new EditGuard(new VersionStore(jdbi), new JdbiUnitOfWork(jdbi), user, clock);
        plans = new PlanService(planStore, accounts, colleagues, stakeholders, clock, edits);
        keyAccounts = KeyAccountServices.of(new CriteriaStore(jdbi), new RatingStore(jdbi), new DesignationStore(jdbi),
                new EffortStore(jdbi), portfolio, rates, settings, null, clock, edits);
        kpis = new KpiService(kpiStore, accounts, planStore, portfolio,
                keyAccounts.designations()::designatedKeyAccounts, edits);
        kpiImport = new KpiImportService(new TableFileReader(), kpiStore, accounts, edits);
        interactions = new InteractionService(new InteractionStore(jdbi), planStore, user, edits);
        teams = new AccountTeamStore(jdbi);
        overview = new PlanOverviewService(planStore, accounts, colleagues, teams,
                keyAccounts.designations()::designatedKeyAccounts,
                kpis, clock);
    }

    /** The plan store {@link #plans} runs on. */
    PlanStore planStore() {
        return planStore;
    }

    /** The reads the parts of {@link #plans} share, on the same stores. */
    PlanLookup lookup() {
        return new PlanLookup(planStore, accounts, colleagues, stakeholders);
    }

    /** Stores an account and returns it with its id. */
    public Account account(String externalId, String name, String currency) {
        accounts.saveAll(List.of(new Account(0, externalId, name, null, "DE", null, null, null, null, currency, null,
                null, null, null)), List.of());
        return accounts.findAll().stream().filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    /** Adds revenue of one month in the account's currency. */
    public void revenue(Account account, int year, int month, String amount) {
        long e4 = new BigDecimal(amount).movePointRight(4).longValueExact();
        revenue.write(List.of(new RevenueCell(account.id(), account.currency(), year, month, e4, 1)),
                Set.of(year * 100 + month), RevenueMode.ADD);
    }

    public void fx(String currency, int year, String rate) {
        rates.saveFxRates(List.of(new FxRate(currency, year, 0, new BigDecimal(rate))));
    }

    public void inflation(String scope, int year, String percent) {
        rates.saveInflationRates(List.of(new InflationRate(scope, year, new BigDecimal(percent))));
    }

    /** Designates the account key (or, with another status, no longer key), as the Key accounts screen does. */
    public void designate(Account account, DesignationStatus status) {
        keyAccounts.designations().designate(account.id(), status, "Decided in the test", "Test");
    }

    public Colleague colleague(String name) {
        return colleagues.save(new Colleague(0, name, null, null, List.of(), List.of(), null, Map.of()));
    }

    public Stakeholder stakeholder(Account account, String name) {
        return stakeholders.save(new Stakeholder(0, account.id(), name, null, null, null, null, null, null, null, null,
                null, null, null));
    }

    /** A second person on the same workspace: the plan service as {@code name} saves through it, at {@code clock}. */
    public PlanService plansAs(String name, Clock clock) {
        var jdbi = workspace.jdbi();
        return new PlanService(planStore, accounts, colleagues, stakeholders, clock,
                new EditGuard(new VersionStore(jdbi), new JdbiUnitOfWork(jdbi), new CurrentUser(name), clock));
    }

    /** A second person on the same workspace: the interaction log as {@code name} saves through it, at {@code clock}. */
    public InteractionService interactionsAs(String name, Clock clock) {
        var jdbi = workspace.jdbi();
        CurrentUser who = new CurrentUser(name);
        return new InteractionService(new InteractionStore(jdbi), planStore, who,
                new EditGuard(new VersionStore(jdbi), new JdbiUnitOfWork(jdbi), who, clock));
    }

    /** A second person on the same workspace: the KPI service as {@code name} saves through it, at {@code clock}. */
    public KpiService kpisAs(String name, Clock clock) {
        var jdbi = workspace.jdbi();
        EditGuard edits = new EditGuard(new VersionStore(jdbi), new JdbiUnitOfWork(jdbi), new CurrentUser(name), clock);
        return new KpiService(new KpiStore(jdbi), accounts, planStore, portfolio,
                keyAccounts.designations()::designatedKeyAccounts,
                edits);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
