package org.kamworkbench.service.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Competency;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.LeadAssignment;
import org.kamworkbench.service.account.Account360Fixture;

class TeamServiceTest {
    private final Account360Fixture f = new Account360Fixture();
    private final long alpha = f.id("A");

    @Test
    void theBestManagerSpeaksTheLanguagesKnowsTheIndustryAndHasRoom() {
        f.people.profiles.save(new AccountProfile(alpha, List.of("German", "Italian"), List.of("Logistics"), 2, null));
        Colleague giulia = kam("Giulia", List.of("automotive", "Logistics"), List.of("Italian", "German"), 2, 4);
        Colleague hans = kam("Hans", List.of("Automotive"), List.of("German"), 5, 5);
        Colleague ines = kam("Ines", List.of("Retail"), List.of("Italian", "German"), 5, 5);
        Colleague full = kam("Full", List.of("Automotive", "Logistics"), List.of("Italian", "German"), 0, 5);

        List<ManagerFit> fits = f.teams.bestManagers(alpha);
        assertThat(fits).extracting(m -> m.colleague().name()).containsExactly("Giulia", "Hans", "Ines", "Full");
        // industry 25 + languages 25 + expertise 25 + competencies 25·(4-1)/4 = 93.75 of 100
        assertThat(fits.get(0).score()).isEqualTo(94);
        assertThat(fits.get(0).reasons()).extracting(FitReason::text)
                .contains("Knows the Automotive industry", "Speaks German, Italian", "Brings Logistics");
        assertThat(fits.get(1).reasons()).extracting(FitReason::text).contains("Does not speak Italian", "Lacks Logistics");
        assertThat(fits.get(3).available()).isFalse();
        assertThat(fits.get(3).score()).isEqualTo(100);
        assertThat(List.of(giulia, hans, ines, full)).hasSize(4);
    }

    @Test
    void complexAccountsWeighStrategyAndLeadership() {
        f.people.profiles.save(new AccountProfile(alpha, List.of(), List.of(), 5, null));
        kam("Steady", List.of("Automotive"), List.of(), 5, 3);
        f.people.colleagues.save(new Colleague(0, "Strategist", "KAM", null, List.of("Automotive"), List.of(), 5,
                Map.of(Competency.STRATEGIC_THINKING, 5, Competency.CROSS_FUNCTIONAL_LEADERSHIP, 5)));
        assertThat(f.teams.bestManagers(alpha)).extracting(m -> m.colleague().name())
                .containsExactly("Strategist", "Steady");
    }

    @Test
    void assigningALeadIsRecordedWithItsDateButOnlyTheDesignationMakesAKeyAccount() {
        Colleague giulia = kam("Giulia", List.of(), List.of(), 1, 4);
        Colleague hans = kam("Hans", List.of(), List.of(), 3, 4);
        f.teams.assignLead(alpha, giulia.id());
        assertThat(f.teams.leadHistory(alpha)).containsExactly(
                new LeadAssignment(alpha, giulia.id(), Account360Fixture.TODAY, null));
        assertThat(f.teams.team(alpha)).extracting(TeamMember::role).containsExactly(TeamService.LEAD_ROLE);

        // led but not designated key: shown apart, and the lead assignment counts against capacity
        TeamMatrix matrix = f.teams.matrix();
        assertThat(matrix.keyAccounts()).isEmpty();
        assertThat(matrix.withoutTeam()).isEmpty();
        assertThat(matrix.ledNotKey()).extracting(Account::externalId).containsExactly("A");
        assertThat(matrix.lead(alpha)).isEqualTo(giulia);
        Workload load = matrix.workloads().get(giulia.id());
        assertThat(load.accountsLed()).isEqualTo(1);
        assertThat(load.keyAccountsLed()).isZero();
        assertThat(load.revenueManaged()).isEqualByComparingTo("10");
        assertThat(load.revenueYear()).isEqualTo(2025);
        assertThat(load.full()).isTrue();

        f.designate("A", DesignationStatus.KEY);
        matrix = f.teams.matrix();
        assertThat(matrix.keyAccounts()).extracting(Account::externalId).containsExactly("A");
        assertThat(matrix.ledNotKey()).isEmpty();
        assertThat(matrix.withoutTeam()).extracting(Account::externalId).containsExactly("A");
        assertThat(matrix.workloads().get(giulia.id()).keyAccountsLed()).isEqualTo(1);

        f.teams.addMember(alpha, hans.id(), "Legal");
        f.teams.addMember(f.id("S"), hans.id(), "Finance");
        matrix = f.teams.matrix();
        assertThat(matrix.withoutTeam()).isEmpty();
        assertThat(matrix.role(hans.id(), alpha)).isEqualTo("Legal");
        assertThat(matrix.role(hans.id(), f.id("S"))).isNull();
        assertThat(matrix.workloads().get(hans.id())).satisfies(w -> {
            assertThat(w.accountsLed()).isZero();
            assertThat(w.teamsOn()).isEqualTo(2);
        });
        // the lead is full, yet still a candidate for the account they lead; Hans leads fewer accounts
        assertThat(f.teams.bestManagers(alpha)).extracting(m -> m.colleague().name() + " " + m.available() + " "
                + m.currentLead()).containsExactly("Hans true false", "Giulia true true");
    }

    @Test
    void aKeyAccountWithoutALeadHasNoTeamEvenWithExpertsOnIt() {
        Colleague hans = kam("Hans", List.of(), List.of(), 3, 4);
        f.teams.addMember(f.id("S"), hans.id(), "Finance");
        f.designate("S", DesignationStatus.KEY);
        f.designate("B", DesignationStatus.KEY);
        TeamMatrix matrix = f.teams.matrix();
        assertThat(matrix.keyAccounts()).extracting(Account::externalId).containsExactly("B", "S");
        assertThat(matrix.withoutTeam()).extracting(Account::externalId).containsExactly("B", "S");
        assertThat(matrix.lead(f.id("S"))).isNull();
        assertThat(matrix.role(hans.id(), f.id("S"))).isEqualTo("Finance");
        assertThat(matrix.ledNotKey()).isEmpty();

        // a later designation replaces the earlier one: Solo is no longer key
        f.designate("S", DesignationStatus.MAINTAIN);
        assertThat(f.teams.matrix().keyAccounts()).extracting(Account::externalId).containsExactly("B");
    }

    @Test
    void capacityCountsLeadAssignmentsKeyOrNot() {
        Colleague lead = kam("Lead", List.of(), List.of(), 1, 4);
        Colleague expert = kam("Expert", List.of(), List.of(), 1, 2);
        f.designate("A", DesignationStatus.KEY);
        f.teams.assignLead(alpha, lead.id());
        f.teams.addMember(alpha, expert.id(), "Legal");
        f.teams.addMember(f.id("S"), expert.id(), "Legal");
        // the expert is on two teams with a capacity of one, but leads none
        assertThat(f.teams.matrix().overloaded()).isEmpty();
        f.teams.assignLead(f.id("S"), lead.id());
        TeamMatrix matrix = f.teams.matrix();
        assertThat(matrix.overloaded()).extracting(Colleague::name).containsExactly("Lead");
        assertThat(matrix.workloads().get(lead.id())).satisfies(w -> {
            assertThat(w.accountsLed()).isEqualTo(2);
            assertThat(w.keyAccountsLed()).isEqualTo(1);
            assertThat(w.revenueManaged()).isEqualByComparingTo("1010");
        });
        assertThat(matrix.ledNotKey()).extracting(Account::externalId).containsExactly("S");
        assertThatThrownBy(() -> f.teams.addMember(alpha, expert.id(), " ")).hasMessageContaining("role");
    }

    private Colleague kam(String name, List<String> expertise, List<String> languages, int capacity, int level) {
        Map<Competency, Integer> levels = new java.util.EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            levels.put(c, level);
        }
        return f.people.colleagues.save(new Colleague(0, name, "Key account manager", null, expertise, languages,
                capacity, levels));
    }
}
