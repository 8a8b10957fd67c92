package org.kamworkbench.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.service.account.Account360Services;
import org.kamworkbench.service.account.MemoryPeople;
import org.kamworkbench.service.criteria.MemoryKeyAccounts;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.team.TeamMatrix;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/** The team matrix screen's model without a toolkit: key accounts are the designated ones. */
class TeamMatrixViewModelTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final MemoryPeople people = new MemoryPeople();
    private final MemoryKeyAccounts keys = new MemoryKeyAccounts();
    private final Account360Services services = TestWorkspaces.account360(ws, people, keys);

    @Test
    void theSummaryCountsDesignatedKeyAccountsAndShowsLedOnesApart() {
        ws.saveAll(List.of(account("K1", "Key One"), account("K2", "Key Two"), account("N1", "Not Key")), List.of());
        Colleague anna = people.colleagues.save(new Colleague(0, "Anna", "Key account manager", null, List.of(),
                List.of(), 1, Map.of()));
        keys.add(new Designation(id("K1"), DesignationStatus.KEY, "Strategic", LocalDate.of(2026, 1, 5), "Test"));
        keys.add(new Designation(id("K2"), DesignationStatus.KEY, "Strategic", LocalDate.of(2026, 1, 5), "Test"));
        keys.add(new Designation(id("N1"), DesignationStatus.MAINTAIN, "Small", LocalDate.of(2026, 1, 5), "Test"));
        services.teams().assignLead(id("K1"), anna.id());
        services.teams().assignLead(id("N1"), anna.id());

        TeamMatrixViewModel model = new TeamMatrixViewModel(services.teams(), Background.DIRECT,
                TestWorkspaces.english());
        model.load();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.summaryProperty().get())
                .isEqualTo("2 designated key accounts, 1 people, 1 overloaded, 2 without a team, "
                        + "1 led but not designated key");
        TeamMatrix m = model.matrixProperty().get();
        assertThat(m.keyAccounts()).extracting(Account::externalId).containsExactly("K1", "K2");
        assertThat(m.ledNotKey()).extracting(Account::externalId).containsExactly("N1");
        assertThat(m.workloads().get(anna.id()).keyAccountsLed()).isEqualTo(1);
    }

    private long id(String externalId) {
        return ws.findByExternalId(externalId).orElseThrow().id();
    }

    private static Account account(String id, String name) {
        return new Account(0, id, name, null, "IT", null, null, null, null, "EUR", null, null, null, null);
    }
}
