package org.kamworkbench.app;

import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.io.TableFileReader;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.criteria.KeyAccountService;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.imports.FileImportService;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.service.workspace.StatusService;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.CriteriaStore;
import org.kamworkbench.store.DesignationStore;
import org.kamworkbench.store.EffortStore;
import org.kamworkbench.store.RatingStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.SettingsStore;
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
        PortfolioService portfolio = new PortfolioService(accounts, revenue, rates, settings);
        TableFileReader tables = new TableFileReader();
        return new WorkspaceServices(
                workspace.displayName(),
                workspace.file(),
                new StatusService(accounts, revenue, rates, settings),
                new AccountService(accounts, revenue, rates, settings),
                new FileImportService(tables, accounts, revenue, rates, settings),
                new SettingsService(settings, rates),
                new DemoPortfolioService(accounts, revenue, rates, settings),
                portfolio,
                new KeyAccountService(new CriteriaStore(jdbi), new RatingStore(jdbi), new DesignationStore(jdbi),
                        new EffortStore(jdbi), portfolio, rates, settings, tables, Clock.systemDefaultZone()),
                workspace::close);
    }

    @Override
    public Path defaultWorkspace() {
        return home.resolve("KAM Workbench").resolve("default" + Workspace.FILE_SUFFIX);
    }
}
