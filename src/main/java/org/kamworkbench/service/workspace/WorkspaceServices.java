package org.kamworkbench.service.workspace;

import org.kamworkbench.service.report.ReportService;
import org.kamworkbench.service.account.Account360Services;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.archive.WorkspaceArchiveService;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.edit.CurrentUser;
import org.kamworkbench.service.export.ExportService;
import org.kamworkbench.service.imports.ImportService;
import org.kamworkbench.service.interaction.InteractionService;
import org.kamworkbench.service.kpi.KpiImportService;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.plan.PlanOverviewService;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.service.port.LocalFiles;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.settings.SettingsService;

/**
 * The services of one open workspace, as the composition root wires them. Closing releases the
 * workspace (and its lock). {@code location} is where it is (a file, or a database on a server); {@code editor} is who saves: the author of versioned changes, actions and meetings.
 */
public record WorkspaceServices(
        String name,
        WorkspaceLocation location,
        StatusService status,
        AccountService accounts,
        ImportService imports,
        SettingsService settings,
        DemoPortfolioService demo,
        PortfolioService portfolio,
        KeyAccountServices keyAccounts,
        Runnable closer,
        Account360Services account360,
        PlanService plans,
        KpiService kpis,
        KpiImportService kpiImport,
        InteractionService interactions,
        WorkspaceArchiveService archive,
        ExportService exports,
        LocalFiles files,
        PlanOverviewService planOverview,
        ReportService reports,
        CurrentUser editor) implements AutoCloseable {

    @Override
    public void close() {
        closer.run();
    }
}
