package org.kamworkbench.ui;

import java.nio.file.Path;
import java.util.Locale;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.service.workspace.StatusService;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Texts;

/** Workspace services over memory, for view-model tests without a database or a toolkit. */
public final class TestWorkspaces {
    private TestWorkspaces() {
    }

    public static Texts english() {
        return Texts.forLocale(Locale.US);
    }

    public static WorkspaceServices services(String name, Path file, InMemoryWorkspace ws, Runnable closer) {
        return new WorkspaceServices(name, file, new StatusService(ws, ws, ws, ws), new AccountService(ws, ws, ws, ws),
                null, new SettingsService(ws, ws), new DemoPortfolioService(ws, ws, ws, ws),
                new PortfolioService(ws, ws, ws, ws), closer, null, null, null, null);
    }
}
