package org.kamworkbench.app;

import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.io.TableFileReader;
import org.kamworkbench.service.account.Account360Services;
import org.kamworkbench.service.account.AccountPageService;
import org.kamworkbench.service.account.EditHistory;
import org.kamworkbench.service.account.StakeholderService;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.criteria.KeyAccountService;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.imports.FileImportService;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.service.team.PeopleService;
import org.kamworkbench.service.team.TeamService;
import org.kamworkbench.service.workspace.StatusService;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.store.AccountProfileStore;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.CriteriaStore;
import org.kamworkbench.store.DesignationStore;
import org.kamworkbench.store.EffortStore;
import org.kamworkbench.store.RatingStore;
import org.kamworkbench.store.AccountTeamStore;
import org.kamworkbench.store.ColleagueStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.SettingsStore;
import org.kamworkbench.store.StakeholderStore;
import org.kamworkbench.store.Workspace;

/** The composition root: opens a workspace and wires store → services. */
public final class WorkspaceWiring implements WorkspaceOpener {
    private final Path home;

    public WorkspaceWiring(Path home) {
        this.home = home;
    }

    @Override
    public WorkspaceServices open(Path path) {
        Workspace workspace = Workspace.open(path, null);
        Jdbi jdbi = workspace.jdbi();
        AccountStore accounts = new AccountStore(jdbi);
        RevenueStore revenue = new RevenueStore(jdbi);
        RatesStore rates = new RatesStore(jdbi);
        SettingsStore settings = new SettingsStore(jdbi);
        StakeholderStore stakeholders = new StakeholderStore(jdbi);
        AccountService accountService = new AccountService(accounts, revenue, rates, settings);
        PortfolioService portfolio = new PortfolioService(accounts, revenue, rates, settings);
        TableFileReader tables = new TableFileReader();
        return new WorkspaceServices(
                workspace.displayName(),
                workspace.file(),
                new StatusService(accounts, revenue, rates, settings),
                accountService,
                new FileImportService(tables, accounts, revenue, rates, settings, stakeholders),
                new SettingsService(settings, rates),
                new DemoPortfolioService(accounts, revenue, rates, settings),
                portfolio,
                new KeyAccountService(new CriteriaStore(jdbi), new RatingStore(jdbi), new DesignationStore(jdbi),
                        new EffortStore(jdbi), portfolio, rates, settings, tables, Clock.systemDefaultZone()),
                workspace::close,
                account360(jdbi, accounts, stakeholders, accountService, portfolio));
    }

    private static Account360Services account360(Jdbi jdbi, AccountStore accounts, StakeholderStore stakeholders,
                                                 AccountService accountService, PortfolioService portfolio) {
        ColleagueStore colleagues = new ColleagueStore(jdbi);
        AccountTeamStore teams = new AccountTeamStore(jdbi);
        AccountProfileStore profiles = new AccountProfileStore(jdbi);
        EditHistory history = new EditHistory();
        Clock clock = Clock.systemDefaultZone();
        return new Account360Services(
                new AccountPageService(accounts, profiles, teams, colleagues, accountService, portfolio, history),
                new StakeholderService(stakeholders, accounts, colleagues, profiles, history, clock),
                new TeamService(teams, colleagues, accounts, profiles, accountService, clock),
                new PeopleService(colleagues),
                history);
    }

    @Override
    public Path defaultWorkspace() {
        return home.resolve("KAM Workbench").resolve("default" + Workspace.FILE_SUFFIX);
    }
}
