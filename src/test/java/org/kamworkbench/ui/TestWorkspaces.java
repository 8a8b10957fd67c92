package org.kamworkbench.ui;

import org.kamworkbench.io.DiskFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.kamworkbench.service.account.Account360Services;
import org.kamworkbench.service.account.AccountPageService;
import org.kamworkbench.service.account.EditHistory;
import org.kamworkbench.service.account.MemoryPeople;
import org.kamworkbench.service.account.MemoryPersonalData;
import org.kamworkbench.service.privacy.PrivacyService;
import org.kamworkbench.service.account.StakeholderService;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.MemoryKeyAccounts;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.service.team.PeopleService;
import org.kamworkbench.service.team.TeamService;
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
        return services(name, file, ws, new MemoryKeyAccounts(), closer);
    }

    /** The same, with the key-account repositories given. */
    public static WorkspaceServices services(String name, Path file, InMemoryWorkspace ws, MemoryKeyAccounts keys,
                                             Runnable closer) {
        return new WorkspaceServices(name, org.kamworkbench.service.workspace.WorkspaceLocation.of(file), new StatusService(ws, ws, ws, ws), new AccountService(ws, ws, ws, ws),
                null, new SettingsService(ws, ws), new DemoPortfolioService(ws, ws, ws, ws),
                new PortfolioService(ws, ws, ws, ws), keyAccounts(ws, keys), closer,
                account360(ws, new MemoryPeople(), keys), null, null, null, null, null, null, new DiskFiles(), null, null,
                org.kamworkbench.service.edit.CurrentUser.systemUser());
    }

    /** The key-account service over memory, with today's date. */
    public static KeyAccountServices keyAccounts(InMemoryWorkspace ws, MemoryKeyAccounts keys) {
        return KeyAccountServices.of(keys, keys, keys, keys, new PortfolioService(ws, ws, ws, ws), ws, ws, null,
                Clock.systemDefaultZone(), org.kamworkbench.service.edit.MemoryVersions.guard("Test user", Clock.systemDefaultZone()));
    }

    /** Account 360 over the in-memory workspace and people, with no account designated key. */
    public static Account360Services account360(InMemoryWorkspace ws, MemoryPeople people) {
        return account360(ws, people, new MemoryKeyAccounts());
    }

    /** Account 360 over the in-memory workspace and people; key accounts are the ones designated in {@code keys}. */
    public static Account360Services account360(InMemoryWorkspace ws, MemoryPeople people, MemoryKeyAccounts keys) {
        EditHistory history = new EditHistory();
        AccountService accounts = new AccountService(ws, ws, ws, ws);
        return new Account360Services(new AccountPageService(ws, people.profiles, people.teams, people.colleagues,
                accounts, new PortfolioService(ws, ws, ws, ws), history,
                org.kamworkbench.service.edit.MemoryVersions.guard("Test user", Clock.systemDefaultZone())),
                new StakeholderService(people.stakeholders, ws, people.colleagues, people.profiles, history,
                        Clock.systemDefaultZone(), org.kamworkbench.service.edit.MemoryVersions.guard("Test user", Clock.systemDefaultZone())),
                new TeamService(people.teams, people.colleagues, ws, people.profiles, accounts, Clock.systemDefaultZone(),
                        keyAccounts(ws, keys).designations()::designatedKeyAccounts),
                new PeopleService(people.colleagues), history, new PrivacyService(new MemoryPersonalData(people)));
    }
}
