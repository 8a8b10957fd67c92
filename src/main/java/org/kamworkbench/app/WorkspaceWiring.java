package org.kamworkbench.app;

import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.io.TableFileReader;
import org.kamworkbench.io.report.HtmlPdfReportWriter;
import org.kamworkbench.io.report.ImageLogoFiles;
import org.kamworkbench.service.account.Account360Services;
import org.kamworkbench.service.account.AccountPageService;
import org.kamworkbench.service.account.EditHistory;
import org.kamworkbench.service.account.StakeholderService;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.criteria.DesignatedKeyAccounts;
import org.kamworkbench.service.criteria.KeyAccountService;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.imports.BackedUpImports;
import org.kamworkbench.service.imports.FileImportService;
import org.kamworkbench.service.interaction.InteractionService;
import org.kamworkbench.service.kpi.KpiImportService;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.report.PlanReportService;
import org.kamworkbench.service.report.PortfolioReviewService;
import org.kamworkbench.service.report.ReportCovers;
import org.kamworkbench.service.report.ReportService;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.service.team.PeopleService;
import org.kamworkbench.service.team.TeamService;
import org.kamworkbench.service.workspace.StatusService;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.service.workspace.WorkspaceBackups;
import org.kamworkbench.store.AccountProfileStore;
import org.kamworkbench.store.BackupCatalog;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.AccountTeamStore;
import org.kamworkbench.store.ColleagueStore;
import org.kamworkbench.store.CriteriaStore;
import org.kamworkbench.store.DesignationStore;
import org.kamworkbench.store.EffortStore;
import org.kamworkbench.store.InteractionStore;
import org.kamworkbench.store.JdbiUnitOfWork;
import org.kamworkbench.store.KpiStore;
import org.kamworkbench.store.PlanStore;
import org.kamworkbench.store.PreparedByStore;
import org.kamworkbench.store.RatingStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.SettingsStore;
import org.kamworkbench.store.StakeholderStore;
import org.kamworkbench.store.Workspace;

/** The composition root: opens a workspace and wires store → services. */
public final class WorkspaceWiring implements WorkspaceOpener {
    private final Path home;
    private final Clock clock;

    /** With the system clock (looked up when a workspace opens: loading the time zones takes a while). */
    public WorkspaceWiring(Path home) {
        this(home, null);
    }

    /** With a fixed clock, for tests of what is overdue. */
    public WorkspaceWiring(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    @Override
    public WorkspaceServices open(Path path) {
        return wire(Workspace.open(path, null));
    }

    @Override
    public WorkspaceServices openForReading(Path path) {
        return wire(Workspace.openForReading(path, null));
    }

    private WorkspaceServices wire(Workspace workspace) {
        Clock clock = this.clock != null ? this.clock : Clock.systemDefaultZone();
        Jdbi jdbi = workspace.jdbi();
        AccountStore accounts = new AccountStore(jdbi);
        RevenueStore revenue = new RevenueStore(jdbi);
        RatesStore rates = new RatesStore(jdbi);
        SettingsStore settings = new SettingsStore(jdbi);
        StakeholderStore stakeholders = new StakeholderStore(jdbi);
        ColleagueStore colleagues = new ColleagueStore(jdbi);
        AccountService accountService = new AccountService(accounts, revenue, rates, settings);
        PortfolioService portfolio = new PortfolioService(accounts, revenue, rates, settings);
        TableFileReader tables = new TableFileReader();
        PlanStore plans = new PlanStore(jdbi);
        KpiStore kpis = new KpiStore(jdbi);
        InteractionStore interactions = new InteractionStore(jdbi);
        KeyAccountService keyAccounts = new KeyAccountService(new CriteriaStore(jdbi), new RatingStore(jdbi),
                new DesignationStore(jdbi), new EffortStore(jdbi), portfolio, rates, settings, tables, clock);
        PlanService planService = new PlanService(plans, accounts, colleagues, stakeholders, clock);
        KpiService kpiService = new KpiService(kpis, accounts, plans, portfolio, keyAccounts::designatedKeyAccounts);
        InteractionService interactionService = new InteractionService(interactions, plans);
        Account360Services account360 = account360(jdbi, accounts, stakeholders, colleagues, accountService, portfolio,
                interactions, clock, keyAccounts::designatedKeyAccounts);
        PreparedByStore preparedBy = new PreparedByStore(jdbi);
        ReportCovers covers = new ReportCovers(workspace.displayName(), preparedBy, clock);
        ReportService reports = new ReportService(
                new PlanReportService(planService, kpiService, interactionService, account360, keyAccounts, portfolio,
                        covers),
                new PortfolioReviewService(portfolio, keyAccounts, kpiService, covers),
                new HtmlPdfReportWriter(), preparedBy, new ImageLogoFiles());
        return new WorkspaceServices(
                workspace.displayName(),
                workspace.file(),
                new StatusService(accounts, revenue, rates, settings),
                accountService,
                new BackedUpImports(new FileImportService(tables, accounts, revenue, rates, settings, stakeholders,
                        new JdbiUnitOfWork(jdbi)), workspace::backUpBeforeImport),
                new SettingsService(settings, rates),
                new DemoPortfolioService(accounts, revenue, rates, settings),
                portfolio,
                keyAccounts,
                workspace::close,
                account360,
                planService,
                kpiService,
                new KpiImportService(tables, kpis, accounts),
                interactionService,
                reports);
    }

    private Account360Services account360(Jdbi jdbi, AccountStore accounts, StakeholderStore stakeholders,
                                          ColleagueStore colleagues, AccountService accountService,
                                          PortfolioService portfolio, InteractionStore interactions, Clock clock,
                                          DesignatedKeyAccounts designatedKey) {
        AccountTeamStore teams = new AccountTeamStore(jdbi);
        AccountProfileStore profiles = new AccountProfileStore(jdbi);
        EditHistory history = new EditHistory();
        return new Account360Services(
                new AccountPageService(accounts, profiles, teams, colleagues, accountService, portfolio, history),
                new StakeholderService(stakeholders, accounts, colleagues, profiles, history, clock,
                        interactions::lastContactByStakeholder),
                new TeamService(teams, colleagues, accounts, profiles, accountService, clock, designatedKey),
                new PeopleService(colleagues),
                history);
    }

    @Override
    public WorkspaceBackups backups() {
        return new BackupCatalog();
    }

    @Override
    public boolean exists(Path path) {
        return java.nio.file.Files.exists(Workspace.databaseFile(path));
    }

    @Override
    public Path defaultWorkspace() {
        return home.resolve("KAM Workbench").resolve("default" + Workspace.FILE_SUFFIX);
    }
}
