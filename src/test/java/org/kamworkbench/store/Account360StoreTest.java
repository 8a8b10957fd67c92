package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.domain.AccountTeamMember;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.LeadAssignment;
import org.kamworkbench.service.port.AccountProfileRepository;

@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class Account360StoreTest {
    @Parameter
    TestDatabase.Kind kind;
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    @TempDir
    Path dir;
    private TestDatabase ws;
    private AccountTeamStore teams;
    private AccountProfileStore profiles;
    private long accountId;
    private long anna;
    private long bruno;

    @BeforeEach
    void open() {
        ws = TestDatabase.create(kind, dir);
        teams = new AccountTeamStore(ws.jdbi());
        profiles = new AccountProfileStore(ws.jdbi());
        AccountStore accounts = new AccountStore(ws.jdbi());
        accounts.saveAll(List.of(new Account(0, "A1", "Acme", null, "IT", "EMEA", null, null, null, "EUR",
                null, null, null, null)), List.of());
        accountId = accounts.findByExternalId("A1").orElseThrow().id();
        ColleagueStore colleagues = new ColleagueStore(ws.jdbi());
        anna = colleagues.save(new Colleague(0, "Anna", "KAM", null, List.of(), List.of(), 3, Map.of())).id();
        bruno = colleagues.save(new Colleague(0, "Bruno", "KAM", null, List.of(), List.of(), 3, Map.of())).id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aNewLeadEndsThePreviousAssignmentAndKeepsThePreviousLeadOnTheTeam() {
        teams.saveMember(new AccountTeamMember(accountId, bruno, "Legal", false));
        teams.assignLead(accountId, anna, "Key account manager", MAY);
        teams.assignLead(accountId, bruno, "Key account manager", JUNE);

        assertThat(teams.findByAccount(accountId)).containsExactly(
                new AccountTeamMember(accountId, bruno, "Legal", true),
                new AccountTeamMember(accountId, anna, "Key account manager", false));
        assertThat(teams.leadHistory(accountId)).containsExactly(
                new LeadAssignment(accountId, anna, MAY, JUNE),
                new LeadAssignment(accountId, bruno, JUNE, null));
    }

    @Test
    void removingTheLeadClosesTheAssignment() {
        teams.assignLead(accountId, anna, "Key account manager", MAY);
        teams.removeMember(accountId, anna, JUNE);
        assertThat(teams.findAll()).isEmpty();
        assertThat(teams.leadHistory(accountId)).containsExactly(new LeadAssignment(accountId, anna, MAY, JUNE));
    }

    @Test
    void profilesAndTheStaleSettingRoundTrip() {
        assertThat(profiles.find(accountId)).isEmpty();
        assertThat(profiles.staleContactDays()).isEqualTo(AccountProfileRepository.DEFAULT_STALE_CONTACT_DAYS);
        AccountProfile p = new AccountProfile(accountId, List.of("de", "it"), List.of("Supply chain"), 4, "Group HQ");
        profiles.save(p);
        profiles.save(p);
        profiles.saveStaleContactDays(60);
        assertThat(profiles.find(accountId)).contains(p);
        assertThat(profiles.staleContactDays()).isEqualTo(60);
    }
}
