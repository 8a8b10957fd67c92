package org.kamworkbench.service.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.MemoryKeyAccounts;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.team.TeamService;

/**
 * A small group in memory: Holding (H) with subsidiaries Alpha (A, itself parent of Alpha Sub, AS)
 * and Beta (B); Solo (S) stands alone. Revenue in EUR: H 100 (2025), A 50 + 10 (2024, 2025),
 * AS 5, B 20, S 1000. Today is 29 Nov 2026.
 */
public final class Account360Fixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    public final InMemoryWorkspace ws = new InMemoryWorkspace();
    public final MemoryPeople people = new MemoryPeople();
    public final EditHistory history = new EditHistory();
    public final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** Versions in memory, saved as "Test user". */
    public final org.kamworkbench.service.edit.EditGuard edits =
            org.kamworkbench.service.edit.MemoryVersions.guard("Test user", clock);
    public final AccountService accountService = new AccountService(ws, ws, ws, ws);
    public final AccountPageService pages;
    public final StakeholderService stakeholders;
    public final TeamService teams;
    /** The designations: {@link #designate} makes an account a key account for the team matrix. */
    public final MemoryKeyAccounts keys = new MemoryKeyAccounts();
    public final KeyAccountServices keyAccounts;

    public Account360Fixture() {
        ws.saveAll(List.of(account("H", "Holding", null, "Automotive"), account("A", "Alpha", "H", "Automotive"),
                account("AS", "Alpha Sub", "A", null), account("B", "Beta", "H", null),
                account("S", "Solo", null, "Retail")), List.of());
        cell("H", 2025, 100);
        cell("A", 2024, 50);
        cell("A", 2025, 10);
        cell("AS", 2025, 5);
        cell("B", 2025, 20);
        cell("S", 2025, 1000);
        pages = new AccountPageService(ws, people.profiles, people.teams, people.colleagues, accountService,
                new PortfolioService(ws, ws, ws, ws), history, edits);
        stakeholders = new StakeholderService(people.stakeholders, ws, people.colleagues, people.profiles, history,
                clock, edits);
        keyAccounts = KeyAccountServices.of(keys, keys, keys, keys, new PortfolioService(ws, ws, ws, ws), ws, ws,
                null, clock, edits);
        teams = new TeamService(people.teams, people.colleagues, ws, people.profiles, accountService, clock,
                keyAccounts.designations()::designatedKeyAccounts);
    }

    /** Designates the account key (or, with another status, no longer key), as the Key accounts screen does. */
    public void designate(String externalId, DesignationStatus status) {
        keyAccounts.designations().designate(id(externalId), status, "Decided in the test", "Test");
    }

    public long id(String externalId) {
        return ws.findByExternalId(externalId).orElseThrow().id();
    }

    private void cell(String externalId, int year, long euros) {
        ws.cells.add(new RevenueCell(id(externalId), "EUR", year, 6, euros * RevenueCell.SCALE, 1));
    }

    public static Account account(String id, String name, String parent, String industry) {
        return new Account(0, id, name, null, "IT", null, null, industry, null, "EUR", null, null, parent, null);
    }
}
