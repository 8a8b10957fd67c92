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
import org.kamworkbench.service.criteria.KeyAccountServices;
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
import org.kamworkbench.store.ServerPasswords;
import org.kamworkbench.store.ServerWorkspace;
import org.kamworkbench.store.Workspace;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.TeamWorkspaceBackups;
import org.kamworkbench.service.workspace.TeamWorkspacePasswords;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;
import org.kamworkbench.store.VersionStore;
import org.kamworkbench.service.edit.CurrentUser;
import org.kamworkbench.service.edit.EditGuard;

/** The composition root: opens a workspace and wires store → services. */
public final class WorkspaceWiring implements WorkspaceOpener {
    private final Path home;
    private final Clock clock;
    /** Where a team workspace's password comes from when none is given (the process environment, or a test's). */
    private final java.util.function.UnaryOperator<String> environment;
    private final HolderNote.Kind holder;

    /** For the command line, with the system clock (looked up when a workspace opens: loading the time zones takes a while). */
    public WorkspaceWiring(Path home) {
        this(home, null, HolderNote.Kind.COMMAND_LINE, System::getenv);
    }

    /**
     * For {@code holder}: what a process refused by a workspace this one has open is told holds it
     * (see {@link HolderNote}).
     */
    public WorkspaceWiring(Path home, HolderNote.Kind holder) {
        this(home, null, holder, System::getenv);
    }

    /** With a fixed clock, for tests of what is overdue. */
    public WorkspaceWiring(Path home, Clock clock) {
        this(home, clock, HolderNote.Kind.COMMAND_LINE, System::getenv);
    }

    /** With the environment a team workspace's password may come from ({@link ServerPasswords}). */
    public WorkspaceWiring(Path home, Clock clock, java.util.function.UnaryOperator<String> environment) {
        this(home, clock, HolderNote.Kind.COMMAND_LINE, environment);
    }

    private WorkspaceWiring(Path home, Clock clock, HolderNote.Kind holder,
                            java.util.function.UnaryOperator<String> environment) {
        this.home = home;
        this.clock = clock;
        this.holder = holder;
        this.environment = environment;
    }

    @Override
    public WorkspaceServices open(WorkspaceLocation location) {
        if (location instanceof WorkspaceLocation.OnDisk disk) {
            return wire(Workspace.open(disk.path(), null,
                    new EmptyWorkspaceTemplate(home.resolve(".cache").resolve("kam-workbench"))));
        }
        return openServer(location.server().orElseThrow(), null);
    }

    @Override
    public WorkspaceServices openForReading(WorkspaceLocation location) {
        return openForReading(location, null);
    }

    @Override
    public WorkspaceServices open(WorkspaceLocation location, char[] password) {
        if (location instanceof WorkspaceLocation.OnDisk disk) {
            return wire(Workspace.open(disk.path(), password));
        }
        return openServer(location.server().orElseThrow(), password);
    }

    @Override
    public WorkspaceServices openForReading(WorkspaceLocation location, char[] password) {
        if (location instanceof WorkspaceLocation.OnDisk disk) {
            return wire(Workspace.openForReading(disk.path(), password));
        }
        return openServer(location.server().orElseThrow(), password);
    }

    /**
     * A team workspace on a server (it has no read-only mode: reading takes no file lock there). Without a
     * password given, the environment or ~/.pgpass gives it, else the caller is asked for it.
     */
    private WorkspaceServices openServer(ServerAddress address, char[] given) {
        char[] password = given != null ? given : new ServerPasswords(environment, home).find(address).orElse(null);
        return wire(ServerWorkspace.open(address, password));
    }

    @Override
    public boolean needsPassword(WorkspaceLocation location) {
        return location.server().map(a -> new ServerPasswords(environment, home).find(a).isEmpty()).orElse(false);
    }

    @Override
    public WorkspaceBackups backups(char[] password) {
        return new TeamWorkspaceBackups(new BackupCatalog(password));
    }

    @Override
    public WorkspacePasswords passwords() {
        return new TeamWorkspacePasswords(new PasswordChange());
    }

    private WorkspaceServices wire(Workspace workspace) {
        workspace.noteHolder(holder);
        return wire(workspace.jdbi(), workspace.displayName(), WorkspaceLocation.of(workspace.file()),
                workspace::backUpBeforeImport, workspace::close);
    }

    /** A team workspace takes no backups of its own before an import: the server's administrator backs it up. */
    private WorkspaceServices wire(ServerWorkspace workspace) {
        return wire(workspace.jdbi(), workspace.displayName(), WorkspaceLocation.of(workspace.address()), () -> { },
                workspace::close);
    }

    /**
     * The services on an open database, H2 or PostgreSQL: {@code name} is shown to the user, {@code location}
     * is where it lives (a file, or the server's database), {@code backUpBeforeImport} runs before every
     * import and {@code close} when the services are closed.
     */
    WorkspaceServices wire(Jdbi jdbi, String name, WorkspaceLocation location, Runnable backUpBeforeImport,
                           Runnable close) {
        Clock clock = this.clock != null ? this.clock : Clock.systemDefaultZone();
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
        CurrentUser editor = CurrentUser.systemUser();
        EditGuard edits = new EditGuard(new VersionStore(jdbi), new JdbiUnitOfWork(jdbi), editor, clock);
        KeyAccountServices keyAccounts = KeyAccountServices.of(new CriteriaStore(jdbi), ratings,
                new DesignationStore(jdbi), efforts, portfolio, rates, settings, tables, clock, edits);
        DesignatedKeyAccounts designatedKey = keyAccounts.designations()::designatedKeyAccounts;
        KpiService kpiService = new KpiService(kpis, accounts, plans, portfolio, designatedKey, edits);
        Account360Services a360 = account360(jdbi, accounts, stakeholders, colleagues, accountService, portfolio,
                interactions, clock, designatedKey, edits);
        PlanService planService = new PlanService(plans, accounts, colleagues, stakeholders, clock, edits);
        InteractionService interactionService = new InteractionService(interactions, plans, editor, edits);
        DemoStory story = new DemoStory(keyAccounts, ratings, efforts, a360.people(), a360.teams(), a360.stakeholders(), planService,
                kpiService, interactionService);
        PreparedByStore preparedBy = new PreparedByStore(jdbi);
        ReportCovers covers = new ReportCovers(name, preparedBy, clock);
        ReportService reports = new ReportService(
                new PlanReportService(planService, kpiService, interactionService, a360, keyAccounts, portfolio,
                        covers),
                new PortfolioReviewService(portfolio, keyAccounts, kpiService, covers),
                new HtmlPdfReportWriter(), preparedBy, new ImageLogoFiles());
        return new WorkspaceServices(
                name,
                location,
                new StatusService(accounts, revenue, rates, settings),
                accountService,
                new BackedUpImports(new FileImportService(tables, accounts, revenue, rates, settings, stakeholders,
                        new JdbiUnitOfWork(jdbi), edits::bulk), backUpBeforeImport),
                new SettingsService(settings, rates),
                new DemoPortfolioService(accounts, revenue, rates, settings, story, new JdbiUnitOfWork(jdbi)),
                portfolio,
                keyAccounts,
                close,
                a360,
                planService,
                kpiService,
                new KpiImportService(tables, kpis, accounts, edits),
                interactionService,
                new WorkspaceArchiveService(new TableDump(jdbi), revenue, settings, new KamxArchives(), appVersion(),
                        clock),
                new ExportService(new FileTableExporter(), accounts, portfolio, keyAccounts, planService, kpis,
                        a360.stakeholders(), a360.teams(), colleagues),
                new DiskFiles(),
                new PlanOverviewService(plans, accounts, colleagues, new AccountTeamStore(jdbi),
                        designatedKey, kpiService, clock),
                reports,
                editor);
    }

    private Account360Services account360(Jdbi jdbi, AccountStore accounts, StakeholderStore stakeholders,
                                          ColleagueStore colleagues, AccountService accountService,
                                          PortfolioService portfolio, InteractionStore interactions, Clock clock,
                                          DesignatedKeyAccounts designatedKey, EditGuard edits) {
        AccountTeamStore teams = new AccountTeamStore(jdbi);
        AccountProfileStore profiles = new AccountProfileStore(jdbi);
        EditHistory history = new EditHistory();
        return new Account360Services(
                new AccountPageService(accounts, profiles, teams, colleagues, accountService, portfolio, history,
                        edits),
                new StakeholderService(stakeholders, accounts, colleagues, profiles, history, clock,
                        interactions::lastContactByStakeholder, edits),
                new TeamService(teams, colleagues, accounts, profiles, accountService, clock, designatedKey),
                new PeopleService(colleagues),
                history,
                new PrivacyService(new PersonalDataStore(jdbi)));
    }

    @Override
    public void createWith(WorkspaceLocation location, Consumer<WorkspaceServices> fill) {
        createWith(location, null, fill);
    }

    @Override
    public void createWith(WorkspaceLocation location, char[] password, Consumer<WorkspaceServices> fill) {
        if (location instanceof WorkspaceLocation.OnDisk disk) {
            FilledCreation.create(disk.path(), password, workspace -> fill.accept(wire(workspace)));
            return;
        }
        ServerAddress server = location.server().orElseThrow();
        // on a server the fill (an archive's load) is one transaction: it lands whole or not at all
        char[] serverPassword = password != null ? password
                : new ServerPasswords(environment, home).find(server).orElse(null);
        try (ServerWorkspace workspace = ServerWorkspace.open(server, serverPassword)) {
            if (workspace.holdsAccounts()) {
                throw new WorkspaceUnavailableException("The team workspace " + server.shortName()
                        + " already holds accounts: an archive is imported into an empty one. Nothing was changed.",
                        false, null);
            }
            fill.accept(wire(workspace));
        }
    }

    private static String appVersion() {
        String version = WorkspaceWiring.class.getPackage().getImplementationVersion();
        return version != null ? version : "development build";
    }

    @Override
    public WorkspaceBackups backups() {
        return new TeamWorkspaceBackups(new BackupCatalog());
    }

    @Override
    public boolean exists(WorkspaceLocation location) {
        // a team workspace is the server's to say: connecting tells whether the database is there
        return location.file().map(file -> java.nio.file.Files.exists(Workspace.databaseFile(file))).orElse(true);
    }

    @Override
    public void deleteCreated(WorkspaceLocation created) throws java.io.IOException {
        if (created.file().isPresent()) {
            Workspace.deleteUnused(created.file().get());
        }
    }

    @Override
    public WorkspaceLocation defaultWorkspace() {
        return WorkspaceLocation.of(home.resolve("KAM Workbench").resolve("default" + Workspace.FILE_SUFFIX));
    }
}
