package org.kamworkbench.app;

import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import java.util.function.Consumer;
import org.kamworkbench.io.DiskFiles;
import org.kamworkbench.io.TableFileReader;
import org.kamworkbench.io.archive.KamxArchives;
import org.kamworkbench.service.archive.WorkspaceArchiveService;
import org.kamworkbench.io.export.FileTableExporter;
import org.kamworkbench.service.export.ExportService;
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
import org.kamworkbench.service.demo.DemoStory;
import org.kamworkbench.service.plan.PlanOverviewService;
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
import org.kamworkbench.store.PasswordChange;
import org.kamworkbench.store.PersonalDataStore;
import org.kamworkbench.service.privacy.PrivacyService;
import org.kamworkbench.service.workspace.WorkspacePasswords;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.AccountTeamStore;
import org.kamworkbench.store.ColleagueStore;
import org.kamworkbench.store.CriteriaStore;
import org.kamworkbench.store.DesignationStore;
import org.kamworkbench.store.EmptyWorkspaceTemplate;
import org.kamworkbench.store.EffortStore;
import org.kamworkbench.store.FilledCreation;
import org.kamworkbench.store.HolderNote;
import org.kamworkbench.store.TableDump;
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
    private final HolderNote.Kind holder;

    /** For the command line, with the system clock (looked up when a workspace opens: loading the time zones takes a while). */
    public WorkspaceWiring(Path home) {
        this(home, null, HolderNote.Kind.COMMAND_LINE);
    }

    /**
     * For {@code holder}: what a process refused by a workspace this one has open is told holds it
     * (see {@link HolderNote}).
     */
    public WorkspaceWiring(Path home, HolderNote.Kind holder) {
        this(home, null, holder);
    }

    /** With a fixed clock, for tests of what is overdue. */
    public WorkspaceWiring(Path home, Clock clock) {
        this(home, clock, HolderNote.Kind.COMMAND_LINE);
    }

    private WorkspaceWiring(Path home, Clock clock, HolderNote.Kind holder) {
        this.home = home;
        this.clock = clock;
        this.holder = holder;
    }

    @Override
    public WorkspaceServices open(Path path) {
        return wire(Workspace.open(path, null, new EmptyWorkspaceTemplate(home.resolve(".cache").resolve("kam-workbench"))));
    }

    @Override
    public WorkspaceServices openForReading(Path path) {
        return wire(Workspace.openForReading(path, null));
    }

    @Override
    public WorkspaceServices open(Path path, char[] password) {
        return wire(Workspace.open(path, password));
    }

    @Override
    public WorkspaceServices openForReading(Path path, char[] password) {
        return wire(Workspace.openForReading(path, password));
    }

    @Override
    public WorkspaceBackups backups(char[] password) {
        return new BackupCatalog(password);
    }

    @Override
    public WorkspacePasswords passwords() {
        return new PasswordChange();
    }

    private WorkspaceServices wire(Workspace workspace) {
        workspace.noteHolder(holder);
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
        RatingStore ratings = new RatingStore(jdbi);
        EffortStore efforts = new EffortStore(jdbi);
        KeyAccountService keyAccounts = new KeyAccountService(new CriteriaStore(jdbi), ratings,
                new DesignationStore(jdbi), efforts, portfolio, rates, settings, tables, clock);
        KpiService kpiService = new KpiService(kpis, accounts, plans, portfolio, keyAccounts::designatedKeyAccounts);
        Account360Services a360 = account360(jdbi, accounts, stakeholders, colleagues, accountService, portfolio,
                interactions, clock, keyAccounts::designatedKeyAccounts);
        PlanService planService = new PlanService(plans, accounts, colleagues, stakeholders, clock);
        InteractionService interactionService = new InteractionService(interactions, plans);
        DemoStory story = new DemoStory(keyAccounts, ratings, efforts, a360.people(), a360.teams(), a360.stakeholders(), planService,
                kpiService, interactionService);
        PreparedByStore preparedBy = new PreparedByStore(jdbi);
        ReportCovers covers = new ReportCovers(workspace.displayName(), preparedBy, clock);
        ReportService reports = new ReportService(
                new PlanReportService(planService, kpiService, interactionService, a360, keyAccounts, portfolio,
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
                new DemoPortfolioService(accounts, revenue, rates, settings, story),
                portfolio,
                keyAccounts,
                workspace::close,
                a360,
                planService,
                kpiService,
                new KpiImportService(tables, kpis, accounts),
                interactionService,
                new WorkspaceArchiveService(new TableDump(jdbi), revenue, settings, new KamxArchives(), appVersion(),
                        clock),
                new ExportService(new FileTableExporter(), accounts, portfolio, keyAccounts, planService, kpis,
                        a360.stakeholders(), a360.teams(), colleagues),
                new DiskFiles(),
                new PlanOverviewService(plans, accounts, colleagues, new AccountTeamStore(jdbi),
                        keyAccounts::designatedKeyAccounts, kpiService, clock),
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
                history,
                new PrivacyService(new PersonalDataStore(jdbi)));
    }

    @Override
    public void createWith(Path path, Consumer<WorkspaceServices> fill) {
        createWith(path, null, fill);
    }

    @Override
    public void createWith(Path path, char[] password, Consumer<WorkspaceServices> fill) {
        FilledCreation.create(path, password, workspace -> fill.accept(wire(workspace)));
    }

    private static String appVersion() {
        String version = WorkspaceWiring.class.getPackage().getImplementationVersion();
        return version != null ? version : "development build";
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
    public void deleteCreated(Path file) throws java.io.IOException {
        java.nio.file.Files.deleteIfExists(file);
    }

    @Override
    public Path defaultWorkspace() {
        return home.resolve("KAM Workbench").resolve("default" + Workspace.FILE_SUFFIX);
    }
}
