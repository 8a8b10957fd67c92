package org.kamworkbench.app;

import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.io.TableFileReader;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.imports.FileImportService;
import org.kamworkbench.service.interaction.InteractionService;
import org.kamworkbench.service.kpi.KpiImportService;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.service.workspace.StatusService;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.ColleagueStore;
import org.kamworkbench.store.InteractionStore;
import org.kamworkbench.store.KpiStore;
import org.kamworkbench.store.PlanStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.SettingsStore;
import org.kamworkbench.store.StakeholderStore;
import org.kamworkbench.store.Workspace;

/** The composition root: opens a workspace and wires store → services. */
public final class WorkspaceWiring implements WorkspaceOpener {
    private final Path home;
    private final Clock clock;

    public WorkspaceWiring(Path home) {
        this(home, Clock.systemDefaultZone());
    }

    /** With a fixed clock, for tests of what is overdue. */
    public WorkspaceWiring(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
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
        PlanStore plans = new PlanStore(jdbi);
        KpiStore kpis = new KpiStore(jdbi);
        return new WorkspaceServices(
                workspace.displayName(),
                workspace.file(),
                new StatusService(accounts, revenue, rates, settings),
                new AccountService(accounts, revenue, rates, settings),
                new FileImportService(new TableFileReader(), accounts, revenue, rates, settings),
                new SettingsService(settings, rates),
                new DemoPortfolioService(accounts, revenue, rates, settings),
                portfolio,
                workspace::close,
                new PlanService(plans, accounts, new ColleagueStore(jdbi), new StakeholderStore(jdbi), clock),
                new KpiService(kpis, accounts, plans, portfolio),
                new KpiImportService(new TableFileReader(), kpis, accounts),
                new InteractionService(new InteractionStore(jdbi), plans));
    }

    @Override
    public Path defaultWorkspace() {
        return home.resolve("KAM Workbench").resolve("default" + Workspace.FILE_SUFFIX);
    }
}
